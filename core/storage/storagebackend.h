#pragma once

// The seam between Slipway's stores (catalog, run records, broker store) and the database that
// keeps them. A backend knows its Qt Sql driver, how a connection is set up (durability,
// foreign keys, how long to wait for another writer), how to tell that a database is
// Slipway's, and the ordered list of migrations that brings its schema to the current version.
// SqliteBackend is the embedded, one-file default; a server backend (the team catalog on
// PostgreSQL) implements the same interface with its own dialect and schema list.
//
// Only Database (database.h) calls a backend.

#include "core/model/result.h"

#include <QString>

class QSqlDatabase;
class QSqlError;

namespace Slipway {

struct DatabaseOptions
{
    // Reads only: never writes, never migrates (the CLI showing a run that another process
    // hosts).
    bool readOnly = false;
    // false: a further connection to a database that this process has already opened and
    // migrated (the broker store's writer thread).
    bool migrate = true;
};

enum class StorageFailure {
    Busy,     // another writer held the database longer than the busy timeout
    DiskFull, // nothing more can be written
    Lost,     // the connection to the server broke (server stopped, network gone)
    Other
};

// The SQL that differs between the backends (transactions, text search, string functions).
enum class SqlDialect { Sqlite, Postgres };

class StorageBackend
{
public:
    virtual ~StorageBackend() = default;

    virtual QString driverName() const = 0;
    virtual SqlDialect dialect() const = 0;
    // What a user knows the database by, for messages: a file name, or a server URL without
    // its password.
    virtual QString location() const = 0;
    // Names the database and sets connect options on a new connection, before it opens.
    virtual void configure(QSqlDatabase &db, const DatabaseOptions &options) const = 0;
    // Runs once on each opened connection: refuses a database that is not Slipway's or was
    // made by a newer Slipway, applies the connection policy, and (options.migrate, not
    // readOnly) brings the schema to currentSchemaVersion() in one transaction.
    virtual Result<void> prepare(QSqlDatabase &db, const DatabaseOptions &options) const = 0;
    virtual int currentSchemaVersion() const = 0;
    virtual int schemaVersion(const QSqlDatabase &db) const = 0;
    virtual StorageFailure classify(const QSqlError &error) const = 0;
};

} // namespace Slipway
