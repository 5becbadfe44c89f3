// bench_catalog: the catalog's benchmark figures, each printed beside its target and an
// anchor measured in the same run on the same disk.
//
//   bench_catalog [--quick] [--modules N] [--versions-per-module V] [--saves S] [--dir DIR]
//
// Builds a catalog of N modules (10,000) with V versions each (10: 100,000 versions) through
// Catalog::save inside one transaction, then measures:
// - open and list the whole tree: a fresh Catalog on the file, open() + list()
//   (target <= 300 ms); anchor: a bare Qt Sql connection reading path and kind of every row;
// - save p50: S (200) saves, each its own committed transaction (target <= 5 ms); anchor: a
//   bare INSERT + COMMIT on a WAL file with synchronous=FULL, the catalog's own settings.
// --quick makes it small (a smoke test for CTest); its figures mean nothing.

#include "core/catalog/catalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Catalog benchmark: open+list and save figures"_s);
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
    parser.addOptions({quick, modulesOption, versionsOption, savesOption, dirOption});
    parser.process(app);

    int modules = parser.value(modulesOption).toInt();
    int versionsPerModule = parser.value(versionsOption).toInt();
    int saves = parser.value(savesOption).toInt();
    if (parser.isSet(quick)) {
        modules = 300;
        versionsPerModule = 3;
        saves = 20;
    }
    if (modules < 10 || versionsPerModule < 1 || saves < 1) {
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

    // --- setup: N modules x V versions, one transaction -----------------------------------
    QElapsedTimer setup;
    setup.start();
    {
        Catalog catalog(file);
        if (auto r = catalog.open(); !r)
            qFatal("%s", qPrintable(r.errorMessage()));
        const auto built = catalog.transaction([&]() -> Result<void> {
            Module base;
            base.path = u"bench/base"_s;
            base.kind = ModuleKind::Image;
            base.image.native = true;
            base.image.imageIds = {{u"local"_s, u"debian:13"_s, {}}};
            if (auto r = catalog.save(base, u"bench"_s, {}); !r)
                return r.error();
            for (int revision = 1; revision <= versionsPerModule; ++revision)
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
    const double setupMs = msSince(setup);
    const qint64 totalVersions = qint64(modules) * versionsPerModule + 1;
    std::printf("setup: %d modules, %lld versions in one transaction: %.0f ms (%.3f ms per "
                "save)\n",
                modules + 1,
                totalVersions,
                setupMs,
                setupMs / double(totalVersions));

    // --- open and list ---------------------------------------------------------------------
    std::vector<double> listTimes, anchorListTimes;
    qsizetype listed = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        Catalog catalog(file);
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
            QSqlDatabase db = bareConnection(u"anchor-list"_s, file);
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
    std::printf("open + list %lld modules: median %.1f ms, worst %.1f ms  (target <= 300 ms; "
                "anchor, bare Qt Sql open + SELECT path, kind: %.1f ms)\n",
                qlonglong(listed),
                percentile(listTimes, 0.5),
                percentile(listTimes, 1.0),
                percentile(anchorListTimes, 0.5));

    // --- search (no target; printed for the record) -------------------------------------
    {
        Catalog catalog(file);
        if (auto r = catalog.open(); !r)
            qFatal("%s", qPrintable(r.errorMessage()));
        std::vector<double> searchTimes, anchorSearchTimes;
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
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer t;
            t.start();
            {
                QSqlDatabase db = bareConnection(u"anchor-search"_s, file);
                QSqlQuery q(db);
                q.prepare(
                    u"SELECT count(*) FROM modules m CROSS JOIN versions v ON v.module_id = m.id"
                    " AND v.version = m.latest_version WHERE v.recipe_text LIKE ?"_s);
                q.addBindValue(QString(u'%' + needle + u'%'));
                q.exec();
                q.next();
            }
            QSqlDatabase::removeDatabase(u"anchor-search"_s);
            anchorSearchTimes.push_back(msSince(t));
        }
        std::printf("search recipe text of %d modules: median %.1f ms, %lld hit(s)  (no target; "
                    "anchor, bare open + LIKE over the latest versions: %.1f ms)\n",
                    modules + 1,
                    percentile(searchTimes, 0.5),
                    qlonglong(hits),
                    percentile(anchorSearchTimes, 0.5));
    }

    // --- save ------------------------------------------------------------------------------
    std::vector<double> saveTimes;
    {
        Catalog catalog(file);
        if (auto r = catalog.open(); !r)
            qFatal("%s", qPrintable(r.errorMessage()));
        for (int s = 0; s < saves; ++s) {
            const Module m = benchModule((s * 7919) % modules, versionsPerModule + 1 + s);
            QElapsedTimer t;
            t.start();
            const auto saved = catalog.save(m, u"bench"_s, u"timed save"_s);
            saveTimes.push_back(msSince(t));
            if (!saved || !saved->created)
                qFatal("save failed: %s", qPrintable(saved.errorMessage()));
        }
    }
    std::vector<double> anchorSaveTimes;
    {
        const QString anchorFile = tmp.filePath(u"anchor.sqlite"_s);
        {
            QSqlDatabase db = bareConnection(u"anchor-save"_s, anchorFile);
            QSqlQuery q(db);
            q.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, content TEXT NOT NULL)"_s);
            QSqlQuery insert(db);
            insert.prepare(u"INSERT INTO t (content) VALUES (?)"_s);
            const QString content = QString(1500, u'x'); // about one module's JSON
            for (int s = 0; s < saves; ++s) {
                QElapsedTimer t;
                t.start();
                q.exec(u"BEGIN IMMEDIATE"_s);
                insert.addBindValue(content);
                if (!insert.exec())
                    qFatal("%s", qPrintable(insert.lastError().text()));
                q.exec(u"COMMIT"_s);
                anchorSaveTimes.push_back(msSince(t));
            }
        }
        QSqlDatabase::removeDatabase(u"anchor-save"_s);
    }
    std::printf("save (%d, each committed, synchronous=FULL): p50 %.2f ms, p90 %.2f ms, p99 "
                "%.2f ms  (target p50 <= 5 ms; anchor, bare INSERT + COMMIT: p50 %.2f ms, p90 "
                "%.2f ms)\n",
                saves,
                percentile(saveTimes, 0.5),
                percentile(saveTimes, 0.9),
                percentile(saveTimes, 0.99),
                percentile(anchorSaveTimes, 0.5),
                percentile(anchorSaveTimes, 0.9));
    return 0;
}
