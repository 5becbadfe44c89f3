#include "postgresbackend.h"

#include "sqlitebackend.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTeamStorage, "slipway.storage.team", QtInfoMsg)

namespace Slipway {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Slipway::PostgresBackend", text);
}

// A number that no other program takes as an advisory lock: "Slpw".
constexpr qint64 MigrationLock = 0x536c7077;

// libpq's conninfo words are separated by spaces (QPSQL turns ';' into spaces).
bool isPlainWord(const QString &value)
{
    return !value.contains(u' ') && !value.contains(u';') && !value.contains(u'\'')
           && !value.contains(u'\\');
}

} // namespace

Result<PostgresConnection> PostgresConnection::fromUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres"))
        return Error{tr("\"%1\" is not a postgresql:// URL").arg(text)};
    if (!url.password().isEmpty())
        return Error{tr("the URL %1 holds a password: keep it in the keychain (a named "
                        "connection) or in ~/.pgpass instead")
                         .arg(url.toString(QUrl::RemovePassword))};
    PostgresConnection c;
    c.host = url.host();
    c.port = url.port(5432);
    c.user = url.userName();
    c.database = url.path().mid(1);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"host")
            c.host = value;
        else if (key == u"port")
            c.port = value.toInt();
        else if (key == u"user")
            c.user = value;
        else if (key == u"dbname")
            c.database = value;
        else if (key == u"sslrootcert")
            c.sslRootCert = value;
        else if (key == u"sslcert")
            c.sslCert = value;
        else if (key == u"sslkey")
            c.sslKey = value;
        else if (key == u"sslmode") {
            if (value != u"verify-full" && !c.isLocalSocket())
                return Error{tr("sslmode=%1: a team catalog over the network is only reached "
                                "with TLS and a verified certificate (verify-full)")
                                 .arg(value)};
        } else
            return Error{tr("%1: unknown option \"%2\" (known: host, port, user, dbname, "
                            "sslmode, sslrootcert, sslcert, sslkey)")
                             .arg(url.toString(QUrl::RemovePassword), key)};
    }
    if (c.host.isEmpty())
        return Error{tr("%1 names no server (a host, or ?host=/folder/of/the/socket)")
                         .arg(url.toString(QUrl::RemovePassword))};
    if (c.database.isEmpty())
        return Error{tr("%1 names no database").arg(url.toString(QUrl::RemovePassword))};
    for (const QString &word : {c.host, c.user, c.database, c.sslRootCert, c.sslCert, c.sslKey})
        if (!isPlainWord(word))
            return Error{tr("%1: spaces, quotes, ';' and '\\' are not supported in its parts")
                             .arg(url.toString(QUrl::RemovePassword))};
    return c;
}

QString PostgresConnection::url() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    url.setPath(u'/' + database);
    QUrlQuery query;
    if (isLocalSocket()) {
        query.addQueryItem(u"host"_s, host);
        if (port != 5432)
            query.addQueryItem(u"port"_s, QString::number(port));
    } else {
        url.setHost(host);
        url.setPort(port == 5432 ? -1 : port);
    }
    if (!sslRootCert.isEmpty())
        query.addQueryItem(u"sslrootcert"_s, sslRootCert);
    if (!sslCert.isEmpty())
        query.addQueryItem(u"sslcert"_s, sslCert);
    if (!sslKey.isEmpty())
        query.addQueryItem(u"sslkey"_s, sslKey);
    url.setQuery(query);
    return url.toString();
}

PostgresBackend::PostgresBackend(PostgresConnection connection, Mode mode)
    : m_connection(std::move(connection))
    , m_mode(mode)
{}

QString PostgresBackend::driverName() const
{
    return u"QPSQL"_s;
}

QString PostgresBackend::location() const
{
    return m_connection.url();
}

void PostgresBackend::configure(QSqlDatabase &db, const DatabaseOptions &options) const
{
    Q_UNUSED(options)
    db.setHostName(m_connection.host);
    db.setPort(m_connection.port);
    db.setDatabaseName(m_connection.database);
    db.setUserName(m_connection.user);
    db.setPassword(m_connection.password);
    QStringList words{u"connect_timeout=10"_s, u"application_name=slipway"_s};
    if (!m_connection.isLocalSocket()) {
        // Over the network: TLS, and the server must prove its name with a certificate that
        // the CA signed.
        words << u"sslmode=verify-full"_s;
        if (!m_connection.sslRootCert.isEmpty())
            words << u"sslrootcert="_s + m_connection.sslRootCert;
        if (!m_connection.sslCert.isEmpty())
            words << u"sslcert="_s + m_connection.sslCert;
        if (!m_connection.sslKey.isEmpty())
            words << u"sslkey="_s + m_connection.sslKey;
    }
    db.setConnectOptions(words.join(u';'));
}

