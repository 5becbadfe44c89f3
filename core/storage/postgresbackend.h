#pragma once

// The team catalog: one PostgreSQL database shared by a team, reached through Qt's QPSQL
// driver. Only the catalog lives there (modules, versions, built images); runs stay in each
// member's local SQLite file.
//
// Users and groups are PostgreSQL roles, and the server enforces SlipStream's rights grid
// (owner, group, public × get, edit, run, delete, create children) with row-level security
// and triggers (postgresschema.cpp); a member with psql and their own password can do exactly
// what the grid allows. Every member role belongs to the group role `slipway_members`, which
// holds the table privileges.
//
// Over TCP the connection always uses TLS with the server's certificate checked against a CA
// and its host name (sslmode=verify-full); a Unix socket (a host that is a folder) needs none.
//
// The schema lives in the PostgreSQL schema `slipway`, versioned in slipway.meta. Members
// never migrate it: `slipway-cli catalog init-team URL`, run by the database's administrator,
// creates or upgrades it (PostgresBackend with Administer).

#include "core/storage/storagebackend.h"

#include <QList>
#include <QString>

#include <functional>

namespace Slipway {

struct PostgresConnection
{
    QString host; // a host name or address; a path: the folder holding the server's socket
    int port = 5432;
    QString database;
    QString user;
    QString password;    // never shown; empty: libpq's own means (~/.pgpass, PGPASSWORD)
    QString sslRootCert; // the CA file that signed the server's certificate (TCP only)
    QString sslCert;     // a client certificate and its key, when the server asks for one
    QString sslKey;

    bool isLocalSocket() const { return host.startsWith(u'/'); }

    // postgresql://user@host:port/database?sslrootcert=FILE&sslcert=FILE&sslkey=FILE, or
    // postgresql://user@/database?host=/run/postgresql for a socket. A password in the URL
    // is refused: it belongs in the keychain. sslmode may only be verify-full over TCP.
    static Result<PostgresConnection> fromUrl(const QString &url);
    // The URL without any password, for messages and settings.
    QString url() const;
};

class PostgresBackend : public StorageBackend
{
public:
    // The version of the team schema in slipway.meta.
    struct Migration
    {
        const char *what;
        std::function<QStringList()> statements;
    };
    static const QList<Migration> &migrations(); // postgresschema.cpp
    static int schemaVersionOfThisRelease() { return int(migrations().size()); }

    // The group role that every member belongs to.
    static constexpr auto MembersRole = "slipway_members";
    // The channel on which every change of a module is announced (payload: "id version").
    static constexpr auto NotifyChannel = "slipway_catalog";

    enum class Mode {
        Member,     // refuses a missing or older schema
        Administer, // creates or upgrades the schema (init-team)
    };

    explicit PostgresBackend(PostgresConnection connection, Mode mode = Mode::Member);

    const PostgresConnection &connection() const { return m_connection; }

    QString driverName() const override;
    SqlDialect dialect() const override { return SqlDialect::Postgres; }
    QString location() const override;
    void configure(QSqlDatabase &db, const DatabaseOptions &options) const override;
    Result<void> prepare(QSqlDatabase &db, const DatabaseOptions &options) const override;
    int currentSchemaVersion() const override;
    int schemaVersion(const QSqlDatabase &db) const override;
    StorageFailure classify(const QSqlError &error) const override;

private:
    Result<void> migrate(QSqlDatabase &db) const;

    PostgresConnection m_connection;
    Mode m_mode;
};

} // namespace Slipway
