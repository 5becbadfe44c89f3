#pragma once

// Slipway's embedded database: one SQLite file per data folder, holding the catalog (modules,
// versions, built images, search), the run records (run_*) and the broker's store (runtime_*).
//
// Every connection: WAL (readers never wait for the writer), synchronous=FULL (a commit that
// returned survives a power cut), foreign keys enforced, Database::BusyTimeoutMs to wait for
// another writer. The file is marked as Slipway's by application_id; user_version is the
// schema version of the whole file.

#include "core/storage/storagebackend.h"

#include <QSqlQuery>
#include <QString>

#include <functional>

namespace Slipway {

class SqliteBackend : public StorageBackend
{
public:
    // "Slpw"
    static constexpr int ApplicationId = 0x536c7077;

    // One step of the schema; step i brings user_version from i to i + 1. Steps run inside
    // one transaction with foreign keys off (so that a table can be rebuilt), checked before
    // the commit.
    struct Migration
    {
        const char *what;
        std::function<Result<void>(QSqlDatabase &db)> apply;
    };
    static const QList<Migration> &migrations(); // sqliteschema.cpp
    static int schemaVersionOfThisRelease() { return int(migrations().size()); }

    explicit SqliteBackend(QString file);

    QString file() const { return m_file; }

    QString driverName() const override;
    SqlDialect dialect() const override { return SqlDialect::Sqlite; }
    QString location() const override;
    void configure(QSqlDatabase &db, const DatabaseOptions &options) const override;
    Result<void> prepare(QSqlDatabase &db, const DatabaseOptions &options) const override;
    int currentSchemaVersion() const override;
    int schemaVersion(const QSqlDatabase &db) const override;
    StorageFailure classify(const QSqlError &error) const override;

private:
    Result<void> migrate(QSqlDatabase &db) const;

    QString m_file;
};

// Runs statements in order; the first failure names the statement.
Result<void> execAll(QSqlDatabase &db, const QStringList &statements);

} // namespace Slipway
