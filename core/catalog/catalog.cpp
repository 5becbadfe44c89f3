#include "catalog.h"

#include "core/model/modulejson.h"
#include "core/model/validation.h"
#include "core/paths.h"
#include "core/storage/database.h"
#include "core/storage/postgresbackend.h"
#include "core/storage/sqlitebackend.h"
#include "core/storage/timestamp.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCatalog, "slipway.catalog", QtInfoMsg)

namespace Slipway {

namespace {

QString recipeText(const Module &m)
{
    QStringList scripts;
    for (RecipeKind kind : allRecipeKinds)
        if (const QString s = m.image.recipes.get(kind); !s.isEmpty())
            scripts.append(s);
    return scripts.join(u'\n');
}

// Whether path is prefix or lies under it.
bool isUnder(const QString &path, const QString &prefix)
{
    return path == prefix || (path.startsWith(prefix) && path.at(prefix.size()) == u'/');
}

QString renamed(const QString &path, const QString &from, const QString &to)
{
    return isUnder(path, from) ? to + path.mid(from.size()) : path;
}

// Rewrites the references of a module that point into `from` (image parent, node images).
bool rewriteReferences(Module &m, const QString &from, const QString &to)
{
    bool changed = false;
    if (m.kind == ModuleKind::Image && !m.image.parent.isEmpty() && isUnder(m.image.parent, from)) {
        m.image.parent = renamed(m.image.parent, from, to);
        changed = true;
    }
    if (m.kind == ModuleKind::Deployment) {
        for (Node &n : m.deployment.nodes) {
            if (isUnder(n.image, from)) {
                n.image = renamed(n.image, from, to);
                changed = true;
            }
        }
    }
    return changed;
}

struct SaveMeta
{
    QString author;
    QString comment;
    QDateTime savedAt;
    bool evenIfUnchanged = false;
    // The version the saved content was based on (0: a new module); empty: no check.
    std::optional<int> base = std::nullopt;
    SaveConflict *conflict = nullptr; // filled when the base is stale
};

// Upsert of a built image, in the syntax both SQLite and PostgreSQL take.
const QString kUpsertBuilt = u" ON CONFLICT (version_id, cloud) DO UPDATE SET"
                             " image_id = excluded.image_id,"
                             " from_version = excluded.from_version,"
                             " built_at = excluded.built_at"_s;

// The first line of a PostgreSQL error as QPSQL reports it ("ERROR:  text\nCONTEXT: …(42501)").
QString serverSentence(const QString &databaseText)
{
    QString line = databaseText.section(u'\n', 0, 0).trimmed();
    if (line.startsWith(u"ERROR:"))
        line = line.mid(6).trimmed();
    const qsizetype state = line.lastIndexOf(u'(');
    if (state > 0 && line.endsWith(u')') && line.size() - state == 7)
        line = line.left(state).trimmed(); // "(42501)" when there was no context line
    return line;
}

Rights rightsFromBits(int bits)
{
    return Rights::fromInt(bits & 0x1f);
}

} // namespace

struct Catalog::Private
{
    Catalog *q = nullptr;
    std::shared_ptr<const StorageBackend> backend;
    QString fileName; // what the user knows the catalog by: its file (or server)
    std::unique_ptr<Database> database;
    bool inTransaction = false;
    // The connection to the server broke: reconnect before the next statement.
    bool lost = false;
    QString currentUser; // the role the team catalog knows this connection by
    QString sourceLabel; // see Catalog::sourceLabel()
    std::map<QString, std::unique_ptr<QSqlQuery>> statements;

    QSqlDatabase db() const { return database ? database->connection() : QSqlDatabase(); }
    SqlDialect dialect() const { return backend->dialect(); }

    Result<void> connect()
    {
        const bool again = lost;
        statements.clear();
        database.reset();
        inTransaction = false;
        lost = false;
        auto opened = Database::open(backend);
        if (!opened) {
            lost = again; // still open for the user: the next change tries again
            return Error{tr("Cannot open the catalog %1: %2").arg(fileName, opened.errorMessage())};
        }
        database = std::move(*opened);
        if (dialect() == SqlDialect::Postgres) {
            QSqlQuery who(db());
            if (!who.exec(u"SELECT current_user"_s) || !who.next())
                return Error{
                    tr("Cannot open the catalog %1: %2").arg(fileName, who.lastError().text())};
            currentUser = who.value(0).toString();
            listen();
        }
        return {};
    }

    // Announcements of other members' changes (PostgreSQL's NOTIFY) become moduleChanged().
    void listen()
    {
        QSqlDriver *driver = db().driver();
        if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
            return;
        const QString channel = QString::fromLatin1(PostgresBackend::NotifyChannel);
        if (!driver->subscribeToNotification(channel)) {
            qCWarning(lcCatalog) << "no live updates from" << fileName << ":"
                                 << driver->lastError().text();
            return;
        }
        QObject::connect(driver,
                         &QSqlDriver::notification,
                         q,
                         [this](const QString &name,
                                QSqlDriver::NotificationSource source,
                                const QVariant &payload) {
                             // Read later: a query inside the driver's own
                             // notification handler stops further notifications.
                             if (name == QString::fromLatin1(PostgresBackend::NotifyChannel)
                                 && source == QSqlDriver::OtherSource)
                                 QMetaObject::invokeMethod(
                                     q,
                                     [this, text = payload.toString()] { announce(text); },
                                     Qt::QueuedConnection);
                         });
    }

    void announce(const QString &payload)
    {
        const qint64 id = payload.section(u' ', 0, 0).toLongLong();
        const int version = payload.section(u' ', 1, 1).toInt();
        if (id <= 0 || version <= 0 || inTransaction)
            return; // a module row before its first version
        if (lost || !database)
            return;
        // Read to its end: the connection is idle again afterwards, so the server keeps
        // sending announcements.
        QSqlQuery row(db());
        row.prepare(u"SELECT path, latest_version, deleted FROM modules WHERE id = ?"_s);
        row.addBindValue(id);
        if (!row.exec())
            return;
        QString path;
        int latest = 0;
        bool deleted = false;
        while (row.next()) { // nothing: a module this role may not see
            path = row.value(0).toString();
            latest = row.value(1).toInt();
            deleted = row.value(2).toBool();
        }
        if (!path.isEmpty())
            Q_EMIT q->moduleChanged(path, latest, deleted);
    }

    // A prepared statement, kept for the life of the connection.
    QSqlQuery &query(const QString &sql)
    {
        auto it = statements.find(sql);
        if (it == statements.end()) {
            auto q = std::make_unique<QSqlQuery>(db());
            // QPSQL reads a forward-only result row by row, and the connection stays busy
            // (announcements wait) until the last row was read; the catalog often reads one.
            q->setForwardOnly(dialect() != SqlDialect::Postgres);
            q->prepare(sql);
            it = statements.emplace(sql, std::move(q)).first;
        }
        return *it->second;
    }

    Error sqlError(const QSqlError &e, const QString &what) const
    {
        // A refusal by the team's server (its rights grid: a trigger's or a policy's
        // insufficient_privilege) is the server's own sentence, without libpq's context lines.
        if (dialect() == SqlDialect::Postgres && e.nativeErrorCode() == u"42501")
            return Error{tr("%1: the team catalog's server refused it: %2")
                             .arg(what, serverSentence(e.databaseText()))};
        switch (backend->classify(e)) {
        case StorageFailure::Busy:
            return Error{tr("%1: the catalog %2 is busy (another Slipway is writing to it); try "
                            "again")
                             .arg(what, fileName)};
        case StorageFailure::DiskFull:
            return Error{tr("%1: the disk holding %2 is full").arg(what, fileName)};
        case StorageFailure::Lost:
            return Error{tr("%1: the connection to the catalog server %2 was lost (%3); nothing "
                            "of this change was saved")
                             .arg(what, fileName, e.text())};
        case StorageFailure::Other:
            break;
        }
        return Error{tr("%1: %2 (%3)").arg(what, e.text(), fileName)};
    }

