// The schema of Slipway's SQLite file: one ordered list for every table in it. Step i brings
// user_version from i to i + 1; a step never changes once released (a file at version i has
// run exactly steps 0..i-1), new needs get a new step at the end.

#include "sqlitebackend.h"

#include "core/model/module.h"
#include "core/model/modulejson.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Slipway::SqliteBackend", text);
}

// 2: every version gets the hash of what its built images depend on.
Result<void> fillBuildHashes(QSqlDatabase &db)
{
    QSqlQuery select(db);
    if (!select.exec(u"SELECT id, content FROM versions"_s))
        return Error{select.lastError().text()};
    QSqlQuery update(db);
    update.prepare(u"UPDATE versions SET build_hash = coalesce(?, '') WHERE id = ?"_s);
    while (select.next()) {
        const auto m = ModuleJson::fromJsonText(select.value(1).toString().toUtf8());
        if (!m)
            return Error{tr("version %1 cannot be read: %2")
                             .arg(select.value(0).toLongLong())
                             .arg(m.error().message)};
        update.addBindValue(imageBuildHash(*m));
        update.addBindValue(select.value(0));
        if (!update.exec())
            return Error{update.lastError().text()};
    }
    return {};
}

// Milliseconds since the epoch (how the run records kept time before step 7) as timestamp text.
QString msToText(const QString &column)
{
    // Concatenated, not arg(): the text is full of % signs.
    return u"CASE WHEN "_s + column + u" IS NULL THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%S', "_s
           + column + u" / 1000, 'unixepoch') || printf('.%03dZ', "_s + column + u" % 1000) END"_s;
}

} // namespace