Result<void> PostgresBackend::prepare(QSqlDatabase &db, const DatabaseOptions &options) const
{
    if (auto r = execAll(db, {u"SET search_path = slipway, pg_catalog"_s}); !r)
        return r;
    const int version = schemaVersion(db);
    if (version > currentSchemaVersion())
        return Error{tr("it was made by a newer Slipway (team schema %1; this one knows up to %2)")
                         .arg(version)
                         .arg(currentSchemaVersion())};
    if (m_mode == Mode::Member || options.readOnly) {
        if (version == 0)
            return Error{tr("the database is not a Slipway team catalog yet (its administrator "
                            "makes it one with: slipway-cli catalog init-team %1)")
                             .arg(location())};
        if (version < currentSchemaVersion())
            return Error{tr("the team catalog has schema %1 and this Slipway needs %2 (its "
                            "administrator upgrades it with: slipway-cli catalog init-team %3)")
                             .arg(version)
                             .arg(currentSchemaVersion())
                             .arg(location())};
        return {};
    }
    return migrate(db);
}

Result<void> PostgresBackend::migrate(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    if (!q.exec(u"BEGIN"_s))
        return Error{q.lastError().text()};
    // One administrator at a time; the version is read again under the lock.
    Result<void> r = execAll(db, {u"SELECT pg_advisory_xact_lock(%1)"_s.arg(MigrationLock)});
    const int from = r ? schemaVersion(db) : 0;
    int step = from;
    for (; r && step < currentSchemaVersion(); ++step) {
        r = execAll(db, migrations().at(step).statements());
        if (!r)
            r = Error{tr("upgrading the team schema from version %1 (%2) failed: %3")
                          .arg(step)
                          .arg(QString::fromLatin1(migrations().at(step).what), r.errorMessage())};
    }
    if (r)
        r = execAll(db,
                    {u"UPDATE slipway.meta SET value = '%1' WHERE key = 'schema'"_s.arg(
                         currentSchemaVersion()),
                     u"COMMIT"_s});
    if (!r) {
        q.exec(u"ROLLBACK"_s);
        return r;
    }
    if (from < currentSchemaVersion())
        qCInfo(lcTeamStorage) << "team catalog" << location() << "upgraded from schema" << from
                              << "to" << currentSchemaVersion();
    return execAll(db, {u"SET search_path = slipway, pg_catalog"_s});
}

int PostgresBackend::currentSchemaVersion() const
{
    return schemaVersionOfThisRelease();
}

int PostgresBackend::schemaVersion(const QSqlDatabase &db) const
{
    QSqlQuery q(db);
    // to_regclass: no error (which would end a transaction) when the schema is not there.
    if (!q.exec(u"SELECT to_regclass('slipway.meta') IS NOT NULL"_s) || !q.next()
        || !q.value(0).toBool())
        return 0;
    if (!q.exec(u"SELECT value FROM slipway.meta WHERE key = 'schema'"_s) || !q.next())
        return 0;
    return q.value(0).toInt();
}

StorageFailure PostgresBackend::classify(const QSqlError &error) const
{
    const QString state = error.nativeErrorCode();
    // Class 08: connection exceptions; 57P01-57P03: the server shut down or is starting.
    if (error.type() == QSqlError::ConnectionError || state.startsWith(u"08")
        || state.startsWith(u"57P"))
        return StorageFailure::Lost;
    // Every error the server reports has a state: none means libpq itself failed on the
    // connection (the server went away, the TLS session broke).
    if (state.isEmpty())
        return StorageFailure::Lost;
    if (state == u"40001" || state == u"40P01" || state == u"55P03")
        return StorageFailure::Busy;
    if (state == u"53100")
        return StorageFailure::DiskFull;
    return StorageFailure::Other;
}

} // namespace Slipway