    // Runs a prepared statement with its bind values.
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &values, const QString &what)
    {
        // A broken connection is made again before a new change, never inside one (the
        // server rolled that back).
        if (lost && !inTransaction) {
            if (auto again = connect(); !again)
                return Error{tr("%1: %2").arg(what, again.errorMessage())};
        }
        QSqlQuery &q = query(sql);
        for (qsizetype i = 0; i < values.size(); ++i)
            q.bindValue(int(i), values.at(i));
        if (!q.exec()) {
            const QSqlError error = q.lastError();
            if (backend->classify(error) == StorageFailure::Lost
                || (dialect() == SqlDialect::Postgres && !db().isOpen()))
                lost = true;
            const Error e = sqlError(error, what);
            q.finish();
            return e;
        }
        return &q;
    }

    // The images and deployments whose latest version may refer to path or below it, by path.
    // The content holds each reference as a JSON string: a substring search finds these
    // candidates, reading them tells which really do.
    Result<QStringList> mayReferTo(const QString &path)
    {
        auto refs = run(u"SELECT m.path FROM modules m JOIN versions v"
                        " ON v.module_id = m.id AND v.version = m.latest_version"
                        " WHERE m.deleted = 0 AND m.kind IN ('image', 'deployment')"
                        " AND "_s
                            + (dialect() == SqlDialect::Postgres ? u"strpos(v.content, ?) > 0"_s
                                                                 : u"instr(v.content, ?) > 0"_s)
                            + u" ORDER BY m.path"_s,
                        {QString(u"\""_s + path)},
                        tr("Finding references to %1").arg(path));
        if (!refs)
            return refs.error();
        QStringList candidates;
        while ((*refs)->next())
            candidates.append((*refs)->value(0).toString());
        (*refs)->finish();
        return candidates;
    }

    Result<void> exec(const QString &sql, const QVariantList &values, const QString &what)
    {
        auto r = run(sql, values, what);
        if (!r)
            return r.error();
        (*r)->finish();
        return {};
    }

    // Transaction control, not prepared (PostgreSQL prepares only queries and changes).
    Result<void> control(const QString &sql, const QString &what)
    {
        if (lost && !inTransaction) {
            if (auto again = connect(); !again)
                return Error{tr("%1: %2").arg(what, again.errorMessage())};
        }
        QSqlQuery q(db());
        if (!q.exec(sql)) {
            const QSqlError error = q.lastError();
            if (backend->classify(error) == StorageFailure::Lost
                || (dialect() == SqlDialect::Postgres && !db().isOpen()))
                lost = true;
            return sqlError(error, what);
        }
        return {};
    }

    Result<void> begin()
    {
        if (inTransaction)
            return control(u"SAVEPOINT op"_s, tr("Starting a change"));
        return control(dialect() == SqlDialect::Postgres ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s,
                       tr("Starting a change"));
    }
    Result<void> commit()
    {
        if (inTransaction)
            return control(u"RELEASE op"_s, tr("Saving a change"));
        return control(u"COMMIT"_s, tr("Saving a change"));
    }
    void rollback()
    {
        // A lost connection has nothing to roll back: the server ended the transaction.
        if (lost)
            return;
        if (inTransaction) {
            (void) control(u"ROLLBACK TO op"_s, {});
            (void) control(u"RELEASE op"_s, {});
        } else {
            (void) control(u"ROLLBACK"_s, {});
        }
    }

    // Runs work as one atomic change: its own transaction, or a savepoint inside transaction().
    template<typename T>
    Result<T> atomically(const std::function<Result<T>()> &work)
    {
        if (auto b = begin(); !b)
            return b.error();
        Result<T> r = work();
        if (!r) {
            rollback();
            return r;
        }
        if (auto c = commit(); !c) {
            rollback();
            return c.error();
        }
        return r;
    }

    struct ModuleRow
    {
        qint64 id = 0;
        ModuleKind kind = ModuleKind::Project;
        int latestVersion = 0;
        bool deleted = false;
    };

    Result<std::optional<ModuleRow>> moduleRow(const QString &path)
    {
        auto r = run(u"SELECT id, kind, latest_version, deleted FROM modules WHERE path = ?"_s,
                     {path},
                     tr("Reading %1").arg(path));
        if (!r)
            return r.error();
        QSqlQuery &q = **r;
        std::optional<ModuleRow> row;
        if (q.next())
            row = ModuleRow{q.value(0).toLongLong(),
                            ModuleJson::kindFromName(q.value(1).toString())
                                .value_or(ModuleKind::Project),
                            q.value(2).toInt(),
                            q.value(3).toBool()};
        q.finish();
        return row;
    }

    // The team catalog's read: one round trip for the module, its version and its grid.
    Result<ModuleVersion> readTeamVersion(const QString &path,
                                          std::optional<int> number,
                                          bool allowDeleted)
    {
        auto r = run(u"SELECT m.kind, m.latest_version, m.deleted, v.id, v.version, v.author,"
                     " v.saved_at, v.comment, v.content, m.owner,"
                     " array_to_string(m.group_members, E'\\n'), m.is_public, m.owner_rights,"
                     " m.group_rights, m.public_rights FROM modules m LEFT JOIN versions v"
                     " ON v.module_id = m.id"
                     " AND v.version = coalesce(CAST(? AS integer), m.latest_version)"
                     " WHERE m.path = ?"_s,
                     {number ? QVariant(*number) : QVariant(QMetaType::fromType<int>()), path},
                     tr("Reading %1").arg(path));
        if (!r)
            return r.error();
        QSqlQuery &q = **r;
        if (!q.next()) {
            q.finish();
            return Error{tr("There is no module %1 in the catalog").arg(path)};
        }
        const ModuleKind kind = ModuleJson::kindFromName(q.value(0).toString())
                                    .value_or(ModuleKind::Project);
        const int n = number.value_or(q.value(1).toInt());
        if (q.value(2).toBool() && !allowDeleted) {
            q.finish();
            return Error{tr("%1 is deleted (restore it to use it)").arg(path)};
        }
        if (q.value(3).isNull()) {
            q.finish();
            return Error{tr("%1 has no version %2").arg(path).arg(n)};
        }
        ModuleVersion v;
        const qint64 versionId = q.value(3).toLongLong();
        v.version = q.value(4).toInt();
        v.author = q.value(5).toString();
        v.savedAt = timestampFromText(q.value(6).toString());
        v.comment = q.value(7).toString();
        const QByteArray content = q.value(8).toString().toUtf8();
        Authorization grid;
        grid.owner = q.value(9).toString();
        grid.groupMembers = q.value(10).toString().split(u'\n', Qt::SkipEmptyParts);
        grid.isPublic = q.value(11).toBool();
        grid.ownerRights = rightsFromBits(q.value(12).toInt());
        grid.groupRights = rightsFromBits(q.value(13).toInt());
        grid.publicRights = rightsFromBits(q.value(14).toInt());
        q.finish();
        auto m = ModuleJson::fromJsonText(content);
        if (!m)
            return Error{tr("Version %1 of %2 cannot be read: %3")
                             .arg(v.version)
                             .arg(path, m.error().message)};
        v.module = std::move(*m);
        v.module.path = path; // versions saved before a move carry the old path
        // The grid that the server enforces, not what a client wrote into the content.
        v.module.authz = grid;
        if (kind == ModuleKind::Image) {
            auto built = builtImages(versionId);
            if (!built)
                return built.error();
            v.module.image.builtImages = std::move(*built);
        }
        return v;
    }