const QList<SqliteBackend::Migration> &SqliteBackend::migrations()
{
    static const QList<Migration> steps{
        {"catalog: modules and their immutable versions",
         [](QSqlDatabase &db) {
             return execAll(
                 db,
                 {
                     u"CREATE TABLE modules ("
                     "  id INTEGER PRIMARY KEY,"
                     "  path TEXT NOT NULL UNIQUE,"
                     "  kind TEXT NOT NULL CHECK (kind IN ('project', 'image', 'deployment')),"
                     "  latest_version INTEGER NOT NULL DEFAULT 0,"
                     "  deleted INTEGER NOT NULL DEFAULT 0,"
                     "  deleted_at TEXT,"
                     "  deleted_by TEXT)"_s,
                     u"CREATE TABLE versions ("
                     "  id INTEGER PRIMARY KEY,"
                     "  module_id INTEGER NOT NULL REFERENCES modules(id) ON DELETE CASCADE,"
                     "  version INTEGER NOT NULL CHECK (version >= 1),"
                     "  author TEXT NOT NULL,"
                     "  saved_at TEXT NOT NULL,"
                     "  comment TEXT NOT NULL DEFAULT '',"
                     "  content TEXT NOT NULL,"
                     "  name TEXT NOT NULL,"
                     "  description TEXT NOT NULL DEFAULT '',"
                     "  recipe_text TEXT NOT NULL DEFAULT '',"
                     "  UNIQUE (module_id, version))"_s,
                 });
         }},
        {"catalog: built images on image versions, and what a build depends on",
         [](QSqlDatabase &db) -> Result<void> {
             if (auto r = execAll(
                     db,
                     {
                         u"ALTER TABLE versions ADD COLUMN build_hash TEXT NOT NULL DEFAULT ''"_s,
                         u"CREATE TABLE built_images ("
                         "  version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,"
                         "  cloud TEXT NOT NULL,"
                         "  image_id TEXT NOT NULL,"
                         "  from_version INTEGER NOT NULL,"
                         "  built_at TEXT NOT NULL,"
                         "  PRIMARY KEY (version_id, cloud))"_s,
                     });
                 !r)
                 return r;
             return fillBuildHashes(db);
         }},
        // A substring index (trigrams) over the name and description of the latest version of
        // live modules. Recipes stay out of it: a thousand trigrams per save doubled the cost of
        // a save; they are scanned with LIKE instead (tens of ms for 10,000 modules).
        {"catalog: search index",
         [](QSqlDatabase &db) {
             return execAll(db,
                            {
                                u"CREATE VIRTUAL TABLE search USING fts5("
                                "  name, description, tokenize = 'trigram')"_s,
                                u"INSERT INTO search (rowid, name, description)"
                                "  SELECT m.id, v.name, v.description"
                                "  FROM modules m JOIN versions v"
                                "    ON v.module_id = m.id AND v.version = m.latest_version"
                                "  WHERE m.deleted = 0"_s,
                            });
         }},
        // So that listing the tree reads one small table (a version row keeps its description
        // behind the module's JSON).
        {"catalog: the latest description and time beside each module",
         [](QSqlDatabase &db) {
             return execAll(db,
                            {
                                u"ALTER TABLE modules ADD COLUMN description TEXT NOT NULL"
                                " DEFAULT ''"_s,
                                u"ALTER TABLE modules ADD COLUMN modified_at TEXT NOT NULL"
                                " DEFAULT ''"_s,
                                u"UPDATE modules SET (description, modified_at) ="
                                "  (SELECT v.description, v.saved_at FROM versions v"
                                "   WHERE v.module_id = modules.id"
                                "     AND v.version = modules.latest_version)"_s,
                            });
         }},
        // Until this step the run records made their tables themselves when missing: a file
        // may already have them, as that code left them.
        {"run records: runs, their instances and events",
         [](QSqlDatabase &db) {
             return execAll(
                 db,
                 {
                     u"CREATE TABLE IF NOT EXISTS run_runs (id TEXT PRIMARY KEY,"
                     " kind TEXT NOT NULL, module TEXT NOT NULL, module_version INTEGER NOT NULL,"
                     " state TEXT NOT NULL, keep_running TEXT NOT NULL,"
                     " abort_reason TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL,"
                     " finished_at INTEGER, terminated INTEGER NOT NULL DEFAULT 0,"
                     " plan TEXT NOT NULL)"_s,
                     u"CREATE TABLE IF NOT EXISTS run_instances (run TEXT NOT NULL"
                     " REFERENCES run_runs(id) ON DELETE CASCADE, name TEXT NOT NULL,"
                     " node TEXT NOT NULL, cloud TEXT NOT NULL, state TEXT NOT NULL,"
                     " handle TEXT NOT NULL DEFAULT '', instance_id TEXT NOT NULL DEFAULT '',"
                     " hostname TEXT NOT NULL DEFAULT '', PRIMARY KEY (run, name))"_s,
                     u"CREATE TABLE IF NOT EXISTS run_events (id INTEGER PRIMARY KEY"
                     " AUTOINCREMENT, run TEXT NOT NULL REFERENCES run_runs(id)"
                     " ON DELETE CASCADE, at INTEGER NOT NULL, instance TEXT NOT NULL,"
                     " message TEXT NOT NULL)"_s,
                     u"CREATE INDEX IF NOT EXISTS run_events_by_run ON run_events (run, id)"_s,
                 });
         }},
        // Likewise made by the broker store itself until this step.
        {"broker store: runs, instances and their token hashes, values, mappings, reports",
         [](QSqlDatabase &db) {
             return execAll(
                 db,
                 {
                     u"CREATE TABLE IF NOT EXISTS runtime_runs (run TEXT PRIMARY KEY,"
                     " created TEXT NOT NULL)"_s,
                     u"CREATE TABLE IF NOT EXISTS runtime_instances (run TEXT NOT NULL"
                     " REFERENCES runtime_runs(run) ON DELETE CASCADE, instance TEXT NOT NULL,"
                     " node TEXT NOT NULL, position INTEGER NOT NULL, token_hash BLOB NOT NULL,"
                     " live INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (run, instance))"
                     " WITHOUT ROWID"_s,
                     u"CREATE TABLE IF NOT EXISTS runtime_params (run TEXT NOT NULL"
                     " REFERENCES runtime_runs(run) ON DELETE CASCADE, key TEXT NOT NULL,"
                     " value TEXT, PRIMARY KEY (run, key)) WITHOUT ROWID"_s,
                     u"CREATE TABLE IF NOT EXISTS runtime_mappings (run TEXT NOT NULL"
                     " REFERENCES runtime_runs(run) ON DELETE CASCADE, source TEXT NOT NULL,"
                     " target TEXT NOT NULL, PRIMARY KEY (run, source, target))"
                     " WITHOUT ROWID"_s,
                     u"CREATE TABLE IF NOT EXISTS runtime_reports (id INTEGER PRIMARY KEY,"
                     " run TEXT NOT NULL REFERENCES runtime_runs(run) ON DELETE CASCADE,"
                     " instance TEXT NOT NULL, name TEXT NOT NULL, data BLOB NOT NULL,"
                     " uploaded TEXT NOT NULL)"_s,
                 });
         }},
        // The run records kept milliseconds since the epoch; every other table ISO 8601 text.
        // The tables are rebuilt with text columns (foreign keys are off during a migration,
        // so dropping run_runs deletes nothing that refers to it).
        {"run records: times as timestamp text",
         [](QSqlDatabase &db) {
             return execAll(
                 db,
                 {
                     u"CREATE TABLE run_runs_new (id TEXT PRIMARY KEY, kind TEXT NOT NULL,"
                     " module TEXT NOT NULL, module_version INTEGER NOT NULL,"
                     " state TEXT NOT NULL, keep_running TEXT NOT NULL,"
                     " abort_reason TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL,"
                     " finished_at TEXT, terminated INTEGER NOT NULL DEFAULT 0,"
                     " plan TEXT NOT NULL)"_s,
                     u"INSERT INTO run_runs_new SELECT id, kind, module, module_version, state,"
                     " keep_running, abort_reason, "_s
                         + msToText(u"created_at"_s) + u", "_s + msToText(u"finished_at"_s)
                         + u", terminated, plan FROM run_runs"_s,
                     u"DROP TABLE run_runs"_s,
                     u"ALTER TABLE run_runs_new RENAME TO run_runs"_s,
                     u"CREATE TABLE run_events_new (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                     " run TEXT NOT NULL REFERENCES run_runs(id) ON DELETE CASCADE,"
                     " at TEXT NOT NULL, instance TEXT NOT NULL, message TEXT NOT NULL)"_s,
                     u"INSERT INTO run_events_new SELECT id, run, "_s + msToText(u"at"_s)
                         + u", instance, message FROM run_events"_s,
                     u"DROP TABLE run_events"_s,
                     u"ALTER TABLE run_events_new RENAME TO run_events"_s,
                     u"CREATE INDEX run_events_by_run ON run_events (run, id)"_s,
                 });
         }},
        // A run launched from a team catalog's module names that catalog (its connection's
        // name and URL, never a secret); empty: the local catalog.
        {"run records: the team catalog a run's module came from",
         [](QSqlDatabase &db) {
             return execAll(db,
                            {u"ALTER TABLE run_runs ADD COLUMN catalog TEXT NOT NULL DEFAULT ''"_s});
         }},
    };
    return steps;
}

} // namespace Slipway
