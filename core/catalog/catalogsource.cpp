#include "catalogsource.h"

#include "core/paths.h"
#include "core/secrets/secretstore.h"
#include "core/settings.h"
#include "core/storage/sqlitebackend.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Slipway::CatalogSource", text);
}

// A name is a settings group and part of a keychain key: no separators, no URL.
Result<void> checkName(const QString &name)
{
    if (name.trimmed().isEmpty() || name.contains(u'/') || name.contains(u'\\')
        || isTeamCatalogUrl(name) || name.trimmed() != name)
        return Error{tr("\"%1\" cannot name a team catalog: use a name without '/', '\\' and "
                        "surrounding spaces")
                         .arg(name)};
    return {};
}

} // namespace

bool isTeamCatalogUrl(const QString &where)
{
    return where.startsWith(u"postgresql://"_s) || where.startsWith(u"postgres://"_s);
}

QStringList teamCatalogNames(const Settings &settings)
{
    return settings.teamCatalogNames();
}

Result<PostgresConnection> teamCatalogConnection(const Settings &settings,
                                                 const QString &name,
                                                 bool withPassword)
{
    if (!settings.hasTeamCatalog(name))
        return Error{tr("there is no team catalog named \"%1\"").arg(name)};
    const Settings::TeamCatalog saved = settings.teamCatalog(name);
    PostgresConnection c;
    c.host = saved.host;
    c.port = saved.port;
    c.database = saved.database;
    c.user = saved.user;
    c.sslRootCert = saved.sslRootCert;
    c.sslCert = saved.sslCert;
    c.sslKey = saved.sslKey;
    if (!c.isLocalSocket() && !saved.sslMode.isEmpty() && saved.sslMode != u"verify-full")
        return Error{tr("the team catalog \"%1\": sslmode=%2: a team catalog over the network is "
                        "only reached with TLS and a verified certificate (verify-full)")
                         .arg(name, saved.sslMode)};
    // The same checks as a URL's.
    auto checked = PostgresConnection::fromUrl(c.url());
    if (!checked)
        return Error{tr("the team catalog \"%1\": %2").arg(name, checked.errorMessage())};
    if (withPassword) {
        // Nothing in the keychain: libpq's own means (a client certificate, ~/.pgpass).
        if (auto password = readSecretNow(kTeamCatalogSecrets.toString(), name))
            checked->password = QString::fromUtf8(*password);
    }
    return checked;
}

Result<void> rememberTeamCatalog(Settings &settings,
                                 const QString &name,
                                 const PostgresConnection &connection)
{
    if (auto r = checkName(name); !r)
        return r;
    if (auto checked = PostgresConnection::fromUrl(connection.url()); !checked)
        return checked.error();
    if (!connection.password.isEmpty()) {
        if (auto stored = writeSecretNow(kTeamCatalogSecrets.toString(),
                                         name,
                                         connection.password.toUtf8());
            !stored)
            return Error{tr("the password of the team catalog \"%1\" could not be kept in the "
                            "keychain: %2")
                             .arg(name, stored.errorMessage())};
    }
    Settings::TeamCatalog saved;
    saved.host = connection.host;
    saved.port = connection.port;
    saved.database = connection.database;
    saved.user = connection.user;
    saved.sslMode = connection.isLocalSocket() ? QString() : u"verify-full"_s;
    saved.sslRootCert = connection.sslRootCert;
    saved.sslCert = connection.sslCert;
    saved.sslKey = connection.sslKey;
    settings.setTeamCatalog(name, saved);
    settings.sync();
    return {};
}

Result<void> forgetTeamCatalog(Settings &settings, const QString &name)
{
    if (auto r = checkName(name); !r)
        return r;
    settings.removeTeamCatalog(name);
    settings.sync();
    return removeSecretNow(kTeamCatalogSecrets.toString(), name);
}

Result<CatalogSource> catalogSource(const QString &where,
                                    const Settings &settings,
                                    PostgresBackend::Mode mode)
{
    if (where.isEmpty())
        return CatalogSource{std::make_shared<SqliteBackend>(Paths::defaultCatalogFile()),
                             false,
                             {}};
    if (isTeamCatalogUrl(where)) {
        auto connection = PostgresConnection::fromUrl(where);
        if (!connection)
            return connection.error();
        return CatalogSource{std::make_shared<PostgresBackend>(*connection, mode),
                             true,
                             connection->url()};
    }
    if (settings.hasTeamCatalog(where)) {
        auto connection = teamCatalogConnection(settings, where);
        if (!connection)
            return connection.error();
        const QString label = u"%1 (%2)"_s.arg(where, connection->url());
        return CatalogSource{std::make_shared<PostgresBackend>(*connection, mode), true, label};
    }
    return CatalogSource{std::make_shared<SqliteBackend>(where), false, {}};
}

} // namespace Slipway