    Result<ModuleVersion> readVersion(const QString &path,
                                      std::optional<int> number,
                                      bool allowDeleted)
    {
        if (dialect() == SqlDialect::Postgres)
            return readTeamVersion(path, number, allowDeleted);
        auto row = moduleRow(path);
        if (!row)
            return row.error();
        if (!*row)
            return Error{tr("There is no module %1 in the catalog").arg(path)};
        if ((*row)->deleted && !allowDeleted)
            return Error{tr("%1 is deleted (restore it to use it)").arg(path)};
        const int n = number.value_or((*row)->latestVersion);
        auto r = run(u"SELECT id, author, saved_at, comment, content FROM versions"
                     " WHERE module_id = ? AND version = ?"_s,
                     {(*row)->id, n},
                     tr("Reading %1").arg(path));
        if (!r)
            return r.error();
        QSqlQuery &q = **r;
        if (!q.next()) {
            q.finish();
            return Error{tr("%1 has no version %2").arg(path).arg(n)};
        }
        ModuleVersion v;
        const qint64 versionId = q.value(0).toLongLong();
        v.version = n;
        v.author = q.value(1).toString();
        v.savedAt = timestampFromText(q.value(2).toString());
        v.comment = q.value(3).toString();
        const QByteArray content = q.value(4).toString().toUtf8();
        q.finish();
        auto m = ModuleJson::fromJsonText(content);
        if (!m)
            return Error{
                tr("Version %1 of %2 cannot be read: %3").arg(n).arg(path, m.error().message)};
        v.module = std::move(*m);
        v.module.path = path; // versions saved before a move carry the old path
        if ((*row)->kind == ModuleKind::Image) {
            auto built = builtImages(versionId);
            if (!built)
                return built.error();
            v.module.image.builtImages = std::move(*built);
        }
        return v;
    }

    Result<Authorization> readGrid(qint64 moduleId)
    {
        auto r = run(u"SELECT owner, array_to_string(group_members, E'\\n'), is_public,"
                     " owner_rights, group_rights, public_rights FROM modules WHERE id = ?"_s,
                     {moduleId},
                     tr("Reading who may do what"));
        if (!r)
            return r.error();
        QSqlQuery &q = **r;
        Authorization a;
        if (q.next()) {
            a.owner = q.value(0).toString();
            a.groupMembers = q.value(1).toString().split(u'\n', Qt::SkipEmptyParts);
            a.isPublic = q.value(2).toBool();
            a.ownerRights = rightsFromBits(q.value(3).toInt());
            a.groupRights = rightsFromBits(q.value(4).toInt());
            a.publicRights = rightsFromBits(q.value(5).toInt());
        }
        q.finish();
        return a;
    }

    // The grid of a module changes only by its owner's save (the server refuses others).
    Result<void> writeGrid(qint64 moduleId, const Authorization &wanted, const QString &what)
    {
        auto current = readGrid(moduleId);
        if (!current)
            return current.error();
        Authorization a = wanted;
        a.owner = current->owner;
        if (a == *current)
            return {};
        if (current->owner != currentUser)
            return Error{tr("%1: only its owner (%2) may change who may do what with it")
                             .arg(what, current->owner)};
        return exec(
            u"UPDATE modules SET group_members = array_remove(string_to_array(coalesce(?, ''),"
            " E'\\n'), ''), is_public = ?, owner_rights = ?, group_rights = ?,"
            " public_rights = ? WHERE id = ?"_s,
            {a.groupMembers.join(u'\n'),
             a.isPublic,
             int(a.ownerRights.toInt()),
             int(a.groupRights.toInt()),
             int(a.publicRights.toInt()),
             moduleId},
            what);
    }

    Result<QList<BuiltImage>> builtImages(qint64 versionId)
    {
        auto r = run(u"SELECT cloud, image_id, from_version, built_at FROM built_images"
                     " WHERE version_id = ? ORDER BY cloud"_s,
                     {versionId},
                     tr("Reading built images"));
        if (!r)
            return r.error();
        QSqlQuery &q = **r;
        QList<BuiltImage> out;
        while (q.next())
            out.append({q.value(0).toString(),
                        q.value(1).toString(),
                        q.value(2).toInt(),
                        timestampFromText(q.value(3).toString())});
        q.finish();
        return out;
    }

    Result<void> updateSearch(qint64 moduleId, const Module *m)
    {
        // The team catalog scans names and descriptions (ILIKE) instead of an index.
        if (dialect() == SqlDialect::Postgres)
            return {};
        if (auto r = exec(u"DELETE FROM search WHERE rowid = ?"_s,
                          {moduleId},
                          tr("Updating the search index"));
            !r)
            return r;
        if (!m)
            return {};
        return exec(u"INSERT INTO search (rowid, name, description) VALUES (?, ?, ?)"_s,
                    {moduleId, m->name(), m->description},
                    tr("Updating the search index"));
    }

    // A refused save: what the other author changed since the base, and what this edit would
    // change on top of the latest version.
    Error conflict(const Module &mine, int base, SaveConflict *out)
    {
        SaveConflict c;
        c.path = mine.path;
        c.baseVersion = base;
        auto latest = readVersion(mine.path, std::nullopt, true);
        if (latest) {
            c.latestVersion = latest->version;
            c.author = latest->author;
            c.savedAt = latest->savedAt;
            c.comment = latest->comment;
            if (base > 0) {
                if (auto before = readVersion(mine.path, base, true))
                    c.theirChange = diffModules(before->module, latest->module);
            } else {
                Module empty;
                empty.path = mine.path;
                empty.kind = latest->module.kind;
                c.theirChange = diffModules(empty, latest->module);
            }
            c.theirChange.path = mine.path;
            c.theirChange.fromVersion = base;
            c.theirChange.toVersion = latest->version;
            Module mineAsSaved = mine;
            mineAsSaved.authz = latest->module.authz;
            mineAsSaved.image.builtImages = latest->module.image.builtImages;
            c.myChange = diffModules(latest->module, mineAsSaved);
            c.myChange.path = mine.path;
            c.myChange.fromVersion = latest->version;
        }
        QString message;
        if (c.latestVersion == 0)
            message = tr("%1 was removed from the catalog since version %2 that this edit "
                         "started from")
                          .arg(c.path)
                          .arg(base);
        else if (base == 0)
            message = tr("%1 was created meanwhile by %2 (version %3): reload it, save this edit "
                         "as its next version, or save it under another path")
                          .arg(c.path, c.author)
                          .arg(c.latestVersion);
        else
            message = tr("%1 changed since version %2 that this edit started from: %3 saved "
                         "version %4 (%5); reload it, save this edit as version %6, or save it "
                         "under another path")
                          .arg(c.path)
                          .arg(base)
                          .arg(c.author)
                          .arg(c.latestVersion)
                          .arg(c.comment.isEmpty() ? tr("no comment") : c.comment)
                          .arg(c.latestVersion + 1);
        c.message = message;
        if (out)
            *out = std::move(c);
        return Error{message};
    }

