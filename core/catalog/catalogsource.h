#pragma once

// Where a catalog is, as a user names it (the CLI's --catalog, a remembered connection):
// - empty: the local SQLite file in the data folder;
// - postgresql://…: a team catalog (PostgresConnection::fromUrl); the password comes from
//   libpq's own means (~/.pgpass, PGPASSWORD);
// - the name of a remembered team catalog (a "named connection", below): its settings, with
//   the password from the keychain when there is one there;
// - anything else: an SQLite file.
//
// Named connections: the settings group teamCatalogs/<name> holds host, port, database, user,
// sslmode and sslrootcert (Settings::TeamCatalog); the password lives only in the keychain,
// under the key "catalog/<name>" (secretKey(kTeamCatalogSecrets, name)). The GUI and the CLI
// both go through the functions here.

#include "core/model/result.h"
#include "core/storage/postgresbackend.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace Slipway {

class Catalog;
class Settings;
class StorageBackend;

struct CatalogSource
{
    std::shared_ptr<const StorageBackend> backend;
    bool isTeam = false;
    // What a run launched from it records (never a secret): empty for the local catalog; the
    // URL of a team catalog; "name (URL)" for a named connection.
    QString label;
};

// The "cloud" part of a named connection's keychain key: catalog/<name>.
inline constexpr QStringView kTeamCatalogSecrets = u"catalog";

// True for a postgresql:// or postgres:// URL.
bool isTeamCatalogUrl(const QString &where);

// The names of the remembered team catalogs, sorted.
QStringList teamCatalogNames(const Settings &settings);
// A remembered connection with its password from the keychain (none there: libpq's own means,
// a client certificate or ~/.pgpass); an error names the connection and what is wrong with it.
// withPassword false: the keychain is not asked (the GUI's forms, which read it themselves).
Result<PostgresConnection> teamCatalogConnection(const Settings &settings,
                                                 const QString &name,
                                                 bool withPassword = true);
// Remembers (or replaces) a connection under name, after the checks fromUrl makes (TLS with
// a verified certificate over the network, no odd characters). connection.password, when not
// empty, goes to the keychain; never into the settings.
Result<void> rememberTeamCatalog(Settings &settings,
                                 const QString &name,
                                 const PostgresConnection &connection);
// Forgets a connection and its password in the keychain.
Result<void> forgetTeamCatalog(Settings &settings, const QString &name);

Result<CatalogSource> catalogSource(const QString &where,
                                    const Settings &settings,
                                    PostgresBackend::Mode mode = PostgresBackend::Mode::Member);

// What a run launched from the named connection `name` records as its catalog: "name (URL)".
QString teamCatalogLabel(const QString &name, const PostgresConnection &connection);

// A run's recorded catalog (RunRecord::catalog) taken apart: the named connection's name (empty
// when the run recorded a URL only) and the URL; both empty for the local catalog.
struct RecordedCatalog
{
    QString name;
    QString url;
    bool isLocal() const { return name.isEmpty() && url.isEmpty(); }
};
RecordedCatalog recordedCatalog(const QString &label);

// The remembered connection that reaches a run's recorded team catalog: the one of the
// recorded name while it still points at the recorded URL, else one whose URL is the recorded
// URL. Empty when none does (a run launched with --catalog URL reaches it by that URL); an
// error when the recorded name now points at another server.
Result<QString> rememberedConnectionOfRun(const Settings &settings, const QString &label);

// Opens the catalog a run's module came from, as RunRecord::catalog names it: localFile for
// the local catalog; a team catalog through its remembered connection (password from the
// keychain) or its URL (libpq's own means). An error names the catalog and says how to open it.
Result<std::unique_ptr<Catalog>> openCatalogOfRun(const QString &label,
                                                  const QString &localFile,
                                                  const Settings &settings);

} // namespace Slipway
