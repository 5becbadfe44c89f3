#include "catalogsource.h"

#include "core/catalog/catalog.h"
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
        const QString label = teamCatalogLabel(where, *connection);
        return CatalogSource{std::make_shared<PostgresBackend>(*connection, mode), true, label};
    }
    return CatalogSource{std::make_shared<SqliteBackend>(where), false, {}};
}

QString teamCatalogLabel(const QString &name, const PostgresConnection &connection)
{
    return u"%1 (%2)"_s.arg(name, connection.url());
}

RecordedCatalog recordedCatalog(const QString &label)
{
    if (label.isEmpty())
        return {};
    if (isTeamCatalogUrl(label))
        return {{}, label};
    // "name (URL)": a name holds no '/', so the first " (postgres" starts the URL.
    qsizetype at = label.indexOf(u" (postgresql://"_s);
    if (at < 0)
        at = label.indexOf(u" (postgres://"_s);
    if (at > 0 && label.endsWith(u')'))
        return {label.left(at), label.mid(at + 2).chopped(1)};
    return {{}, label};
}

Result<QString> rememberedConnectionOfRun(const Settings &settings, const QString &label)
{
    const RecordedCatalog recorded = recordedCatalog(label);
    if (recorded.isLocal())
        return QString();
    const auto urlOf = [&settings](const QString &name) {
        const auto connection = teamCatalogConnection(settings, name, false);
        return connection ? connection->url() : QString();
    };
    if (!recorded.name.isEmpty() && settings.hasTeamCatalog(recorded.name)) {
        if (urlOf(recorded.name) == recorded.url)
            return recorded.name;
    }
    for (const QString &name : settings.teamCatalogNames())
        if (urlOf(name) == recorded.url)
            return name;
    if (!recorded.name.isEmpty() && settings.hasTeamCatalog(recorded.name))
        return Error{tr("the run came from the team catalog \"%1\" at %2, but that name now "
                        "connects to %3: remember a connection to %2 (File → Open Team "
                        "Catalog…, or slipway-cli --catalog %2)")
                         .arg(recorded.name, recorded.url, urlOf(recorded.name))};
    return QString();
}

Result<std::unique_ptr<Catalog>> openCatalogOfRun(const QString &label,
                                                  const QString &localFile,
                                                  const Settings &settings)
{
    const RecordedCatalog recorded = recordedCatalog(label);
    if (recorded.isLocal()) {
        auto local = std::make_unique<Catalog>(localFile);
        if (auto opened = local->open(); !opened)
            return opened.error();
        return local;
    }
    const Result<QString> name = rememberedConnectionOfRun(settings, label);
    if (!name)
        return name.error();
    Result<PostgresConnection> connection = name->isEmpty()
                                                ? PostgresConnection::fromUrl(recorded.url)
                                                : teamCatalogConnection(settings, *name);
    if (!connection)
        return Error{tr("the run came from the team catalog %1, which cannot be reached: %2")
                         .arg(label, connection.errorMessage())};
    auto team = std::make_unique<Catalog>(std::make_shared<PostgresBackend>(*connection));
    team->setSourceLabel(label);
    if (auto opened = team->open(); !opened)
        return Error{tr("the run came from the team catalog %1, which cannot be opened: %2 "
                        "(open it with File → Open Team Catalog…, or give slipway-cli "
                        "--catalog NAME or URL)")
                         .arg(label, opened.errorMessage())};
    return team;
}

} // namespace Slipway