    // The heart of save(), revert(), move() and importVersions(); runs inside a transaction.
    Result<SaveResult> saveLocked(Module module,
                                  const SaveMeta &meta,
                                  const QList<BuiltImage> &importedBuilds = {},
                                  qint64 *versionIdOut = nullptr)
    {
        if (!isValidModulePath(module.path))
            return Error{tr("\"%1\" is not a valid module path: use segments of letters, "
                            "digits, '-', '_' and '.' separated by '/'")
                             .arg(module.path)};
        module.image.builtImages.clear(); // not content: kept in built_images
        if (module.kind != ModuleKind::Image)
            module.image = {};
        if (module.kind != ModuleKind::Deployment)
            module.deployment = {};
        const QString hash = imageBuildHash(module);
        const QString what = tr("Saving %1").arg(module.path);

        auto row = moduleRow(module.path);
        if (!row)
            return row.error();
        qint64 moduleId = 0;
        qint64 previousVersionId = 0;
        QString previousHash;
        int number = 1;
        // Someone else saved since the version this edit started from (or created the module
        // that this edit thought new).
        if (meta.base && !(*row && (*row)->deleted)
            && *meta.base != (*row ? (*row)->latestVersion : 0))
            return conflict(module, *meta.base, meta.conflict);
        if (dialect() == SqlDialect::Postgres) {
            if (*row && !(*row)->deleted) {
                if (auto g = writeGrid((*row)->id, module.authz, what); !g)
                    return g.error();
                auto grid = readGrid((*row)->id);
                if (!grid)
                    return grid.error();
                module.authz = *grid; // the content records the grid as the server has it
            } else {
                module.authz.owner = currentUser; // the server makes the saving role the owner
            }
        }
        const QString content = QString::fromUtf8(ModuleJson::toJsonText(module));
        if (*row) {
            if ((*row)->deleted)
                return Error{
                    tr("%1 is deleted: restore it, or save under another path").arg(module.path)};
            moduleId = (*row)->id;
            number = (*row)->latestVersion + 1;
            auto r = run(u"SELECT id, content, build_hash FROM versions"
                         " WHERE module_id = ? AND version = ?"_s,
                         {moduleId, (*row)->latestVersion},
                         what);
            if (!r)
                return r.error();
            QSqlQuery &q = **r;
            if (q.next()) {
                previousVersionId = q.value(0).toLongLong();
                const bool same = q.value(1).toString() == content;
                previousHash = q.value(2).toString();
                q.finish();
                if (same && !meta.evenIfUnchanged)
                    return SaveResult{(*row)->latestVersion, false};
            }
            q.finish();
        } else {
            auto r = dialect() == SqlDialect::Postgres
                         ? run(u"INSERT INTO modules (path, kind, group_members, is_public,"
                               " owner_rights, group_rights, public_rights) VALUES (?, ?,"
                               " array_remove(string_to_array(coalesce(?, ''), E'\\n'), ''), ?, ?, "
                               "?, ?)"
                               " RETURNING id"_s,
                               {module.path,
                                ModuleJson::kindName(module.kind),
                                module.authz.groupMembers.join(u'\n'),
                                module.authz.isPublic,
                                int(module.authz.ownerRights.toInt()),
                                int(module.authz.groupRights.toInt()),
                                int(module.authz.publicRights.toInt())},
                               what)
                         : run(u"INSERT INTO modules (path, kind) VALUES (?, ?) RETURNING id"_s,
                               {module.path, ModuleJson::kindName(module.kind)},
                               what);
            if (!r)
                return r.error();
            if (!(*r)->next()) {
                (*r)->finish();
                return Error{tr("%1: the new module got no id").arg(what)};
            }
            moduleId = (*r)->value(0).toLongLong();
            (*r)->finish();
        }

        const QDateTime savedAt = meta.savedAt.isValid() ? meta.savedAt
                                                         : QDateTime::currentDateTimeUtc();
        auto inserted = run(u"INSERT INTO versions (module_id, version, author, saved_at,"
                            " comment, content, name, description, recipe_text, build_hash)"
                            " VALUES (?, ?, coalesce(?, ''), ?, coalesce(?, ''), ?, ?,"
                            " coalesce(?, ''), coalesce(?, ''), coalesce(?, '')) RETURNING id"_s,
                            {moduleId,
                             number,
                             meta.author,
                             timestampText(savedAt),
                             meta.comment,
                             content,
                             module.name(),
                             module.description,
                             recipeText(module),
                             hash},
                            what);
        if (!inserted)
            return inserted.error();
        if (!(*inserted)->next()) {
            (*inserted)->finish();
            return Error{tr("%1: the new version got no id").arg(what)};
        }
        const qint64 versionId = (*inserted)->value(0).toLongLong();
        (*inserted)->finish();
        if (versionIdOut)
            *versionIdOut = versionId;

        // On the team catalog the new version made itself the latest (with its description
        // and time, a trigger); only a change of kind is left.
        if (dialect() == SqlDialect::Postgres) {
            if (*row && (*row)->kind != module.kind)
                if (auto r = exec(u"UPDATE modules SET kind = ? WHERE id = ?"_s,
                                  {ModuleJson::kindName(module.kind), moduleId},
                                  what);
                    !r)
                    return r.error();
        } else if (auto r = exec(u"UPDATE modules SET latest_version = ?, kind = ?,"
                                 " description = coalesce(?, ''), modified_at = ? WHERE id = ?"_s,
                                 {number,
                                  ModuleJson::kindName(module.kind),
                                  module.description,
                                  timestampText(savedAt),
                                  moduleId},
                                 what);
                   !r) {
            return r.error();
        }

        if (importedBuilds.isEmpty() && previousVersionId != 0 && !hash.isEmpty()
            && hash == previousHash) {
            if (auto r = exec(u"INSERT INTO built_images"
                              " (version_id, cloud, image_id, from_version, built_at)"
                              " SELECT CAST(? AS BIGINT), cloud, image_id, from_version, built_at"
                              " FROM built_images WHERE version_id = ?"_s,
                              {versionId, previousVersionId},
                              what);
                !r)
                return r.error();
        }
        for (const BuiltImage &b : importedBuilds) {
            if (auto r = exec(u"INSERT INTO built_images"
                              " (version_id, cloud, image_id, from_version, built_at)"
                              " VALUES (?, ?, ?, ?, ?)"_s
                                  + kUpsertBuilt,
                              {versionId,
                               b.cloud,
                               b.imageId,
                               b.fromVersion,
                               timestampText(b.builtAt.isValid() ? b.builtAt : savedAt)},
                              what);
                !r)
                return r.error();
        }
        if (auto r = updateSearch(moduleId, &module); !r)
            return r.error();
        return SaveResult{number, true};
    }

