#pragma once

#include "core/catalog/catalog.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace Slipway {

// A save refused because someone saved the module since the edit began: who changed what
// (their change as a diff, and this edit's on top of it), and the three ways on.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice {
        Cancel,
        Reload,        // drop this edit, open the latest version
        SaveAsNext,    // save this edit as the version after the latest
        SaveElsewhere, // save this edit as a new module at otherPath()
    };

    explicit ConflictDialog(const SaveConflict &conflict, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QString otherPath() const;
    QPlainTextEdit *theirChangeView() const { return m_theirs; }

private:
    void choose(Choice choice);

    Choice m_choice = Choice::Cancel;
    QPlainTextEdit *m_theirs;
    QPlainTextEdit *m_mine;
    QLineEdit *m_otherPath;
};

} // namespace Slipway
