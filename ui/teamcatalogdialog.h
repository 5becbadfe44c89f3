#pragma once

#include "core/storage/postgresbackend.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Slipway {

class Settings;

// File → Open Team Catalog…: where a team catalog is (a server's host and port, or the folder
// of its Unix socket), its database, the member's role, the CA that signed the server's
// certificate, and how the member proves who they are (a password or a client certificate
// and key). Connections that were opened before are listed by name and fill the form when
// chosen; their password stays in the keychain, so the field is left empty for them.
// The dialog only asks: MainWindow opens the catalog and then remembers the connection (its
// URL, never a secret, in the settings; a typed password in the keychain).
class TeamCatalogDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TeamCatalogDialog(Settings &settings, QWidget *parent = nullptr);

    QString name() const;
    // The connection as filled in, with the typed password (empty when none was typed).
    PostgresConnection connection() const;
    // A password was typed: it goes to the keychain once the catalog opened with it.
    bool passwordTyped() const;

    // Shows why the last attempt failed, in the dialog.
    void setError(const QString &message);
    // Fills the form from a remembered connection.
    void choose(const QString &name);

    QListWidget *rememberedList() const { return m_remembered; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *forgetButton() const { return m_forget; }

private:
    void updateState();
    void forget();
    QLineEdit *fileField(const QString &objectName, const QString &filter);

    Settings &m_settings;
    QListWidget *m_remembered;
    QLineEdit *m_name;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_caFile;
    QRadioButton *m_byPassword;
    QRadioButton *m_byCertificate;
    QLineEdit *m_password;
    QLineEdit *m_certFile;
    QLineEdit *m_keyFile;
    QLabel *m_error;
    QPushButton *m_open;
    QPushButton *m_forget;
    QDialogButtonBox *m_buttons;
};

} // namespace Slipway