    // The team catalog's import of modules that are not in it yet, in a few statements
    // instead of three round trips per version: the modules one statement per depth of the
    // tree (so that a module's create-children check sees its new parent, as one save after
    // the other would), then the versions one statement per rank (every first version, every
    // second, …; a version must follow the one before it), then the built images in one. The
    // server checks every row as it would check a single save (row-level security and
    // triggers). A module whose versions change its kind or its grid, and a module that is
    // already there, are left to saveLocked(). done[i] tells which versions were imported,
    // numbers[i] their new number.
    Result<void> importNewTeamModules(const QList<ModuleVersion> &versions,
                                      QList<bool> &done,
                                      QList<int> &numbers)
    {
        const QString what = tr("Importing %n module(s)", nullptr, int(versions.size()));
        QHash<QString, QList<qsizetype>> byPath;
        QStringList paths;
        for (qsizetype i = 0; i < versions.size(); ++i) {
            const QString &path = versions.at(i).module.path;
            if (!isValidModulePath(path))
                continue; // saveLocked() says why
            auto it = byPath.find(path);
            if (it == byPath.end()) {
                paths.append(path);
                it = byPath.insert(path, {});
            }
            it->append(i);
        }
        if (paths.isEmpty())
            return {};
        QSet<QString> existing;
        {
            auto r = run(u"SELECT path FROM modules"
                         " WHERE path = ANY (string_to_array(CAST(? AS text), E'\\n'))"_s,
                         {paths.join(u'\n')},
                         what);
            if (!r)
                return r.error();
            while ((*r)->next())
                existing.insert((*r)->value(0).toString());
            (*r)->finish();
        }
        const auto gridOf = [](const Module &m) {
            Authorization a = m.authz;
            a.owner.clear();
            return a;
        };
        QStringList eligible;
        int ranks = 0;
        for (const QString &path : std::as_const(paths)) {
            if (existing.contains(path))
                continue;
            const QList<qsizetype> &indexes = byPath.value(path);
            const Module &first = versions.at(indexes.constFirst()).module;
            const bool uniform = std::all_of(indexes.cbegin(), indexes.cend(), [&](qsizetype i) {
                const Module &m = versions.at(i).module;
                return m.kind == first.kind && gridOf(m) == gridOf(first);
            });
            if (!uniform)
                continue;
            eligible.append(path);
            ranks = std::max(ranks, int(indexes.size()));
        }
        if (eligible.isEmpty())
            return {};

        // The modules, the shallowest first.
        std::map<int, QJsonArray> byDepth;
        for (const QString &path : std::as_const(eligible)) {
            const Module &m = versions.at(byPath.value(path).constFirst()).module;
            byDepth[int(path.count(u'/'))].append(
                QJsonObject{{u"path"_s, path},
                            {u"kind"_s, ModuleJson::kindName(m.kind)},
                            {u"groups"_s, m.authz.groupMembers.join(u'\n')},
                            {u"is_public"_s, m.authz.isPublic},
                            {u"owner_rights"_s, int(m.authz.ownerRights.toInt())},
                            {u"group_rights"_s, int(m.authz.groupRights.toInt())},
                            {u"public_rights"_s, int(m.authz.publicRights.toInt())}});
        }
        QHash<QString, qint64> moduleIds;
        for (const auto &level : byDepth) {
            const QJsonArray &rows = level.second;
            auto r = run(
                u"INSERT INTO modules (path, kind, group_members, is_public, owner_rights,"
                " group_rights, public_rights) SELECT x.path, x.kind,"
                " array_remove(string_to_array(coalesce(x.groups, ''), E'\\n'), ''), x.is_public,"
                " x.owner_rights, x.group_rights, x.public_rights"
                " FROM json_to_recordset(CAST(? AS json)) AS x(path text, kind text, groups text,"
                " is_public boolean, owner_rights integer, group_rights integer,"
                " public_rights integer) RETURNING id, path"_s,
                {QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact))},
                what);
            if (!r)
                return r.error();
            while ((*r)->next())
                moduleIds.insert((*r)->value(1).toString(), (*r)->value(0).toLongLong());
            (*r)->finish();
        }
        if (moduleIds.size() != eligible.size())
            return Error{tr("%1: %2 of %3 new modules got an id")
                             .arg(what)
                             .arg(moduleIds.size())
                             .arg(eligible.size())};

        // The versions, rank by rank, with what the saves would have written.
        struct Build
        {
            qsizetype index;
            BuiltImage image;
        };
        QList<Build> builds;
        QHash<QPair<qint64, int>, qsizetype> indexOfVersion; // (module id, number) → index
        QHash<QString, QHash<int, int>> renumbered;          // path → old number → new
        for (int rank = 0; rank < ranks; ++rank) {
            QJsonArray rows;
            for (const QString &path : std::as_const(eligible)) {
                const QList<qsizetype> &indexes = byPath.value(path);
                if (rank >= indexes.size())
                    continue;
                const qsizetype i = indexes.at(rank);
                const ModuleVersion &v = versions.at(i);
                Module module = v.module;
                module.image.builtImages.clear();
                if (module.kind != ModuleKind::Image)
                    module.image = {};
                if (module.kind != ModuleKind::Deployment)
                    module.deployment = {};
                module.authz.owner = currentUser; // the server makes the saving role the owner
                const int number = rank + 1;
                QHash<int, int> &map = renumbered[path];
                if (v.version > 0)
                    map.insert(v.version, number);
                for (BuiltImage b : v.module.image.builtImages) {
                    b.fromVersion = map.value(b.fromVersion, b.fromVersion);
                    builds.append({i, b});
                }
                const qint64 moduleId = moduleIds.value(path);
                indexOfVersion.insert({moduleId, number}, i);
                const QDateTime savedAt = v.savedAt.isValid() ? v.savedAt
                                                              : QDateTime::currentDateTimeUtc();
                rows.append(QJsonObject{
                    {u"module_id"_s, moduleId},
                    {u"version"_s, number},
                    {u"author"_s, v.author},
                    {u"saved_at"_s, timestampText(savedAt)},
                    {u"comment"_s, v.comment},
                    {u"content"_s, QString::fromUtf8(ModuleJson::toJsonText(module))},
                    {u"name"_s, module.name()},
                    {u"description"_s, module.description},
                    {u"recipe_text"_s, recipeText(module)},
                    {u"build_hash"_s, imageBuildHash(module)},
                });
            }
            auto r = run(u"INSERT INTO versions (module_id, version, author, saved_at, comment,"
                         " content, name, description, recipe_text, build_hash)"
                         " SELECT x.module_id, x.version, x.author, x.saved_at, x.comment,"
                         " x.content, x.name, x.description, x.recipe_text, x.build_hash"
                         " FROM json_to_recordset(CAST(? AS json)) AS x(module_id bigint,"
                         " version integer, author text, saved_at text, comment text,"
                         " content text, name text, description text, recipe_text text,"
                         " build_hash text) RETURNING id, module_id, version"_s,
                         {QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact))},
                         what);
            if (!r)
                return r.error();
            qsizetype inserted = 0;
            while ((*r)->next()) {
                const qsizetype i = indexOfVersion.value({(*r)->value(1).toLongLong(),
                                                          (*r)->value(2).toInt()},
                                                         -1);
                if (i < 0)
                    continue;
                numbers[i] = (*r)->value(2).toInt();
                versionIds.insert(i, (*r)->value(0).toLongLong());
                ++inserted;
            }
            (*r)->finish();
            if (inserted != rows.size())
                return Error{
                    tr("%1: %2 of %3 versions were saved").arg(what).arg(inserted).arg(rows.size())};
        }

        // The built images the versions bring; the last of one version and cloud counts.
        QHash<QPair<qint64, QString>, QJsonObject> latestBuild;
        QList<QPair<qint64, QString>> buildOrder;
        for (const Build &b : std::as_const(builds)) {
            const QPair<qint64, QString> key{versionIds.value(b.index), b.image.cloud};
            if (!latestBuild.contains(key))
                buildOrder.append(key);
            latestBuild.insert(key,
                               QJsonObject{{u"version_id"_s, key.first},
                                           {u"cloud"_s, b.image.cloud},
                                           {u"image_id"_s, b.image.imageId},
                                           {u"from_version"_s, b.image.fromVersion},
                                           {u"built_at"_s,
                                            timestampText(b.image.builtAt.isValid()
                                                              ? b.image.builtAt
                                                              : QDateTime::currentDateTimeUtc())}});
        }
        if (!buildOrder.isEmpty()) {
            QJsonArray rows;
            for (const auto &key : std::as_const(buildOrder))
                rows.append(latestBuild.value(key));
            if (auto r = exec(u"INSERT INTO built_images"
                              " (version_id, cloud, image_id, from_version, built_at)"
                              " SELECT x.version_id, x.cloud, x.image_id, x.from_version,"
                              " x.built_at FROM json_to_recordset(CAST(? AS json))"
                              " AS x(version_id bigint, cloud text, image_id text,"
                              " from_version integer, built_at text)"_s
                                  + kUpsertBuilt,
                              {QString::fromUtf8(
                                  QJsonDocument(rows).toJson(QJsonDocument::Compact))},
                              what);
                !r)
                return r.error();
        }
        for (const QString &path : std::as_const(eligible))
            for (qsizetype i : byPath.value(path))
                done[i] = true;
        return {};
    }
    QHash<qsizetype, qint64> versionIds; // importNewTeamModules(): index → new version's id

    struct SubtreeRow
    {
        qint64 id;
        QString path;
        bool deleted;
    };

    Result<QList<SubtreeRow>> subtree(const QString &path)
    {
        auto r = run(u"SELECT id, path, deleted FROM modules"
                     " WHERE path = ? OR (path >= ? AND path < ?) ORDER BY path"_s,
                     {path, QString(path + u'/'), QString(path + u'0')},
                     tr("Reading %1").arg(path));
        if (!r)
            return r.error();
        QSqlQuery &q = **r;
        QList<SubtreeRow> rows;
        while (q.next())
            rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toBool()});
        q.finish();
        return rows;
    }
};

