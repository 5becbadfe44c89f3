// Importing bundles and SlipStream XML into a real SQLite catalog: the preview (new, changed,
// unchanged, conflicting), the conflict choices, references, all-or-nothing, and the round
// trip catalog → bundle → catalog.

#include "core/bundle/bundleexport.h"
#include "core/bundle/bundlereader.h"
#include "core/bundle/bundlewriter.h"
#include "core/bundle/importplan.h"
#include "core/bundle/slipstreamreader.h"
#include "core/catalog/catalog.h"
#include "core/model/modulejson.h"
#include "core/model/validation.h"
#include "tests/support/modulebuilders.h"
#include "tests/support/testpaths.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Slipway;
using namespace Slipway::Testing;

namespace {

// An image that publishes "ready"; without a parent a native Debian 13.
Module readyImage(const QString &path, const QString &parent = {})
{
    Module m = image(path, parent, u"#!/bin/sh\nss-set ready yes\n"_s, {output(u"ready"_s)});
    if (parent.isEmpty())
        m.image.imageIds = {{u"local"_s, u"localhost/debian:13"_s, {}}};
    return m;
}

// A deployment of one node of imagePath.
Module oneNodeDeployment(const QString &path, const QString &imagePath)
{
    Node n = node(u"one"_s, imagePath);
    n.position = QPointF(12.5, -40);
    return deployment(path, {n});
}

// Everything a user could see of a catalog, to compare before and after.
QStringList snapshot(const Catalog &catalog)
{
    QString text;
    const auto all = catalog.list({}, ListOptions{true, true});
    if (!all)
        return {u"error: "_s + all.errorMessage()};
    for (const CatalogEntry &e : *all) {
        text += u"%1 %2 v%3 deleted=%4\n"_s.arg(e.path)
                    .arg(int(e.kind))
                    .arg(e.latestVersion)
                    .arg(e.deleted);
        const auto history = catalog.history(e.path);
        for (const VersionSummary &s : history.value()) {
            const auto v = catalog.version(e.path, s.version);
            text += u"  %1 %2 %3 %4 %5\n"_s.arg(s.version)
                        .arg(s.author,
                             s.comment,
                             s.savedAt.toString(Qt::ISODateWithMs),
                             QString::fromUtf8(ModuleJson::toJsonText(v->module)));
        }
    }
    return text.split(u'\n');
}

const ImportItem *itemFor(const ImportPlan &plan, const QString &path)
{
    for (const ImportItem &item : plan.items) {
        if (item.path == path)
            return &item;
    }
    return nullptr;
}

} // namespace

class TestBundleImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_catalogs = 0;

    std::unique_ptr<Catalog> newCatalog()
    {
        auto catalog = std::make_unique<Catalog>(
            m_dir.filePath(u"catalog-%1.db"_s.arg(++m_catalogs)));
        const auto opened = catalog->open();
        if (!opened)
            qWarning("%s", qPrintable(opened.errorMessage()));
        return catalog;
    }

    static void save(Catalog &catalog,
                     const Module &m,
                     const QString &author,
                     const QString &comment = {})
    {
        const auto saved = catalog.save(m, author, comment);
        if (!saved)
            qWarning("save %s: %s", qPrintable(m.path), qPrintable(saved.errorMessage()));
        QVERIFY(saved);
    }

    // A source catalog with history: base image (2 versions), web image, deployment.
    std::unique_ptr<Catalog> sourceCatalog()
    {
        auto source = newCatalog();
        Module base = readyImage(u"shop/images/base"_s);
        save(*source, base, u"alice"_s, u"first"_s);
        base.description = u"Debian 13"_s;
        save(*source, base, u"bob"_s, u"describe"_s);
        save(*source, readyImage(u"shop/images/web"_s, u"shop/images/base"_s), u"alice"_s);
        save(*source,
             oneNodeDeployment(u"shop/site"_s, u"shop/images/web"_s),
             u"alice"_s,
             u"site"_s);
        return source;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Passwords' values (an image's default, a deployment's value for a password input, in
    // every version of the history) stay out of an exported bundle unless asked for; the
    // bundle names each one it left out, and it imports.
    void passwordsAreWithheldUnlessAskedFor()
    {
        auto source = newCatalog();
        Module db = readyImage(u"vault/db"_s);
        Parameter password = input(u"admin_password"_s, u"v1-pw-0a7c"_s);
        password.type = ParameterType::Password;
        db.image.parameters << password << input(u"port"_s, u"5432"_s);
        QVERIFY(source->save(db, u"alice"_s, u"v1"_s));
        db.image.parameters[1].defaultValue = u"v2-pw-51e9"_s;
        QVERIFY(source->save(db, u"alice"_s, u"v2"_s));
        Module app = oneNodeDeployment(u"vault/app"_s, u"vault/db"_s);
        app.deployment.nodes[0].mappings = {ParameterMapping{u"admin_password"_s,
                                                             u"mapped-pw-c3d2"_s,
                                                             true},
                                            ParameterMapping{u"port"_s, u"6543"_s, true}};
        QVERIFY(source->save(app, u"alice"_s, u"v1"_s));

        const auto withheld = exportBundle(*source, u"vault"_s, true);
        QVERIFY2(withheld, qPrintable(withheld.errorMessage()));
        const QByteArray yaml = BundleWriter::toYaml(*withheld);
        for (const char *secret : {"v1-pw-0a7c", "v2-pw-51e9", "mapped-pw-c3d2"})
            QVERIFY2(!yaml.contains(secret), yaml.constData());
        QVERIFY(yaml.contains("default: \"5432\"") || yaml.contains("default: 5432"));
        QVERIFY(yaml.contains("value: \"6543\"") || yaml.contains("value: 6543"));
        QCOMPARE(withheld->withheld,
                 (QStringList{u"vault/app v1: one:admin_password"_s,
                              u"vault/db v1: admin_password"_s,
                              u"vault/db v2: admin_password"_s}));
        for (const QString &w : withheld->withheld)
            QVERIFY2(yaml.contains(QByteArray("#   " + w.toUtf8())), yaml.constData());
        const BundleReadResult read = BundleReader::read(yaml, u"withheld.yaml"_s);
        QVERIFY2(read.ok(), qPrintable(formatErrors(read.errors)));
        auto target = newCatalog();
        QVERIFY(ImportPlan::make(read.bundle, *target).apply(*target));
        const Parameter imported = target->latest(u"vault/db"_s)->module.image.parameters[1];
        QCOMPARE(imported.name, u"admin_password"_s);
        QCOMPARE(imported.type, ParameterType::Password);
        QVERIFY(imported.defaultValue.isEmpty());

        const auto full = exportBundle(*source, u"vault"_s, true, true);
        QVERIFY(full->withheld.isEmpty());
        const QByteArray fullYaml = BundleWriter::toYaml(*full);
        for (const char *secret : {"v1-pw-0a7c", "v2-pw-51e9", "mapped-pw-c3d2"})
            QVERIFY2(fullYaml.contains(secret), secret);
    }

    void newModulesKeepTheirHistory()
    {
        auto source = sourceCatalog();
        const auto bundle = exportBundle(*source, u"shop"_s, true);
        QVERIFY2(bundle, qPrintable(bundle.errorMessage()));
        auto target = newCatalog();
        const ImportPlan plan = ImportPlan::make(*bundle, *target);
        QVERIFY2(!plan.hasErrors(), qPrintable(plan.previewText()));
        QCOMPARE(plan.count(ImportStatus::New), 3);
        QVERIFY(plan.canApply());
        const auto done = plan.apply(*target);
        QVERIFY2(done, qPrintable(done.errorMessage()));
        QCOMPARE(done->modules, 3);
        QCOMPARE(done->versions, 4);
        QCOMPARE(snapshot(*target), snapshot(*source));
    }

    // Catalog → bundle → catalog → bundle gives the same text: nothing is lost on the way,
    // diagram positions and history included.
    void roundTripThroughTheCatalog()
    {
        auto source = sourceCatalog();
        const auto first = exportBundle(*source, {}, true);
        QVERIFY(first);
        const QByteArray yaml = BundleWriter::toYaml(*first);
        const BundleReadResult read = BundleReader::read(yaml, u"shop.yaml"_s);
        QVERIFY2(read.ok(), qPrintable(formatErrors(read.errors)));
        auto target = newCatalog();
        QVERIFY(ImportPlan::make(read.bundle, *target).apply(*target));
        const auto second = exportBundle(*target, {}, true);
        QVERIFY(second);
        if (qEnvironmentVariableIsSet("SLIPWAY_DUMP"))
            qWarning("%s\n----\n%s", yaml.constData(), BundleWriter::toYaml(*second).constData());
        QCOMPARE(QString::fromUtf8(BundleWriter::toYaml(*second)).split(u'\n'),
                 QString::fromUtf8(yaml).split(u'\n'));
        QCOMPARE(target->latest(u"shop/site"_s)->module.deployment.nodes.constFirst().position,
                 QPointF(12.5, -40));
    }

    void unchangedAndChanged()
    {
        auto source = sourceCatalog();
        auto target = newCatalog();
        QVERIFY(ImportPlan::make(*exportBundle(*source, {}, true), *target).apply(*target));

        Module web = source->latest(u"shop/images/web"_s)->module;
        web.image.packages = {{u"apache2"_s, {}, {}}};
        save(*source, web, u"carol"_s, u"apache"_s);

        const auto bundle = exportBundle(*source, {}, true);
        const ImportPlan plan = ImportPlan::make(*bundle, *target);
        QCOMPARE(plan.count(ImportStatus::Unchanged), 2);
        QCOMPARE(plan.count(ImportStatus::Changed), 1);
        const ImportItem *item = itemFor(plan, u"shop/images/web"_s);
        QVERIFY(item);
        QCOMPARE(item->status, ImportStatus::Changed);
        QCOMPARE(item->versionsToImport.size(), 1);
        QCOMPARE(item->changedFields, QStringList({u"image.packages[apache2]"_s}));
        QVERIFY(plan.previewText().contains(u"changed"_s));
        QVERIFY(plan.apply(*target));
        QCOMPARE(target->latest(u"shop/images/web"_s)->version, 2);
        QCOMPARE(target->latest(u"shop/images/web"_s)->author, u"carol"_s);
        // Again: nothing left to do.
        const ImportPlan again = ImportPlan::make(*bundle, *target);
        QCOMPARE(again.count(ImportStatus::Unchanged), 3);
    }

    void conflictChoices_data()
    {
        QTest::addColumn<int>("choice");
        QTest::newRow("undecided") << int(ConflictChoice::Undecided);
        QTest::newRow("skip") << int(ConflictChoice::Skip);
        QTest::newRow("overwrite") << int(ConflictChoice::Overwrite);
        QTest::newRow("rename") << int(ConflictChoice::Rename);
    }

    void conflictChoices()
    {
        QFETCH(int, choice);
        auto source = sourceCatalog();
        auto target = newCatalog();
        QVERIFY(ImportPlan::make(*exportBundle(*source, {}, false), *target).apply(*target));
        // Both sides edit the web image differently.
        Module mine = target->latest(u"shop/images/web"_s)->module;
        mine.description = u"mine"_s;
        save(*target, mine, u"me"_s, {});
        Module theirs = source->latest(u"shop/images/web"_s)->module;
        theirs.description = u"theirs"_s;
        save(*source, theirs, u"them"_s, {});

        const QStringList before = snapshot(*target);
        ImportOptions options;
        options.onConflict = ConflictChoice(choice);
        const ImportPlan plan = ImportPlan::make(*exportBundle(*source, {}, false),
                                                 *target,
                                                 options);
        QVERIFY2(!plan.hasErrors(), qPrintable(plan.previewText()));
        const ImportItem *item = itemFor(plan, u"shop/images/web"_s);
        QCOMPARE(item->status, ImportStatus::Conflict);
        QCOMPARE(item->changedFields, QStringList({u"description"_s}));
        const auto done = plan.apply(*target);
        switch (ConflictChoice(choice)) {
        case ConflictChoice::Undecided:
            QVERIFY(!done);
            QVERIFY(done.errorMessage().contains(u"need a choice"_s));
            QCOMPARE(snapshot(*target), before);
            break;
        case ConflictChoice::Skip:
            QVERIFY(done);
            QCOMPARE(snapshot(*target), before);
            break;
        case ConflictChoice::Overwrite:
            QVERIFY(done);
            QCOMPARE(target->latest(u"shop/images/web"_s)->module.description, u"theirs"_s);
            QCOMPARE(target->latest(u"shop/images/web"_s)->version, 3);
            QCOMPARE(target->version(u"shop/images/web"_s, 2)->module.description, u"mine"_s);
            break;
        case ConflictChoice::Rename: {
            QVERIFY2(done, qPrintable(done.errorMessage()));
            QCOMPARE(item->targetPath, u"shop/images/web-imported"_s);
            QCOMPARE(target->latest(u"shop/images/web"_s)->module.description, u"mine"_s);
            QCOMPARE(target->latest(u"shop/images/web-imported"_s)->module.description, u"theirs"_s);
            // The bundle's deployment meant the bundle's web image: following it there makes
            // it differ from the catalog's, so it is renamed too (the choice for every
            // conflict), and the catalog's own deployment is left alone.
            const ImportItem *site = itemFor(plan, u"shop/site"_s);
            QCOMPARE(site->status, ImportStatus::Conflict);
            QCOMPARE(site->targetPath, u"shop/site-imported"_s);
            QCOMPARE(
                target->latest(u"shop/site-imported"_s)->module.deployment.nodes.constFirst().image,
                u"shop/images/web-imported"_s);
            QCOMPARE(target->latest(u"shop/site"_s)->module.deployment.nodes.constFirst().image,
                     u"shop/images/web"_s);
            break;
        }
        }
    }

    // A renamed project takes its bundle descendants along, and references follow them.
    void renamedProjectTakesItsSubtree()
    {
        auto target = newCatalog();
        Module project;
        project.path = u"shop"_s;
        project.description = u"catalog's"_s;
        save(*target, project, u"me"_s, {});

        Bundle bundle;
        project.description = u"bundle's"_s;
        bundle.entries.append({{ModuleVersion{project, 1, u"x"_s, {}, {}}}, {}, {}});
        bundle.entries.append(
            {{ModuleVersion{readyImage(u"shop/img"_s), 1, u"x"_s, {}, {}}}, {}, {}});
        bundle.entries.append(
            {{ModuleVersion{oneNodeDeployment(u"shop/dep"_s, u"shop/img"_s), 1, u"x"_s, {}, {}}},
             {},
             {{u"shop/img"_s, u"deployment.nodes[one].image"_s, {}}}});
        ImportOptions options;
        options.choices.insert(u"shop"_s, ConflictChoice::Rename);
        options.renameTo.insert(u"shop"_s, u"shop2"_s);
        const ImportPlan plan = ImportPlan::make(bundle, *target, options);
        QVERIFY2(plan.canApply(), qPrintable(plan.previewText()));
        QCOMPARE(itemFor(plan, u"shop/img"_s)->targetPath, u"shop2/img"_s);
        QVERIFY(plan.apply(*target));
        QCOMPARE(target->latest(u"shop2/dep"_s)->module.deployment.nodes.constFirst().image,
                 u"shop2/img"_s);
        QVERIFY(!target->contains(u"shop/img"_s));
    }

    void danglingReferenceIsAnErrorWithLocation()
    {
        const QByteArray yaml = "slipway-bundle: 1\n"
                                "modules:\n"
                                "- path: a/site\n"
                                "  kind: deployment\n"
                                "  deployment:\n"
                                "    nodes:\n"
                                "    - name: web\n"
                                "      image: a/nowhere\n";
        const BundleReadResult read = BundleReader::read(yaml, u"site.yaml"_s);
        QVERIFY2(read.ok(), qPrintable(formatErrors(read.errors)));
        auto target = newCatalog();
        const QStringList before = snapshot(*target);
        const ImportPlan plan = ImportPlan::make(read.bundle, *target);
        QCOMPARE(plan.errors.size(), 1);
        const SourceError &error = plan.errors.constFirst();
        QCOMPARE(error.location.file, u"site.yaml"_s);
        QCOMPARE(error.location.line, 8);
        QCOMPARE(error.location.column, 14);
        QVERIFY2(error.message.contains(u"a/nowhere"_s), qPrintable(error.message));
        QVERIFY(!plan.apply(*target));
        QCOMPARE(snapshot(*target), before);
        // The referenced image in the catalog makes the same bundle good.
        save(*target, readyImage(u"a/nowhere"_s), u"me"_s, {});
        QVERIFY(ImportPlan::make(read.bundle, *target).canApply());
    }

    // A failure in the middle of the import (here a module deleted by another connection
    // after the preview) rolls everything back.
    void failingImportLeavesTheCatalogUnchanged()
    {
        auto source = sourceCatalog();
        auto target = newCatalog();
        QVERIFY(ImportPlan::make(*exportBundle(*source, {}, true), *target).apply(*target));
        for (const QString &path : {u"shop/images/base"_s, u"shop/site"_s}) {
            Module m = source->latest(path)->module;
            m.description += u" (edited)"_s;
            save(*source, m, u"alice"_s, {});
        }
        Module extra = readyImage(u"shop/images/extra"_s);
        save(*source, extra, u"alice"_s, {});

        const ImportPlan plan = ImportPlan::make(*exportBundle(*source, {}, true), *target);
        QVERIFY(plan.canApply());
        QCOMPARE(plan.count(ImportStatus::Changed), 2);
        QCOMPARE(plan.count(ImportStatus::New), 1);

        Catalog other(target->fileName());
        QVERIFY(other.open());
        QVERIFY(other.remove(u"shop/site"_s, u"someone"_s));
        const QStringList before = snapshot(*target);
        const auto done = plan.apply(*target);
        QVERIFY(!done);
        QVERIFY2(done.errorMessage().contains(u"shop/site"_s), qPrintable(done.errorMessage()));
        QCOMPARE(snapshot(*target), before);
        QVERIFY(!target->contains(u"shop/images/extra"_s));
    }

    void slipStreamTorqueValidates()
    {
        SLIPWAY_REQUIRE_SAMPLES();
        QStringList files;
        for (const QString &folder : {u"Torque"_s, u"examples"_s}) {
            const QDir dir(slipstreamSamplesDir() + u'/' + folder);
            for (const QString &name : dir.entryList({u"*.xml"_s}, QDir::Files))
                files.append(dir.filePath(name));
        }
        const BundleReadResult read = SlipStreamReader::readFiles(files);
        QVERIFY2(read.ok(), qPrintable(formatErrors(read.errors)));
        auto target = newCatalog();
        const ImportPlan plan = ImportPlan::make(read.bundle, *target);
        QVERIFY2(plan.canApply(), qPrintable(plan.previewText()));
        QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.previewText()));
        const auto done = plan.apply(*target);
        QVERIFY2(done, qPrintable(done.errorMessage()));
        QCOMPARE(done->modules, 8);
        const auto deployment = target->latest(u"apps/Torque/torque-deployment"_s);
        QVERIFY(deployment);
        QCOMPARE(deployment->author, u"sixsq"_s);
        const QList<Problem> problems = validate(deployment->module, target->lookup());
        QString text;
        for (const Problem &p : problems)
            text += p.field + u": "_s + p.message + u'\n';
        QVERIFY2(problems.isEmpty(), qPrintable(text));

        // Importing the same files again changes nothing.
        const ImportPlan again = ImportPlan::make(read.bundle, *target);
        QCOMPARE(again.count(ImportStatus::Unchanged), 8);
    }

    void slipStreamDeploymentAloneNeedsItsImages()
    {
        SLIPWAY_REQUIRE_SAMPLES();
        const BundleReadResult read = SlipStreamReader::readFiles(
            {slipstreamSamplesDir() + u"/Torque/torque-deployment.xml"_s});
        QVERIFY(read.ok());
        auto target = newCatalog();
        const ImportPlan plan = ImportPlan::make(read.bundle, *target);
        QCOMPARE(plan.errors.size(), 2);
        QCOMPARE(plan.errors.at(1).location.line, 844);
        QVERIFY(plan.errors.at(1).message.contains(u"apps/Torque/torque-master"_s));
    }
};

QTEST_GUILESS_MAIN(TestBundleImport)
#include "tst_bundleimport.moc"
