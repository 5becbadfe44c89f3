#pragma once

// A PostgreSQL server of the test's own: initdb in a temporary folder, listening on a Unix
// socket in that folder and on 127.0.0.1 with TLS (a certificate for 127.0.0.1 and localhost
// signed by a test CA made here with openssl). The superuser "postgres" comes in over the
// socket without a password; every other role with its password (SCRAM), over the socket or
// TLS. PostgreSQL refuses to run as root: under root the server runs as `nobody` (setpriv),
// its folder given to that user.

#include "core/storage/postgresbackend.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Slipway::Testing {

class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();
    Q_DISABLE_COPY_MOVE(PostgresServer)

    // The folder of initdb and postgres (PostgreSQL 17 first); empty when not installed.
    static QString binDir();

    // Makes the cluster, certificates and configuration (first time) and starts the server;
    // false with *error on failure.
    bool start(QString *error);
    // Fast shutdown (SIGINT), waiting for the server to end.
    void stop();
    // Immediate shutdown (SIGQUIT to the postmaster, which ends every backend at once without
    // a checkpoint: what a crash leaves behind, recovered at the next start).
    void crash();
    bool isRunning() const;
    qint64 pid() const { return m_postgres ? m_postgres->processId() : 0; }

    QString socketDir() const { return m_dir->path(); }
    int port() const { return m_port; }
    QString caFile() const { return m_dir->filePath(QStringLiteral("ca.crt")); }
    // A CA that signed nothing of this server's.
    QString otherCaFile() const { return m_dir->filePath(QStringLiteral("other-ca.crt")); }

    PostgresConnection socketConnection(const QString &user,
                                        const QString &database,
                                        const QString &password = {}) const;
    PostgresConnection tlsConnection(const QString &user,
                                     const QString &database,
                                     const QString &password) const;

    // Runs statements as the superuser on database; false with *error at the first failure.
    bool admin(const QString &database, const QStringList &statements, QString *error = nullptr);

    // Makes a team catalog the way its administrator would: creates database, runs roles in it
    // (the CREATE ROLE statements of the team's members and groups), makes the catalog's schema,
    // policies and group roles (what `slipway-cli catalog init-team` does) and grants members
    // the membership role. False with *error at the first failure.
    bool makeTeamCatalog(const QString &database,
                         const QStringList &roles,
                         const QStringList &members,
                         QString *error);

private:
    bool runTool(const QStringList &command, QString *error, bool asServerUser);
    QStringList serverUserPrefix() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_postgres;
    int m_port = 0;
    bool m_made = false;
};

} // namespace Slipway::Testing
