#pragma once

// Where a catalog is, as a user names it (the CLI's --catalog, a remembered connection):
// - empty: the local SQLite file in the data folder;
// - postgresql://…: a team catalog (PostgresConnection::fromUrl); the password comes from
//   libpq's own means (~/.pgpass, PGPASSWORD);
// - the name of a remembered team catalog (Settings::teamCatalogUrl): its URL, with the
//   password kept in the keychain under "team-catalog:<name>/password" when there is one;
// - anything else: an SQLite file.

#include "core/model/result.h"
#include "core/storage/postgresbackend.h"

#include <QString>

#include <memory>

namespace Slipway {

class Settings;
class StorageBackend;

struct CatalogSource
{
    std::shared_ptr<const StorageBackend> backend;
    bool isTeam = false;
};

// True for a postgresql:// or postgres:// URL.
bool isTeamCatalogUrl(const QString &where);

// The keychain entry of a remembered connection's password: secretKey(service, "password").
QString teamCatalogSecretService(const QString &name);

Result<CatalogSource> catalogSource(const QString &where,
                                    const Settings &settings,
                                    PostgresBackend::Mode mode = PostgresBackend::Mode::Member);

} // namespace Slipway
