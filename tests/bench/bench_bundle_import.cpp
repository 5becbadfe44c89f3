// bench_bundle_import: importing a 1,000-module bundle (target <= 2 s), into a
// catalog that already holds 10,000 modules, printed beside anchors measured in the same run:
// parsing the YAML alone, and a bare bulk INSERT of the same JSON texts in one transaction.
//
//   bench_bundle_import [--quick] [--modules N] [--base B] [--runs R] [--dir DIR]
//
// The import is the whole user-visible job: read the YAML file, make the plan (compare with
// the catalog, check references, validate), apply it in one transaction. --quick makes it
// small (a smoke test for CTest); its figures mean nothing.

#include "core/bundle/bundlereader.h"
#include "core/bundle/bundlewriter.h"
#include "core/bundle/importplan.h"
#include "core/catalog/catalog.h"
#include "core/model/modulejson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
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

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// A bundle module like the examples: images with packages, parameters and recipes of some
// length, and every tenth a deployment of the three images before it.
Module bundleModule(int i)
{
    Module m;
    const int project = i / 50;
    auto pathOf = [project](int n) {
        return u"imported/p%1/m%2"_s.arg(project, 2, 10, QChar(u'0')).arg(n, 4, 10, QChar(u'0'));
    };
    m.path = pathOf(i);
    m.description = u"Imported module %1"_s.arg(i);
    if (i % 10 == 9) {
        m.kind = ModuleKind::Deployment;
        for (int n = 0; n < 3; ++n) {
            Node node;
            node.name = u"node%1"_s.arg(n);
            node.image = pathOf(i - 1 - n);
            node.multiplicity = n + 1;
            node.position = QPointF(200 * n, 40);
            if (n > 0)
                node.mappings = {{u"peer"_s, u"node0:address"_s, false}};
            m.deployment.nodes.append(node);
        }
        return m;
    }
    m.kind = ModuleKind::Image;
    if (i % 10 == 0) {
        m.image.native = true;
        m.image.imageIds = {{u"local"_s, u"localhost/slipway-debian:13"_s, {}}};
    } else {
        m.image.parent = pathOf(i - i % 10);
    }
    m.image.packages = {{u"curl"_s, {}, {}}, {u"apache2"_s, {}, {}}};
    QString script = u"#!/bin/sh\nset -eu\n"_s;
    for (int line = 0; line < 30; ++line)
        script += u"echo 'step %1 of module %2' >> /var/log/setup.log\n"_s.arg(line).arg(i);
    m.image.recipes.recipe = script;
    m.image.recipes.execute = u"#!/bin/sh\nss-set address \"$(ss-get hostname)\"\n"_s;
    m.image.parameters = {{u"peer"_s,
                           u"a peer's address"_s,
                           {},
                           ParameterType::String,
                           ParameterCategory::Input,
                           {},
                           false},
                          {u"address"_s,
                           u"this node's address"_s,
                           {},
                           ParameterType::String,
                           ParameterCategory::Output,
                           {},
                           false}};
    return m;
}

