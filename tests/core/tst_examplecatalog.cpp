// The example catalog shipped in resources/examples: it reads, a new catalog gets it once,
// every module validates, and every recipe is a POSIX sh script that dash accepts.

#include "core/bundle/bundleschema.h"
#include "core/bundle/examplecatalog.h"
#include "core/catalog/catalog.h"
#include "core/model/validation.h"
#include "tests/support/testpaths.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Slipway;

class TestExampleCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads()
    {
        const BundleReadResult read = ExampleCatalog::read();
        QVERIFY2(read.ok(), qPrintable(formatErrors(read.errors)));
        QStringList paths;
        for (const BundleEntry &e : read.bundle.entries)
            paths.append(e.path());
        for (const QString &expected : {u"examples/images/debian-13"_s,
                                        u"examples/rstudio/rstudio"_s,
                                        u"examples/wordpress/wordpress"_s,
                                        u"examples/cluster/batch-cluster"_s,
                                        u"examples/lamp/lamp-stack"_s})
            QVERIFY2(paths.contains(expected), qPrintable(expected));
        const Module &debian = read.bundle.find(u"examples/images/debian-13"_s)->latest().module;
        QVERIFY(debian.image.native);
        QCOMPARE(debian.image.imageIds,
                 QList<CloudImageId>({{u"local"_s, u"localhost/slipway-debian:13"_s, {}}}));
        const Module &lamp = read.bundle.find(u"examples/lamp/lamp-stack"_s)->latest().module;
        QCOMPARE(lamp.deployment.nodes.size(), 3);
        QCOMPARE(lamp.deployment.nodes.at(1).multiplicity, 2);
    }

    void newCatalogGetsTheExamplesOnce()
    {
        QTemporaryDir dir;
        Catalog catalog(dir.filePath(u"catalog.db"_s));
        QVERIFY(catalog.open());
        const auto installed = ExampleCatalog::installIfEmpty(catalog);
        QVERIFY2(installed, qPrintable(installed.errorMessage()));
        QCOMPARE(*installed, int(ExampleCatalog::read().bundle.entries.size()));
        const auto again = ExampleCatalog::installIfEmpty(catalog);
        QVERIFY(again);
        QCOMPARE(*again, 0);
        QCOMPARE(catalog.history(u"examples/lamp/web"_s)->size(), 1);
        QCOMPARE(catalog.latest(u"examples/lamp/web"_s)->author, u"slipway"_s);

        const auto entries = catalog.list();
        QVERIFY(entries);
        for (const CatalogEntry &e : *entries) {
            const Module m = catalog.latest(e.path)->module;
            QString text;
            for (const Problem &p : validate(m, catalog.lookup()))
                text += p.modulePath + u' ' + p.field + u": "_s + p.message + u'\n';
            // On the local containers, only warnings may remain (images not built yet).
            for (const Problem &p : validate(m, catalog.lookup(), ValidationOptions{u"local"_s})) {
                if (p.severity == Severity::Error)
                    text += p.modulePath + u' ' + p.field + u": "_s + p.message + u'\n';
            }
            QVERIFY2(text.isEmpty(), qPrintable(text));
        }
    }

    void userCatalogIsLeftAlone()
    {
        QTemporaryDir dir;
        Catalog catalog(dir.filePath(u"catalog.db"_s));
        QVERIFY(catalog.open());
        Module mine;
        mine.path = u"mine"_s;
        QVERIFY(catalog.save(mine, u"me"_s, {}));
        QVERIFY(catalog.remove(u"mine"_s, u"me"_s));
        const auto installed = ExampleCatalog::installIfEmpty(catalog);
        QVERIFY(installed);
        QCOMPARE(*installed, 0);
        QVERIFY(!catalog.contains(u"examples"_s));
    }

    void recipesAreShellScripts()
    {
        const QString dash = QStandardPaths::findExecutable(u"dash"_s);
        if (dash.isEmpty())
            SLIPWAY_SKIP_OR_FAIL("dash is not installed");
        const BundleReadResult read = ExampleCatalog::read();
        int checked = 0;
        for (const BundleEntry &e : read.bundle.entries) {
            const Recipes &r = e.latest().module.image.recipes;
            for (const RecipeKind kind : BundleSchema::recipeKinds()) {
                const QString script = BundleSchema::recipe(r, kind);
                if (script.isEmpty())
                    continue;
                const QString what = e.path() + u' ' + BundleSchema::recipeName(kind);
                QVERIFY2(script.startsWith(u"#!/bin/sh\n"_s), qPrintable(what));
                QProcess sh;
                sh.start(dash, {u"-n"_s});
                QVERIFY(sh.waitForStarted());
                sh.write(script.toUtf8());
                sh.closeWriteChannel();
                QVERIFY(sh.waitForFinished(10000));
                QVERIFY2(sh.exitCode() == 0,
                         qPrintable(what + u": "_s + QString::fromUtf8(sh.readAllStandardError())));
                ++checked;
            }
        }
        QVERIFY(checked >= 10);
    }
};

QTEST_GUILESS_MAIN(TestExampleCatalog)
#include "tst_examplecatalog.moc"