Catalog::Catalog(QString fileName)
    : Catalog(std::make_shared<SqliteBackend>(fileName.isEmpty() ? Paths::defaultCatalogFile()
                                                                 : std::move(fileName)))
{}

Catalog::Catalog(std::shared_ptr<const StorageBackend> backend)
    : d(std::make_unique<Private>())
{
    d->q = this;
    d->fileName = backend->location();
    d->backend = std::move(backend);
}

Catalog::~Catalog()
{
    close();
}

QString Catalog::fileName() const
{
    return d->fileName;
}

bool Catalog::isOpen() const
{
    // A team catalog whose server went away stays open: it connects again when next used.
    return (d->database && d->db().isOpen()) || d->lost;
}

int Catalog::currentSchemaVersion()
{
    return Database::currentSchemaVersion();
}

int Catalog::schemaVersion() const
{
    return d->database ? d->database->schemaVersion() : 0;
}

Result<void> Catalog::open()
{
    if (isOpen())
        return {};
    return d->connect();
}

void Catalog::close()
{
    d->statements.clear();
    d->database.reset();
    d->inTransaction = false;
    d->lost = false;
}

Result<SaveResult> Catalog::save(const Module &module, const QString &author, const QString &comment)
{
    if (!isOpen())
        return Error{tr("The catalog is not open")};
    return d->atomically<SaveResult>(
        [&] { return d->saveLocked(module, SaveMeta{author, comment, {}, false}); });
}

Result<SaveResult> Catalog::save(const Module &module,
                                 const QString &author,
                                 const QString &comment,
                                 const SaveBase &base)
{
    if (!isOpen())
        return Error{tr("The catalog is not open")};
    return d->atomically<SaveResult>([&] {
        return d->saveLocked(module,
                             SaveMeta{author, comment, {}, false, base.version, base.conflict});
    });
}

bool Catalog::enforcesRights() const
{
    return d->dialect() == SqlDialect::Postgres;
}

QString Catalog::sourceLabel() const
{
    if (d->dialect() != SqlDialect::Postgres)
        return {};
    return d->sourceLabel.isEmpty() ? d->backend->location() : d->sourceLabel;
}

void Catalog::setSourceLabel(const QString &label)
{
    d->sourceLabel = label;
}

Result<Rights> Catalog::rights(const QString &path) const
{
    if (!isOpen())
        return Error{tr("The catalog is not open")};
    if (!enforcesRights())
        return Rights(0x1f);
    auto r = d->run(u"SELECT slipway.my_rights(?)"_s,
                    {path},
                    tr("Reading the rights on %1").arg(path));
    if (!r)
        return r.error();
    QSqlQuery &q = **r;
    const int bits = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return rightsFromBits(bits);
}

Result<ModuleVersion> Catalog::latest(const QString &path) const
{
    if (!isOpen())
        return Error{tr("The catalog is not open")};
    return d->readVersion(path, std::nullopt, false);
}

Result<ModuleVersion> Catalog::version(const QString &path, int number) const
{
    if (!isOpen())
        return Error{tr("The catalog is not open")};
    return d->readVersion(path, number, true);
}

bool Catalog::contains(const QString &path) const
{
    if (!isOpen())
        return false;
    auto row = d->moduleRow(path);
    return row && *row && !(*row)->deleted;
}

Result<QList<VersionSummary>> Catalog::history(const QString &path) const
{
    if (!isOpen())
        return Error{tr("The catalog is not open")};
    auto r = d->run(u"SELECT v.version, v.author, v.saved_at, v.comment FROM versions v"
                    " JOIN modules m ON m.id = v.module_id WHERE m.path = ?"
                    " ORDER BY v.version"_s,
                    {path},
                    tr("Reading the history of %1").arg(path));
    if (!r)
        return r.error();
    QSqlQuery &q = **r;
    QList<VersionSummary> out;
    while (q.next())
        out.append({q.value(0).toInt(),
                    q.value(1).toString(),
                    timestampFromText(q.value(2).toString()),
                    q.value(3).toString()});
    q.finish();
    if (out.isEmpty())
        return Error{tr("There is no module %1 in the catalog").arg(path)};
    return out;
}

Result<QList<CatalogEntry>> Catalog::list(const QString &prefix, const ListOptions &options) const
{
    if (!isOpen())
        return Error{tr("The catalog is not open")};
    const bool all = prefix.isEmpty();
    const int depth = all ? 0 : int(prefix.count(u'/')) + 1;
    auto r = d->run(u"SELECT m.path, m.kind, m.latest_version, m.deleted, m.description,"
                    " m.modified_at FROM modules m"
                    " WHERE (? OR m.path = ? OR (m.path >= ? AND m.path < ?))"
                    " AND (? OR m.deleted = 0) ORDER BY m.path"_s,
                    {all,
                     prefix,
                     QString(prefix + u'/'),
                     QString(prefix + u'0'),
                     options.includeDeleted},
                    tr("Listing the catalog"));
    if (!r)
        return r.error();
    QSqlQuery &q = **r;
    QList<CatalogEntry> out;
    while (q.next()) {
        CatalogEntry e;
        e.path = q.value(0).toString();
        if (!options.recursive && e.path.count(u'/') > depth)
            continue;
        e.kind = ModuleJson::kindFromName(q.value(1).toString()).value_or(ModuleKind::Project);
        e.latestVersion = q.value(2).toInt();
        e.deleted = q.value(3).toBool();
        e.description = q.value(4).toString();
        e.modifiedAt = timestampFromText(q.value(5).toString());
        out.append(std::move(e));
    }
    q.finish();
    return out;
}

Result<QList<CatalogEntry>> Catalog::children(const QString &path) const
{
    auto r = list(path, ListOptions{false, false});
    if (!r)
        return r;
    QList<CatalogEntry> out = std::move(*r);
    out.removeIf([&](const CatalogEntry &e) { return e.path == path; });
    return out;
}

Result<ModuleDiff> Catalog::diff(const QString &path, int fromVersion, int toVersion) const
{
    auto a = version(path, fromVersion);
    if (!a)
        return a.error();
    auto b = version(path, toVersion);
    if (!b)
        return b.error();
    ModuleDiff out = diffModules(a->module, b->module);
    out.path = path;
    out.fromVersion = fromVersion;
    out.toVersion = toVersion;
    return out;
}

Result<SaveResult> Catalog::revert(const QString &path,
                                   int number,
                                   const QString &author,
                                   const QString &comment)
{
    auto old = version(path, number);
    if (!old)
        return old.error();
    return save(old->module,
                author,
                comment.isEmpty() ? tr("Revert to version %1").arg(number) : comment);
}

Result<QList<CatalogReference>> Catalog::referrers(const QString &path) const
{
    if (!isOpen())
        return Error{tr("The catalog is not open")};
    auto candidates = d->mayReferTo(path);
    if (!candidates)
        return candidates.error();
    QList<CatalogReference> out;
    for (const QString &candidate : std::as_const(*candidates)) {
        if (isUnder(candidate, path))
            continue; // inside the subtree: it goes with it
        auto current = d->readVersion(candidate, std::nullopt, false);
        if (!current)
            return current.error();
        const Module &m = current->module;
        if (m.kind == ModuleKind::Image && !m.image.parent.isEmpty()
            && isUnder(m.image.parent, path))
            out.append({candidate, u"parent"_s, m.image.parent});
        if (m.kind == ModuleKind::Deployment)
            for (const Node &n : m.deployment.nodes)
                if (isUnder(n.image, path))
                    out.append({candidate, n.name, n.image});
    }
    return out;
}

