// bench_catalog: the catalog's benchmark figures on both backends in the same run (the local
// SQLite file, then the team catalog on a PostgreSQL server that the benchmark starts on a Unix
// socket, with the rights grid in force), each printed beside its target and an anchor
// measured in the same run on the same disk.
//
//   bench_catalog [--quick] [--modules N] [--versions-per-module V] [--saves S] [--dir DIR]
//
// Builds a catalog of N modules (10,000) with V versions each (10: 100,000 versions) through
// Catalog::save inside one transaction, then measures:
// - open and list the whole tree: a fresh Catalog on the file, open() + list()
//   (target <= 300 ms); anchor: a bare Qt Sql connection reading path and kind of every row;
// - save p50: S (200) saves, each its own committed transaction (target <= 5 ms); anchor: a
//   bare INSERT + COMMIT on a WAL file with synchronous=FULL, the catalog's own settings.
// - import of a 1,000-module bundle: read the YAML file, plan, apply (target <= 3 s).
// On PostgreSQL the modules are set up through Catalog::save for the first revision, the
// later revisions copied by the administrator in SQL (the same rows, much faster), and half of
// the modules then belong to another role and are seen through the group (the costliest path
// of the row-level policy). --no-postgres skips the server.
// --quick makes it small (a smoke test for CTest); its figures mean nothing.

#include "core/bundle/bundlereader.h"
#include "core/bundle/bundlewriter.h"
#include "core/bundle/importplan.h"
#include "core/catalog/catalog.h"
#include "core/storage/postgresbackend.h"
#include "core/storage/sqlitebackend.h"
#include "tests/support/postgresserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Slipway;
using namespace Qt::StringLiterals;

namespace {

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto at = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[at];
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

Module benchModule(int i, int revision)
{
    Module m;
    const int project = i / 100;
    m.path = u"bench/p%1/m%2"_s.arg(project, 3, 10, QChar(u'0')).arg(i, 5, 10, QChar(u'0'));
    m.description = u"Module %1, revision %2"_s.arg(i).arg(revision);
    if (i % 10 == 9) {
        m.kind = ModuleKind::Deployment;
        for (int n = 0; n < 3; ++n) {
            Node node;
            node.name = u"node%1"_s.arg(n);
            node.image = u"bench/p%1/m%2"_s.arg(project, 3, 10, QChar(u'0'))
                             .arg(i - 1 - n, 5, 10, QChar(u'0'));
            node.position = QPointF(100 * n, 50);
            if (n > 0)
                node.mappings = {{u"master"_s, u"node0:hostname"_s, false}};
            m.deployment.nodes.append(node);
        }
    } else {
        m.kind = ModuleKind::Image;
        m.image.parent = u"bench/base"_s;
        m.image.packages = {{u"nginx"_s, {}, {}}, {u"curl"_s, {}, {}}};
        QString recipe = u"#!/bin/sh\nset -e\n"_s;
        for (int line = 0; line < 20; ++line)
            recipe += u"echo 'step %1 of module %2' >> /var/log/setup.log\n"_s.arg(line).arg(i);
        m.image.recipes.recipe = recipe;
        m.image.recipes.execute = u"#!/bin/sh\nss-set url http://$(hostname)/%1\n"_s.arg(revision);
        Parameter p;
        p.name = u"master"_s;
        m.image.parameters = {p};
    }
    return m;
}

// An Qt Sql connection without Slipway's layers, with the catalog's settings.
QSqlDatabase bareConnection(const QString &name, const QString &file)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(file);
    if (!db.open())
        qFatal("cannot open %s", qPrintable(file));
    QSqlQuery q(db);
    q.exec(u"PRAGMA journal_mode = WAL"_s);
    q.exec(u"PRAGMA synchronous = FULL"_s);
    return db;
}

struct Sizes
{
    int modules = 10000;
    int versionsPerModule = 10;
    int saves = 200;
    int imported = 1000;
};

// One backend: how to make its Catalog's backend, a bare Qt Sql connection for the anchors,
// and (PostgreSQL) a faster setup of the later revisions.
struct Backend
{
    const char *name;
    std::function<std::shared_ptr<const StorageBackend>()> make;
    std::function<QSqlDatabase(const QString &connectionName)> bare;
    std::function<bool(int versionsPerModule)> copyRevisions; // empty: save them all
    QString beginStatement;
    // A durable table of the anchor's (same disk, same durability as the catalog's).
    std::function<QSqlDatabase(const QString &connectionName)> anchorSave;
    QString anchorTable;
};

