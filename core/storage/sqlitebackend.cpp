#include "sqlitebackend.h"

#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcStorage, "slipway.storage", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Slipway::SqliteBackend", text);
}

Result<int> intPragma(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return Error{q.lastError().text()};
    return q.value(0).toInt();
}

// The catalog holds parameter values and run records: only its owner reads it. SQLite gives its
// WAL, shared-memory and journal files the database file's mode, so a database made 0600
// before SQLite opens it keeps them 0600 too; files that an older release or a wide umask made
// readable by others are closed again.
void keepPrivate(const QString &file)
{
    constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!QFileInfo::exists(file)) {
        QFile created(file);
        if (created.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly))
            return;
    }
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        const QFileInfo info(file + suffix);
        if (info.exists()
            && (info.permissions() & ~(ownerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser))
                   != 0)
            QFile::setPermissions(info.filePath(), ownerOnly);
    }
}

} // namespace

Result<void> execAll(QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return Error{q.lastError().text() + u" ("_s + sql.simplified().left(60) + u"…)"_s};
    }
    return {};
}

SqliteBackend::SqliteBackend(QString file)
    : m_file(std::move(file))
{}

QString SqliteBackend::driverName() const
{
    return u"QSQLITE"_s;
}

QString SqliteBackend::location() const
{
    return m_file;
}

void SqliteBackend::configure(QSqlDatabase &db, const DatabaseOptions &options) const
{
    if (!options.readOnly) {
        QDir().mkpath(QFileInfo(m_file).absolutePath());
        keepPrivate(m_file);
    }
    db.setDatabaseName(m_file);
    QString connectOptions = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(Database::BusyTimeoutMs);
    if (options.readOnly)
        connectOptions += u";QSQLITE_OPEN_READONLY"_s;
    db.setConnectOptions(connectOptions);
}

Result<void> SqliteBackend::prepare(QSqlDatabase &db, const DatabaseOptions &options) const
{
    // Is it ours? Asked before anything is written: another program's file stays untouched.
    const auto appId = intPragma(db, u"PRAGMA application_id"_s);
    if (!appId)
        return appId.error();
    const auto userVersion = intPragma(db, u"PRAGMA user_version"_s);
    if (!userVersion)
        return userVersion.error();
    // Objects other than Slipway's own run tables: a file that the run records or the broker
    // store created before the catalog (releases before one schema) is Slipway's too.
    const auto foreign = intPragma(db,
                                   u"SELECT count(*) FROM sqlite_master WHERE"
                                   " name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                                   " AND name NOT LIKE 'run\\_%' ESCAPE '\\'"
                                   " AND name NOT LIKE 'runtime\\_%' ESCAPE '\\'"_s);
    if (!foreign)
        return foreign.error();
    if ((*appId != 0 && *appId != ApplicationId) || (*userVersion == 0 && *foreign > 0))
        return Error{tr("the file is an SQLite database of another program")};
    if (*userVersion > currentSchemaVersion())
        return Error{tr("it was made by a newer Slipway (schema %1; this one knows up to %2)")
                         .arg(*userVersion)
                         .arg(currentSchemaVersion())};

    QStringList policy{u"PRAGMA synchronous = FULL"_s, u"PRAGMA foreign_keys = ON"_s};
    if (!options.readOnly)
        policy.prepend(u"PRAGMA journal_mode = WAL"_s);
    if (auto r = execAll(db, policy); !r)
        return r;
    if (options.readOnly || !options.migrate || *userVersion == currentSchemaVersion())
        return {};
    return migrate(db);
}

Result<void> SqliteBackend::migrate(QSqlDatabase &db) const
{
    // Foreign keys can only be switched outside a transaction; off, a step may rebuild a table
    // that others refer to without cascading deletes. Checked before the commit.
    if (auto r = execAll(db, {u"PRAGMA foreign_keys = OFF"_s}); !r)
        return r;
    QSqlQuery q(db);
    if (!q.exec(u"BEGIN IMMEDIATE"_s)) {
        const QString message = q.lastError().text();
        (void) execAll(db, {u"PRAGMA foreign_keys = ON"_s});
        return Error{tr("upgrading the schema failed: %1").arg(message)};
    }
    // Read again under the write lock: another process may have migrated meanwhile.
    auto from = intPragma(db, u"PRAGMA user_version"_s);
    Result<void> r = from ? Result<void>{} : Result<void>{from.error()};
    int step = from ? *from : 0;
    for (; r && step < currentSchemaVersion(); ++step) {
        r = migrations().at(step).apply(db);
        if (!r)
            r = Error{tr("upgrading the schema from version %1 (%2) failed: %3")
                          .arg(step)
                          .arg(QString::fromLatin1(migrations().at(step).what), r.errorMessage())};
    }
    if (r) {
        QSqlQuery check(db);
        if (!check.exec(u"PRAGMA foreign_key_check"_s))
            r = Error{check.lastError().text()};
        else if (check.next())
            r = Error{tr("upgrading the schema left a row of %1 pointing at nothing")
                          .arg(check.value(0).toString())};
    }
    if (r)
        r = execAll(db,
                    {u"PRAGMA user_version = %1"_s.arg(currentSchemaVersion()),
                     u"PRAGMA application_id = %1"_s.arg(ApplicationId),
                     u"COMMIT"_s});
    if (!r) {
        q.exec(u"ROLLBACK"_s);
        (void) execAll(db, {u"PRAGMA foreign_keys = ON"_s});
        return r;
    }
    if (from && *from < currentSchemaVersion())
        qCInfo(lcStorage) << "database" << m_file << "upgraded from schema" << *from << "to"
                          << currentSchemaVersion();
    return execAll(db, {u"PRAGMA foreign_keys = ON"_s});
}

int SqliteBackend::currentSchemaVersion() const
{
    return schemaVersionOfThisRelease();
}

int SqliteBackend::schemaVersion(const QSqlDatabase &db) const
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return 0;
    return q.value(0).toInt();
}

StorageFailure SqliteBackend::classify(const QSqlError &error) const
{
    // SQLITE_BUSY, SQLITE_LOCKED and their extended codes; SQLITE_FULL.
    const QString code = error.nativeErrorCode();
    if (code == u"5" || code == u"6" || code == u"517" || code == u"261")
        return StorageFailure::Busy;
    if (code == u"13")
        return StorageFailure::DiskFull;
    return StorageFailure::Other;
}

} // namespace Slipway
