#include "database.h"

#include "sqlitebackend.h"

#include <QCoreApplication>
#include <QSqlError>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

std::atomic<int> connectionCounter{0};

QString tr(const char *text)
{
    return QCoreApplication::translate("Slipway::Database", text);
}

} // namespace

Database::Database(std::shared_ptr<const StorageBackend> backend, QString connectionName)
    : m_backend(std::move(backend))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Result<std::unique_ptr<Database>> Database::openFile(const QString &file,
                                                     const DatabaseOptions &options)
{
    return open(std::make_shared<SqliteBackend>(file), options);
}

Result<std::unique_ptr<Database>> Database::open(std::shared_ptr<const StorageBackend> backend,
                                                 const DatabaseOptions &options)
{
    const QString name = u"slipway-db-%1"_s.arg(connectionCounter.fetch_add(1));
    std::unique_ptr<Database> database(new Database(backend, name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(backend->driverName(), name);
        if (!db.isValid())
            return Error{tr("the Qt Sql driver %1 is missing").arg(backend->driverName())};
        backend->configure(db, options);
        if (!db.open())
            return Error{db.lastError().text()};
        if (auto prepared = backend->prepare(db, options); !prepared)
            return prepared.error();
    }
    return database;
}

int Database::currentSchemaVersion()
{
    return SqliteBackend::schemaVersionOfThisRelease();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return m_backend->schemaVersion(connection());
}

} // namespace Slipway