Result<int> Catalog::move(const QString &from, const QString &to, const QString &author)
{
    if (!isOpen())
        return Error{tr("The catalog is not open")};
    if (!isValidModulePath(to))
        return Error{tr("\"%1\" is not a valid module path").arg(to)};
    if (isUnder(to, from))
        return Error{tr("Cannot move %1 into itself (%2)").arg(from, to)};
    return d->atomically<int>([&]() -> Result<int> {
        auto rows = d->subtree(from);
        if (!rows)
            return rows.error();
        if (rows->isEmpty())
            return Error{tr("There is no module %1 in the catalog").arg(from)};
        QSet<qint64> moved;
        for (const auto &row : *rows)
            moved.insert(row.id);
        for (const auto &row : *rows) {
            const QString target = renamed(row.path, from, to);
            auto existing = d->moduleRow(target);
            if (!existing)
                return existing.error();
            if (*existing && !moved.contains((*existing)->id))
                return Error{
                    (*existing)->deleted
                        ? tr("Cannot move %1 to %2: a deleted module has that path "
                             "(restore and remove it, or choose another path)")
                              .arg(row.path, target)
                        : tr("Cannot move %1 to %2: that path is taken").arg(row.path, target)};
        }
        // Two passes, so that a target path that is also a source path never collides.
        for (const auto &row : *rows)
            if (auto r = d->exec(u"UPDATE modules SET path = ? WHERE id = ?"_s,
                                 {QString(u"\x01moving/"_s + QString::number(row.id)), row.id},
                                 tr("Moving %1").arg(row.path));
                !r)
                return r.error();
        for (const auto &row : *rows)
            if (auto r = d->exec(u"UPDATE modules SET path = ? WHERE id = ?"_s,
                                 {renamed(row.path, from, to), row.id},
                                 tr("Moving %1").arg(row.path));
                !r) {
                // The server names the row by its path in between: say the module's.
                Error e = r.error();
                e.message.replace(u"\x01moving/"_s + QString::number(row.id), row.path);
                return e;
            }

        // A new version of each live moved module records the move (and its own references).
        for (const auto &row : *rows) {
            if (row.deleted)
                continue;
            const QString target = renamed(row.path, from, to);
            auto current = d->readVersion(target, std::nullopt, false);
            if (!current)
                return current.error();
            Module m = current->module;
            rewriteReferences(m, from, to);
            // A move is no change of the build: the built images stay valid.
            auto saved = d->saveLocked(m,
                                       SaveMeta{author, tr("Moved from %1").arg(row.path), {}, true},
                                       current->module.image.builtImages);
            if (!saved)
                return saved.error();
        }

        // Other modules that point into the moved subtree follow it.
        auto referencing = d->mayReferTo(from);
        if (!referencing)
            return referencing.error();
        for (const QString &path : std::as_const(*referencing)) {
            if (isUnder(path, to))
                continue; // moved above
            auto current = d->readVersion(path, std::nullopt, false);
            if (!current)
                return current.error();
            Module m = current->module;
            if (!rewriteReferences(m, from, to))
                continue;
            auto saved = d->saveLocked(m,
                                       SaveMeta{author,
                                                tr("Follow the move of %1 to %2").arg(from, to),
                                                {},
                                                false},
                                       current->module.image.builtImages);
            if (!saved)
                return saved.error();
        }
        return int(rows->size());
    });
}

Result<int> Catalog::remove(const QString &path, const QString &author)
{
    if (!isOpen())
        return Error{tr("The catalog is not open")};
    return d->atomically<int>([&]() -> Result<int> {
        auto rows = d->subtree(path);
        if (!rows)
            return rows.error();
        int count = 0;
        for (const auto &row : *rows) {
            if (row.deleted)
                continue;
            if (auto r = d->exec(u"UPDATE modules SET deleted = 1, deleted_at = ?,"
                                 " deleted_by = ? WHERE id = ?"_s,
                                 {timestampText(QDateTime::currentDateTimeUtc()), author, row.id},
                                 tr("Deleting %1").arg(row.path));
                !r)
                return r.error();
            if (auto r = d->updateSearch(row.id, nullptr); !r)
                return r.error();
            ++count;
        }
        if (count == 0)
            return Error{tr("There is no module %1 to delete").arg(path)};
        return count;
    });
}

Result<int> Catalog::restore(const QString &path, const QString &author)
{
    Q_UNUSED(author) // the restored modules' history is unchanged; nothing to attribute
    if (!isOpen())
        return Error{tr("The catalog is not open")};
    return d->atomically<int>([&]() -> Result<int> {
        auto rows = d->subtree(path);
        if (!rows)
            return rows.error();
        int count = 0;
        for (const auto &row : *rows) {
            if (!row.deleted)
                continue;
            if (auto r = d->exec(u"UPDATE modules SET deleted = 0, deleted_at = NULL,"
                                 " deleted_by = NULL WHERE id = ?"_s,
                                 {row.id},
                                 tr("Restoring %1").arg(row.path));
                !r)
                return r.error();
            auto current = d->readVersion(row.path, std::nullopt, false);
            if (!current)
                return current.error();
            if (auto r = d->updateSearch(row.id, &current->module); !r)
                return r.error();
            ++count;
        }
        if (count == 0)
            return Error{tr("There is no deleted module %1 to restore").arg(path)};
        return count;
    });
}

Result<QList<SearchHit>> Catalog::search(const QString &text, int limit) const
{
    if (!isOpen())
        return Error{tr("The catalog is not open")};
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return QList<SearchHit>{};
    // Names and descriptions go through the trigram index for three characters or more;
    // recipe text, and anything shorter, is scanned.
    const bool indexed = needle.size() >= 3;
    QString escaped = needle;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    const QString pattern = u'%' + escaped + u'%';
    const QString select
        = u"SELECT m.path, m.kind, m.latest_version, v.name, v.description, v.recipe_text"
          " FROM modules m JOIN versions v"
          " ON v.module_id = m.id AND v.version = m.latest_version WHERE m.deleted = 0 AND "_s;
    QVariantList values;
    QString sql;
    if (d->dialect() == SqlDialect::Postgres) {
        sql = select
              + u"(v.name ILIKE ? ESCAPE '\\' OR v.description ILIKE ? ESCAPE '\\'"
                " OR v.recipe_text ILIKE ? ESCAPE '\\')"_s;
        values = {pattern, pattern, pattern};
    } else if (indexed) {
        QString phrase = needle;
        sql = select
              + u"(m.id IN (SELECT rowid FROM search WHERE search MATCH ?)"
                " OR v.recipe_text LIKE ? ESCAPE '\\')"_s;
        values = {QString(u"\""_s + phrase.replace(u'"', u"\"\""_s) + u'"'), pattern};
    } else {
        sql = select
              + u"(v.name LIKE ? ESCAPE '\\' OR v.description LIKE ? ESCAPE '\\'"
                " OR v.recipe_text LIKE ? ESCAPE '\\')"_s;
        values = {pattern, pattern, pattern};
    }
    auto r = d->run(sql, values, tr("Searching the catalog"));
    if (!r)
        return r.error();
    QSqlQuery &q = **r;
    QList<SearchHit> hits;
    while (q.next()) {
        SearchHit hit;
        hit.path = q.value(0).toString();
        hit.kind = ModuleJson::kindFromName(q.value(1).toString()).value_or(ModuleKind::Project);
        hit.version = q.value(2).toInt();
        const QString fields[] = {q.value(3).toString(),
                                  q.value(4).toString(),
                                  q.value(5).toString()};
        static const QString names[] = {u"name"_s, u"description"_s, u"recipes"_s};
        for (int i = 0; i < 3; ++i) {
            const qsizetype at = fields[i].indexOf(needle, 0, Qt::CaseInsensitive);
            if (at < 0)
                continue;
            hit.field = names[i];
            const qsizetype start = fields[i].lastIndexOf(u'\n', at) + 1;
            qsizetype end = fields[i].indexOf(u'\n', at);
            if (end < 0)
                end = fields[i].size();
            hit.snippet = fields[i].mid(start, end - start).trimmed().left(200);
            break;
        }
        if (hit.field.isEmpty())
            continue; // the trigram index matched a case variant that QString did not
        hits.append(std::move(hit));
    }
    q.finish();
    const auto rank = [](const SearchHit &h) {
        return h.field == u"name" ? 0 : h.field == u"description" ? 1 : 2;
    };
    std::sort(hits.begin(), hits.end(), [&](const SearchHit &a, const SearchHit &b) {
        return rank(a) != rank(b) ? rank(a) < rank(b) : a.path < b.path;
    });
    if (limit >= 0 && hits.size() > limit)
        hits.resize(limit);
    return hits;
}

