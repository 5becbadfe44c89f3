#pragma once

#include <QDialog>

class QLineEdit;

namespace Slipway {

// Asks for the comment of a new version.
class SaveDialog : public QDialog
{
    Q_OBJECT

public:
    SaveDialog(const QString &modulePath, int nextVersion, QWidget *parent = nullptr);

    QString comment() const;
    QLineEdit *commentEdit() const { return m_comment; }

private:
    QLineEdit *m_comment;
};

} // namespace Slipway