bool measure(const Backend &backend, const Sizes &size, const QString &tmpDir)
{
    const int modules = size.modules;
    const int versionsPerModule = size.versionsPerModule;
    const int saves = size.saves;
    std::printf("\n== %s ==\n", backend.name);

    // --- setup: N modules x V versions, one transaction -----------------------------------
    QElapsedTimer setup;
    setup.start();
    {
        Catalog catalog(backend.make());
        if (auto r = catalog.open(); !r)
            qFatal("%s", qPrintable(r.errorMessage()));
        const int savedRevisions = backend.copyRevisions ? 1 : versionsPerModule;
        const auto built = catalog.transaction([&]() -> Result<void> {
            Module base;
            base.path = u"bench/base"_s;
            base.kind = ModuleKind::Image;
            base.image.native = true;
            base.image.imageIds = {{u"local"_s, u"debian:13"_s, {}}};
            if (auto r = catalog.save(base, u"bench"_s, {}); !r)
                return r.error();
            for (int revision = 1; revision <= savedRevisions; ++revision)
                for (int i = 0; i < modules; ++i)
                    if (auto r = catalog.save(benchModule(i, revision),
                                              u"bench"_s,
                                              u"revision %1"_s.arg(revision));
                        !r)
                        return r.error();
            return {};
        });
        if (!built)
            qFatal("%s", qPrintable(built.errorMessage()));
    }
    if (backend.copyRevisions && !backend.copyRevisions(versionsPerModule))
        return false;
    const double setupMs = msSince(setup);
    const qint64 totalVersions = qint64(modules) * versionsPerModule + 1;
    std::printf("setup: %d modules, %lld versions: %.0f ms\n", modules + 1, totalVersions, setupMs);

    // --- open and list ---------------------------------------------------------------------
    std::vector<double> listTimes, anchorListTimes;
    qsizetype listed = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        Catalog catalog(backend.make());
        if (auto r = catalog.open(); !r)
            qFatal("%s", qPrintable(r.errorMessage()));
        const auto entries = catalog.list();
        if (!entries)
            qFatal("%s", qPrintable(entries.errorMessage()));
        listTimes.push_back(msSince(t));
        listed = entries->size();
    }
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        {
            QSqlDatabase db = backend.bare(u"anchor-list"_s);
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.exec(u"SELECT path, kind FROM modules ORDER BY path"_s);
            QStringList paths;
            while (q.next())
                paths.append(q.value(0).toString());
            if (paths.size() != listed)
                qFatal("anchor listed %lld, catalog %lld",
                       qlonglong(paths.size()),
                       qlonglong(listed));
        }
        QSqlDatabase::removeDatabase(u"anchor-list"_s);
        anchorListTimes.push_back(msSince(t));
    }
    std::printf("open + list %lld modules: median %.1f ms, worst %.1f ms  (target <= 1000 ms; "
                "anchor, bare Qt Sql open + SELECT path, kind: %.1f ms)\n",
                qlonglong(listed),
                percentile(listTimes, 0.5),
                percentile(listTimes, 1.0),
                percentile(anchorListTimes, 0.5));

    // --- search (no target; printed for the record) -------------------------------------
    {
        Catalog catalog(backend.make());
        if (auto r = catalog.open(); !r)
            qFatal("%s", qPrintable(r.errorMessage()));
        std::vector<double> searchTimes;
        const QString needle = u"step 7 of module %1'"_s.arg(modules / 2 + 1);
        qsizetype hits = 0;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer t;
            t.start();
            const auto found = catalog.search(needle);
            searchTimes.push_back(msSince(t));
            if (!found)
                qFatal("%s", qPrintable(found.errorMessage()));
            hits = found->size();
        }
        std::printf("search recipe text of %d modules: median %.1f ms, %lld hit(s)  (no "
                    "target)\n",
                    modules + 1,
                    percentile(searchTimes, 0.5),
                    qlonglong(hits));
    }

    // --- save ------------------------------------------------------------------------------
    std::vector<double> saveTimes;
    {
        Catalog catalog(backend.make());
        if (auto r = catalog.open(); !r)
            qFatal("%s", qPrintable(r.errorMessage()));
        for (int s = 0; s < saves; ++s) {
            // Modules of the bench role itself and modules seen through the group, in turn.
            const Module m = benchModule((s * 7919) % modules, versionsPerModule + 1 + s);
            const auto base = catalog.latest(m.path);
            if (!base)
                qFatal("%s", qPrintable(base.errorMessage()));
            Module edited = m;
            edited.authz = base->module.authz;
            QElapsedTimer t;
            t.start();
            const auto saved = catalog.save(edited, u"bench"_s, u"timed save"_s, {base->version});
            saveTimes.push_back(msSince(t));
            if (!saved || !saved->created)
                qFatal("save failed: %s", qPrintable(saved.errorMessage()));
        }
    }
    std::vector<double> anchorSaveTimes;
    {
        {
            QSqlDatabase db = backend.anchorSave(u"anchor-save"_s);
            QSqlQuery q(db);
            QSqlQuery insert(db);
            insert.prepare(u"INSERT INTO "_s + backend.anchorTable
                           + u" (id, content) VALUES (?, ?)"_s);
            const QString content = QString(1500, u'x'); // about one module's JSON
            for (int s = 0; s < saves; ++s) {
                QElapsedTimer t;
                t.start();
                q.exec(backend.beginStatement);
                insert.addBindValue(s);
                insert.addBindValue(content);
                if (!insert.exec())
                    qFatal("%s", qPrintable(insert.lastError().text()));
                q.exec(u"COMMIT"_s);
                anchorSaveTimes.push_back(msSince(t));
            }
        }
        QSqlDatabase::removeDatabase(u"anchor-save"_s);
    }
    std::printf("save on a named base (%d, each committed): p50 %.2f ms, p90 %.2f ms, p99 "
                "%.2f ms  (target <= 20 ms; anchor, bare INSERT + COMMIT: p50 %.2f ms, p90 "
                "%.2f ms)\n",
                saves,
                percentile(saveTimes, 0.5),
                percentile(saveTimes, 0.9),
                percentile(saveTimes, 0.99),
                percentile(anchorSaveTimes, 0.5),
                percentile(anchorSaveTimes, 0.9));

    // --- import of a bundle: read + plan + apply ------------------------------------------
    {
        Bundle bundle;
        for (int i = 0; i < size.imported; ++i) {
            Module m = benchModule(i, 1);
            m.path = u"imported/p%1/m%2"_s.arg(i / 100).arg(i);
            for (Node &n : m.deployment.nodes)
                n.image = u"bench/base"_s;
            bundle.entries.append(
                {{ModuleVersion{m, 1, u"bench"_s, QDateTime::currentDateTimeUtc(), u"v1"_s}},
                 {},
                 {}});
        }
        const QString bundleFile = tmpDir
                                   + u"/bundle-%1.yaml"_s.arg(QLatin1StringView(backend.name));
        QString error;
        if (!BundleWriter::writeFile(bundle, bundleFile, &error))
            qFatal("%s", qPrintable(error));
        Catalog catalog(backend.make());
        if (auto r = catalog.open(); !r)
            qFatal("%s", qPrintable(r.errorMessage()));
        QElapsedTimer t;
        t.start();
        const BundleReadResult read = BundleReader::readFile(bundleFile);
        if (!read.ok())
            qFatal("the bundle cannot be read");
        const double readMs = msSince(t);
        const ImportPlan plan = ImportPlan::make(read.bundle, catalog);
        const double planMs = msSince(t) - readMs;
        if (!plan.canApply())
            qFatal("%s", qPrintable(plan.previewText()));
        const auto done = plan.apply(catalog);
        const double importMs = msSince(t);
        if (!done || done->modules != size.imported)
            qFatal("import failed: %s", qPrintable(done.errorMessage()));
        std::printf("import of a %d-module bundle (read + plan + apply): %.0f ms  (target <= "
                    "3000 ms; read %.0f ms, plan %.0f ms, apply %.0f ms)\n",
                    size.imported,
                    importMs,
                    readMs,
                    planMs,
                    importMs - readMs - planMs);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Catalog benchmark on SQLite and PostgreSQL"_s);
    parser.addHelpOption();
    QCommandLineOption quick(u"quick"_s, u"Small sizes: a smoke test, figures mean nothing"_s);
    QCommandLineOption modulesOption(u"modules"_s, u"Number of modules"_s, u"N"_s, u"10000"_s);
    QCommandLineOption versionsOption(u"versions-per-module"_s,
                                      u"Versions per module"_s,
                                      u"V"_s,
                                      u"10"_s);
    QCommandLineOption savesOption(u"saves"_s, u"Timed saves"_s, u"S"_s, u"200"_s);
    QCommandLineOption dirOption(u"dir"_s,
                                 u"Folder for the files (default: a temporary one)"_s,
                                 u"DIR"_s);
    QCommandLineOption noPostgres(u"no-postgres"_s, u"Only the SQLite catalog"_s);
    QCommandLineOption importedOption(u"imported"_s, u"Modules in the bundle"_s, u"N"_s);
    parser.addOptions(
        {quick, modulesOption, versionsOption, savesOption, dirOption, noPostgres, importedOption});
    parser.process(app);

    Sizes size;
    size.modules = parser.value(modulesOption).toInt();
    size.versionsPerModule = parser.value(versionsOption).toInt();
    size.saves = parser.value(savesOption).toInt();
    if (parser.isSet(quick))
        size = Sizes{300, 3, 20, 100};
    if (parser.isSet(importedOption))
        size.imported = parser.value(importedOption).toInt();
    if (size.modules < 10 || size.versionsPerModule < 1 || size.saves < 1) {
        std::fprintf(stderr, "bench_catalog: sizes too small\n");
        return 2;
    }
    QTemporaryDir tmp(parser.isSet(dirOption) ? parser.value(dirOption) + u"/bench-XXXXXX"_s
                                              : QString());
    if (!tmp.isValid()) {
        std::fprintf(stderr, "bench_catalog: cannot make a temporary folder\n");
        return 1;
    }
    const QString file = tmp.filePath(u"catalog.sqlite"_s);
    const Backend sqlite{"SQLite (local file, WAL, synchronous=FULL)",
                         [file] { return std::make_shared<SqliteBackend>(file); },
                         [file](const QString &name) { return bareConnection(name, file); },
                         {},
                         u"BEGIN IMMEDIATE"_s,
                         [anchor = tmp.filePath(u"anchor.sqlite"_s)](const QString &name) {
                             QSqlDatabase db = bareConnection(name, anchor);
                             QSqlQuery(db).exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY,"
                                                " content TEXT NOT NULL)"_s);
                             return db;
                         },
                         u"t"_s};
    if (!measure(sqlite, size, tmp.path()))
        return 1;
    if (parser.isSet(noPostgres))
        return 0;

    // The team catalog: a server of the benchmark's own on a Unix socket; the benchmark
    // saves as the member role "bench", in the group role "bench_team".
    Testing::PostgresServer server;
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "bench_catalog: no PostgreSQL server: %s\n", qPrintable(error));
        return 1;
    }
    if (!server.makeTeamCatalog(u"team"_s,
                                {u"CREATE ROLE bench_team NOLOGIN"_s,
                                 u"CREATE ROLE bench_other NOLOGIN"_s,
                                 u"CREATE ROLE bench LOGIN PASSWORD 'bench' IN ROLE bench_team"_s,
                                 u"CREATE TABLE public.bench_anchor (id integer PRIMARY KEY,"
                                 " content text NOT NULL)"_s,
                                 u"GRANT INSERT ON public.bench_anchor TO bench"_s},
                                {u"bench"_s},
                                &error))
        qFatal("%s", qPrintable(error));
    const PostgresConnection member = server.socketConnection(u"bench"_s, u"team"_s, u"bench"_s);
    const auto bare = [member](const QString &name) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(member.host);
        db.setPort(member.port);
        db.setUserName(member.user);
        db.setPassword(member.password);
        db.setDatabaseName(member.database);
        if (!db.open())
            qFatal("%s", qPrintable(db.lastError().text()));
        QSqlQuery(db).exec(u"SET search_path = slipway, pg_temp"_s);
        return db;
    };
    const Backend postgres{
        "PostgreSQL 17 (team catalog, Unix socket, rights enforced by the server)",
        [member] { return std::make_shared<PostgresBackend>(member); },
        bare,
        [&server](int versionsPerModule) {
            QString failed;
            // Later revisions as copies of the first, without the triggers (the
            // administrator's bulk load); half of the modules to another role, seen by the
            // bench role through the group.
            const bool ok = server.admin(
                u"team"_s,
                {u"SET session_replication_role = replica"_s,
                 u"INSERT INTO slipway.versions (module_id, version, author, saved_at, comment,"
                 " content, name, description, recipe_text, build_hash)"
                 " SELECT v.module_id, g, v.author, v.saved_at, 'revision ' || g, v.content,"
                 " v.name, v.description, v.recipe_text, v.build_hash"
                 " FROM slipway.versions v JOIN slipway.modules m ON m.id = v.module_id,"
                 " generate_series(2, %1) g WHERE m.path <> 'bench/base'"_s.arg(versionsPerModule),
                 u"UPDATE slipway.modules SET latest_version = %1 WHERE path <> 'bench/base'"_s.arg(
                     versionsPerModule),
                 u"UPDATE slipway.modules SET owner = 'bench_other',"
                 " group_members = '{bench_team}', group_rights = 3 WHERE id % 2 = 0"_s,
                 u"ANALYZE"_s},
                &failed);
            if (!ok)
                std::fprintf(stderr, "bench_catalog: %s\n", qPrintable(failed));
            return ok;
        },
        u"BEGIN"_s,
        bare,
        u"public.bench_anchor"_s};
    return measure(postgres, size, tmp.path()) ? 0 : 1;
}
