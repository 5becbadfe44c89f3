#pragma once

// The one way Slipway opens its database. Every store (the catalog, the run records, the
// broker's parameter store and its writer thread, the CLI's readers) gets its connection here,
// so that every connection follows one policy (see SqliteBackend: WAL, synchronous=FULL,
// foreign keys on, one busy timeout) and the whole file has one schema version and one list
// of migrations (sqliteschema.cpp), applied by whichever store opens the file first.
//
// A Database is one Qt Sql connection with a unique name, used from the thread that opened it
// (Qt Sql's rule); the writer thread opens its own.

#include "core/storage/storagebackend.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Slipway {

class Database
{
public:
    // How long a connection waits for another writer (another window, the CLI, the broker's
    // writer thread) before a statement fails as busy.
    static constexpr int BusyTimeoutMs = 10000;

    // The embedded SQLite file (created with its folder when missing, unless read-only).
    static Result<std::unique_ptr<Database>> openFile(const QString &file,
                                                      const DatabaseOptions &options = {});
    static Result<std::unique_ptr<Database>> open(std::shared_ptr<const StorageBackend> backend,
                                                  const DatabaseOptions &options = {});
    // The schema version this Slipway writes into an SQLite file.
    static int currentSchemaVersion();

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    QString location() const { return m_backend->location(); }
    const StorageBackend &backend() const { return *m_backend; }
    int schemaVersion() const;

private:
    Database(std::shared_ptr<const StorageBackend> backend, QString connectionName);

    std::shared_ptr<const StorageBackend> m_backend;
    QString m_connectionName;
};

} // namespace Slipway
