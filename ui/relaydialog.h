#pragma once

// Sets up the relay through which the nodes of clouds without a route to this machine reach
// it (docs/ARCHITECTURE.md#relay): the address the nodes call, the link this application
// keeps, an optional CA file, and the shared secret, which goes to the keychain only.

#include "core/run/relaysettings.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Slipway {

class RelayDialog : public QDialog
{
    Q_OBJECT

public:
    // dataDir: where relay.json is read and written.
    explicit RelayDialog(const QString &dataDir, QWidget *parent = nullptr);

    QLineEdit *nodeUrlEdit() const { return m_nodeUrl; }
    QLineEdit *linkUrlEdit() const { return m_linkUrl; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    QLineEdit *secretEdit() const { return m_secret; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *statusLabel() const { return m_status; }

    // What the fields say now.
    RelaySettings settings() const;
    // Writes relay.json and then the secret; the dialog closes once both are kept, or shows
    // why not.
    void save();

private:
    QString m_file;
    QLineEdit *m_nodeUrl;
    QLineEdit *m_linkUrl;
    QLineEdit *m_caFile;
    QLineEdit *m_secret;
    QLabel *m_status;
    QPushButton *m_save = nullptr;
    bool m_hadSettings = false;
};

} // namespace Slipway