Module baseModule(int i)
{
    Module m;
    m.path = u"base/p%1/m%2"_s.arg(i / 100, 3, 10, QChar(u'0')).arg(i, 5, 10, QChar(u'0'));
    m.kind = ModuleKind::Image;
    m.image.native = true;
    m.description = u"Existing module %1"_s.arg(i);
    return m;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption quick(u"quick"_s, u"Small sizes: a smoke test."_s);
    const QCommandLineOption modulesOption(u"modules"_s,
                                           u"Modules in the bundle."_s,
                                           u"N"_s,
                                           u"1000"_s);
    const QCommandLineOption baseOption(u"base"_s,
                                        u"Modules already in the catalog."_s,
                                        u"B"_s,
                                        u"10000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Imports measured."_s, u"R"_s, u"3"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Folder for the files."_s, u"DIR"_s);
    parser.addOptions({quick, modulesOption, baseOption, runsOption, dirOption});
    parser.process(app);
    const bool isQuick = parser.isSet(quick);
    const int modules = isQuick ? 50 : parser.value(modulesOption).toInt();
    const int base = isQuick ? 200 : parser.value(baseOption).toInt();
    const int runs = isQuick ? 1 : std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir tmp(parser.isSet(dirOption) ? parser.value(dirOption) + u"/bench-XXXXXX"_s
                                              : QString());
    if (!tmp.isValid()) {
        std::fprintf(stderr, "bench_bundle_import: cannot make a temporary folder\n");
        return 1;
    }

    // The bundle file.
    Bundle bundle;
    for (int i = 0; i < modules; ++i)
        bundle.entries.append(
            {{ModuleVersion{bundleModule(i), 1, u"bench"_s, QDateTime::currentDateTimeUtc(), u"v1"_s}},
             {},
             {}});
    const QString bundleFile = tmp.filePath(u"bundle.yaml"_s);
    QString error;
    if (!BundleWriter::writeFile(bundle, bundleFile, &error)) {
        std::fprintf(stderr, "bench_bundle_import: %s\n", qPrintable(error));
        return 1;
    }

    // The catalog it goes into, copied afresh for each run.
    const QString baseFile = tmp.filePath(u"base.db"_s);
    {
        Catalog catalog(baseFile);
        if (!catalog.open()) {
            std::fprintf(stderr, "bench_bundle_import: cannot open %s\n", qPrintable(baseFile));
            return 1;
        }
        QList<ModuleVersion> versions;
        for (int i = 0; i < base; ++i)
            versions.append({baseModule(i), 1, u"bench"_s, {}, {}});
        if (auto done = catalog.importVersions(versions); !done) {
            std::fprintf(stderr, "bench_bundle_import: %s\n", qPrintable(done.errorMessage()));
            return 1;
        }
    }

    std::vector<double> totals, parses, plans, applies, anchorParses, anchorInserts;
    for (int run = 0; run < runs; ++run) {
        const QString file = tmp.filePath(u"run%1.db"_s.arg(run));
        QFile::remove(file);
        QFile::copy(baseFile, file);

        QElapsedTimer total;
        total.start();
        QElapsedTimer step;
        step.start();
        const BundleReadResult read = BundleReader::readFile(bundleFile);
        parses.push_back(msSince(step));
        if (!read.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(formatErrors(read.errors)));
            return 1;
        }
        Catalog catalog(file);
        if (!catalog.open())
            return 1;
        step.restart();
        const ImportPlan plan = ImportPlan::make(read.bundle, catalog);
        plans.push_back(msSince(step));
        if (!plan.canApply() || plan.count(ImportStatus::New) != modules) {
            std::fprintf(stderr,
                         "bench_bundle_import: unexpected plan:\n%s\n",
                         qPrintable(plan.previewText()));
            return 1;
        }
        step.restart();
        const auto done = plan.apply(catalog);
        applies.push_back(msSince(step));
        totals.push_back(msSince(total));
        if (!done || done->modules != modules) {
            std::fprintf(stderr, "bench_bundle_import: %s\n", qPrintable(done.errorMessage()));
            return 1;
        }

        // Anchor 1: yaml-cpp parsing the same file, nothing else.
        QFile raw(bundleFile);
        raw.open(QIODevice::ReadOnly);
        const QByteArray yaml = raw.readAll();
        step.restart();
        const BundleReadResult parsedAgain = BundleReader::read(yaml, bundleFile);
        anchorParses.push_back(msSince(step));

        // Anchor 2: the same JSON texts inserted with bare Qt Sql, one transaction, the
        // catalog's journal settings.
        const QString anchorFile = tmp.filePath(u"anchor%1.sqlite"_s.arg(run));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"anchor"_s);
            db.setDatabaseName(anchorFile);
            db.open();
            QSqlQuery q(db);
            q.exec(u"PRAGMA journal_mode=WAL"_s);
            q.exec(u"PRAGMA synchronous=FULL"_s);
            q.exec(u"CREATE TABLE versions (id INTEGER PRIMARY KEY, path TEXT, content TEXT)"_s);
            step.restart();
            db.transaction();
            q.prepare(u"INSERT INTO versions (path, content) VALUES (?, ?)"_s);
            for (const BundleEntry &e : parsedAgain.bundle.entries) {
                q.addBindValue(e.path());
                q.addBindValue(QString::fromUtf8(ModuleJson::toJsonText(e.latest().module)));
                q.exec();
            }
            db.commit();
            anchorInserts.push_back(msSince(step));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"anchor"_s);
    }

    std::printf("bundle: %d modules, %lld KiB of YAML; catalog already holding %d modules; "
                "%d run(s), medians\n",
                modules,
                QFile(bundleFile).size() / 1024,
                base,
                runs);
    std::printf("import of a %d-module bundle (read + plan + apply): %.0f ms  (target <= 2000 "
                "ms)\n",
                modules,
                median(totals));
    std::printf("  read %.0f ms, plan %.0f ms, apply (one transaction) %.0f ms\n",
                median(parses),
                median(plans),
                median(applies));
    std::printf("  anchors: yaml-cpp parse + model of the same file %.0f ms; bare Qt Sql bulk "
                "INSERT of the same JSON in one transaction %.0f ms\n",
                median(anchorParses),
                median(anchorInserts));
    return 0;
}