Result<void> Catalog::recordBuiltImage(const QString &path,
                                       int number,
                                       const QString &cloud,
                                       const QString &imageId,
                                       const QDateTime &builtAt)
{
    if (!isOpen())
        return Error{tr("The catalog is not open")};
    if (cloud.isEmpty() || imageId.isEmpty())
        return Error{tr("A built image needs a cloud and an image id")};
    return d->atomically<void>([&]() -> Result<void> {
        auto row = d->moduleRow(path);
        if (!row)
            return row.error();
        if (!*row)
            return Error{tr("There is no module %1 in the catalog").arg(path)};
        if ((*row)->kind != ModuleKind::Image)
            return Error{tr("%1 is not an image").arg(path)};
        // The build is valid for this version and every later one that did not change it.
        auto r = d->run(u"SELECT id, version, build_hash FROM versions"
                        " WHERE module_id = ? AND version >= ? ORDER BY version"_s,
                        {(*row)->id, number},
                        tr("Recording a built image of %1").arg(path));
        if (!r)
            return r.error();
        QSqlQuery &q = **r;
        QList<qint64> versionIds;
        QString hash;
        while (q.next()) {
            if (versionIds.isEmpty()) {
                if (q.value(1).toInt() != number)
                    break;
                hash = q.value(2).toString();
            } else if (q.value(2).toString() != hash) {
                break;
            }
            versionIds.append(q.value(0).toLongLong());
        }
        q.finish();
        if (versionIds.isEmpty())
            return Error{tr("%1 has no version %2").arg(path).arg(number)};
        for (qint64 id : std::as_const(versionIds))
            if (auto w = d->exec(u"INSERT INTO built_images"
                                 " (version_id, cloud, image_id, from_version, built_at)"
                                 " VALUES (?, ?, ?, ?, ?)"_s
                                     + kUpsertBuilt,
                                 {id, cloud, imageId, number, timestampText(builtAt)},
                                 tr("Recording a built image of %1").arg(path));
                !w)
                return w;
        return {};
    });
}

Result<QList<BuiltImage>> Catalog::builtImages(const QString &path, int number) const
{
    auto v = version(path, number);
    if (!v)
        return v.error();
    return v->module.image.builtImages;
}

Result<void> Catalog::transaction(const std::function<Result<void>()> &work)
{
    if (!isOpen())
        return Error{tr("The catalog is not open")};
    if (d->inTransaction)
        return Error{tr("Catalog transactions do not nest")};
    if (auto b = d->begin(); !b)
        return b;
    d->inTransaction = true;
    Result<void> r = work();
    d->inTransaction = false;
    if (!r) {
        d->rollback();
        return r;
    }
    if (auto c = d->commit(); !c) {
        d->rollback();
        return c;
    }
    return {};
}

Result<QList<int>> Catalog::importVersions(const QList<ModuleVersion> &versions)
{
    if (!isOpen())
        return Error{tr("The catalog is not open")};
    return d->atomically<QList<int>>([&]() -> Result<QList<int>> {
        QList<int> numbers(versions.size(), 0);
        QList<bool> done(versions.size(), false);
        if (d->dialect() == SqlDialect::Postgres) {
            // New modules in a few statements. When the server refuses one of their rows, the
            // batch is taken back and every version goes the one-by-one way below, whose
            // error names the module.
            if (auto b = d->control(u"SAVEPOINT bulk"_s, tr("Importing")); !b)
                return b.error();
            d->versionIds.clear();
            auto bulk = d->importNewTeamModules(versions, done, numbers);
            d->versionIds.clear();
            if (!bulk) {
                if (d->lost)
                    return bulk.error();
                qCDebug(lcCatalog) << "import one by one:" << bulk.errorMessage();
                if (auto r = d->control(u"ROLLBACK TO SAVEPOINT bulk"_s, tr("Importing")); !r)
                    return r.error();
                done.fill(false);
                numbers.fill(0);
            }
            if (auto r = d->control(u"RELEASE SAVEPOINT bulk"_s, tr("Importing")); !r)
                return r.error();
        }
        QHash<QString, QHash<int, int>> renumbered; // path → old version → new version
        for (qsizetype index = 0; index < versions.size(); ++index) {
            if (done.at(index))
                continue;
            const ModuleVersion &v = versions.at(index);
            // Built images of this very version get their number after the insert.
            QList<BuiltImage> builds = v.module.image.builtImages;
            auto saved = d->saveLocked(v.module, SaveMeta{v.author, v.comment, v.savedAt, true}, {});
            if (!saved)
                return Error{tr("%1 (version %2): %3")
                                 .arg(v.module.path)
                                 .arg(v.version)
                                 .arg(saved.error().message)};
            QHash<int, int> &map = renumbered[v.module.path];
            if (v.version > 0)
                map.insert(v.version, saved->version);
            // Replace whatever the save carried over by the builds the version brings (a first
            // version carried nothing over).
            if (saved->version > 1) {
                if (auto r = d->exec(u"DELETE FROM built_images WHERE version_id = (SELECT v.id"
                                     " FROM versions v JOIN modules m ON m.id = v.module_id"
                                     " WHERE m.path = ? AND v.version = ?)"_s,
                                     {v.module.path, saved->version},
                                     tr("Importing %1").arg(v.module.path));
                    !r)
                    return r.error();
            }
            for (BuiltImage b : builds) {
                b.fromVersion = map.value(b.fromVersion, b.fromVersion);
                if (auto r = d->exec(u"INSERT INTO built_images"
                                     " (version_id, cloud, image_id, from_version, built_at)"
                                     " SELECT v.id, CAST(? AS TEXT), CAST(? AS TEXT),"
                                     " CAST(? AS INTEGER), CAST(? AS TEXT) FROM versions v"
                                     " JOIN modules m ON m.id = v.module_id"
                                     " WHERE m.path = ? AND v.version = ?"_s
                                         + kUpsertBuilt,
                                     {b.cloud,
                                      b.imageId,
                                      b.fromVersion,
                                      timestampText(b.builtAt.isValid()
                                                        ? b.builtAt
                                                        : QDateTime::currentDateTimeUtc()),
                                      v.module.path,
                                      saved->version},
                                     tr("Importing %1").arg(v.module.path));
                    !r)
                    return r.error();
            }
            numbers[index] = saved->version;
        }
        return numbers;
    });
}

ModuleLookup Catalog::lookup() const
{
    return [this](const QString &path, std::optional<int> number) -> std::optional<Module> {
        auto v = number ? version(path, *number) : latest(path);
        if (!v)
            return std::nullopt;
        return v->module;
    };
}

} // namespace Slipway
