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

} // namespace

bool isTeamCatalogUrl(const QString &where)
{
    return where.startsWith(u"postgresql://"_s) || where.startsWith(u"postgres://"_s);
}

QString teamCatalogSecretService(const QString &name)
{
    return u"team-catalog:"_s + name;
}

Result<CatalogSource> catalogSource(const QString &where,
                                    const Settings &settings,
                                    PostgresBackend::Mode mode)
{
    if (where.isEmpty())
        return CatalogSource{std::make_shared<SqliteBackend>(Paths::defaultCatalogFile()), false};
    if (isTeamCatalogUrl(where)) {
        auto connection = PostgresConnection::fromUrl(where);
        if (!connection)
            return connection.error();
        return CatalogSource{std::make_shared<PostgresBackend>(*connection, mode), true};
    }
    const QString remembered = settings.teamCatalogUrl(where);
    if (!remembered.isEmpty()) {
        auto connection = PostgresConnection::fromUrl(remembered);
        if (!connection)
            return Error{tr("the team catalog \"%1\": %2").arg(where, connection.errorMessage())};
        // No password in the keychain: libpq's own means (a client certificate, ~/.pgpass).
        if (auto password = readSecretNow(teamCatalogSecretService(where), u"password"_s))
            connection->password = QString::fromUtf8(*password);
        return CatalogSource{std::make_shared<PostgresBackend>(*connection, mode), true};
    }
    return CatalogSource{std::make_shared<SqliteBackend>(where), false};
}

} // namespace Slipway
