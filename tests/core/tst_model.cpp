#include "core/model/effectiveimage.h"
#include "core/model/modulejson.h"
#include "tests/support/modelfixtures.h"
#include "tests/support/testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Slipway;
using namespace Slipway::Fixtures;
using namespace Qt::StringLiterals;

class TestModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recipesByKind()
    {
        Recipes r;
        int i = 0;
        for (RecipeKind kind : allRecipeKinds)
            r.set(kind, u"script %1"_s.arg(i++));
        i = 0;
        for (RecipeKind kind : allRecipeKinds)
            QCOMPARE(r.get(kind), u"script %1"_s.arg(i++));
        QCOMPARE(r.preInstall, u"script 0"_s);
        QCOMPARE(r.onVmRemove, u"script 5"_s);
        QVERIFY(isBuildRecipe(RecipeKind::Recipe));
        QVERIFY(!isBuildRecipe(RecipeKind::Execute));
    }

    void jsonRoundTripKeepsEveryField_data()
    {
        QTest::addColumn<Module>("module");
        QTest::newRow("image with every field") << everyField();
        QTest::newRow("native image") << nativeImage();
        QTest::newRow("deployment") << lampDeployment();
        QTest::newRow("project") << project(u"examples"_s, u"Examples"_s);
        Module pinned = lampDeployment();
        pinned.deployment.nodes[0].imageVersion = 7;
        pinned.deployment.nodes[0].cloud = u"ec2"_s;
        pinned.deployment.nodes[0].maxProvisioningFailures = 2;
        pinned.deployment.nodes[1].mappings = {{u"motd"_s, u"hello: world"_s, true}};
        QTest::newRow("pinned node with literal") << pinned;
        Module checked = lampDeployment();
        checked.deployment.nodes[0].health = NodeHealth{5, 2, HealthPolicy::Replace};
        checked.deployment.nodes[1].health.policy = HealthPolicy::Restart;
        QTest::newRow("node health settings") << checked;
    }
    void jsonRoundTripKeepsEveryField()
    {
        QFETCH(Module, module);
        const QByteArray text = ModuleJson::toJsonText(module);
        const auto back = ModuleJson::fromJsonText(text);
        QVERIFY2(back, qPrintable(back.errorMessage()));
        QCOMPARE(*back, module);
        QCOMPARE(ModuleJson::toJsonText(*back), text); // stable bytes
    }

    // The field names are a contract with bundles: a golden file pins them.
    void jsonMatchesGoldenFile()
    {
        QFile golden(Testing::testData(u"catalog/module-every-field.json"_s));
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
        const QJsonDocument expected = QJsonDocument::fromJson(golden.readAll());
        QVERIFY(expected.isObject());
        QCOMPARE(QJsonDocument(ModuleJson::toJson(everyField())).toJson(), expected.toJson());
        ModuleVersion v{everyField(),
                        3,
                        u"alice"_s,
                        QDateTime(QDate(2026, 5, 1), QTime(12, 0), QTimeZone::UTC),
                        u"why"_s};
        const auto back = ModuleJson::versionFromJson(ModuleJson::toJson(v));
        QVERIFY2(back, qPrintable(back.errorMessage()));
        QCOMPARE(back->module, v.module);
        QCOMPARE(back->savedAt, v.savedAt);
        QCOMPARE(back->comment, u"why"_s);
    }

    void defaultsAreLeftOut()
    {
        const QJsonObject o = ModuleJson::toJson(project(u"p"_s));
        QCOMPARE(o.keys(), (QStringList{u"authz"_s, u"kind"_s, u"path"_s}));
        // A node's health settings at their defaults are not written; only what differs is.
        Module lamp = lampDeployment();
        const QJsonObject node = ModuleJson::toJson(lamp)
                                     .value(u"deployment"_s)
                                     .toObject()
                                     .value(u"nodes"_s)
                                     .toArray()
                                     .at(0)
                                     .toObject();
        QVERIFY(!node.contains(u"health"_s));
        lamp.deployment.nodes[0].health.failures = 5;
        const QJsonObject health = ModuleJson::toJson(lamp)
                                       .value(u"deployment"_s)
                                       .toObject()
                                       .value(u"nodes"_s)
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(u"health"_s)
                                       .toObject();
        QCOMPARE(health, (QJsonObject{{u"failures"_s, 5}}));
    }

    void badJsonNamesTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("syntax") << QByteArray("{\"path\": ") << u"invalid JSON at offset"_s;
        QTest::newRow("unknown field")
            << QByteArray(R"({"path":"a","kind":"project","colour":"red"})")
            << u"colour: unknown field"_s;
        QTest::newRow("unknown kind")
            << QByteArray(R"({"path":"a","kind":"folder"})") << u"kind: unknown kind \"folder\""_s;
        QTest::newRow("missing path") << QByteArray(R"({"kind":"project"})") << u"path: missing"_s;
        QTest::newRow("parameter type")
            << QByteArray(R"({"path":"a","kind":"image","image":{"parameters":[)"
                          R"({"name":"x","type":"float"}]}})")
            << u"image.parameters[0].type: unknown type \"float\""_s;
        QTest::newRow("multiplicity type")
            << QByteArray(R"({"path":"a","kind":"deployment","deployment":{"nodes":[)"
                          R"({"name":"n","image":"i","multiplicity":"two"}]}})")
            << u"deployment.nodes[0].multiplicity: expected a whole number"_s;
        QTest::newRow("unknown recipe")
            << QByteArray(R"({"path":"a","kind":"image","image":{"recipes":{"install":"x"}}})")
            << u"image.recipes.install: unknown recipe"_s;
        QTest::newRow("health policy")
            << QByteArray(R"({"path":"a","kind":"deployment","deployment":{"nodes":[)"
                          R"({"name":"n","image":"i","health":{"policy":"reboot"}}]}})")
            << u"deployment.nodes[0].health.policy: unknown policy \"reboot\""_s;
        QTest::newRow("health field")
            << QByteArray(R"({"path":"a","kind":"deployment","deployment":{"nodes":[)"
                          R"({"name":"n","image":"i","health":{"every":3}}]}})")
            << u"deployment.nodes[0].health.every: unknown field"_s;
        QTest::newRow("image fields on a project")
            << QByteArray(R"({"path":"a","kind":"project","image":{}})")
            << u"image: only an image has image fields"_s;
        QTest::newRow("unknown right")
            << QByteArray(R"({"path":"a","kind":"project","authz":{"ownerRights":["fly"]}})")
            << u"authz.ownerRights: unknown right"_s;
    }
    void badJsonNamesTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const auto m = ModuleJson::fromJsonText(json);
        QVERIFY(!m);
        QVERIFY2(m.error().message.startsWith(message), qPrintable(m.error().message));
    }

    void inheritanceIsParentFirst()
    {
        Module base = nativeImage();
        base.image.packages = {{u"curl"_s, {}, {}}, {u"nginx"_s, u"debian"_s, {}}};
        base.image.parameters = {input(u"port"_s, u"80"_s), output(u"url"_s)};
        base.image.resources = {{u"local"_s, u"small"_s, {}, {}, {}, {}, {}}};
        base.image.recipes.recipe = u"#!/bin/sh\necho base\n"_s;
        Module middle = derivedImage(u"examples/images/web"_s, base.path);
        middle.image.packages = {{u"php"_s, {}, {}}, {u"nginx"_s, u"upstream"_s, u"K"_s}};
        middle.image.parameters = {mandatoryInput(u"port"_s, u"8080"_s), input(u"docroot"_s)};
        middle.image.recipes.recipe = u"#!/bin/bash\necho middle"_s;
        middle.image.loginUser = u"www"_s;
        Module leaf = derivedImage(u"examples/images/site"_s, middle.path);
        leaf.image.recipes.execute = u"#!/bin/sh\necho leaf\n"_s;
        leaf.image.resources = {{u"local"_s, u"large"_s, {}, {}, {}, {}, {}},
                                {u"ec2"_s, u"t3.micro"_s, {}, {}, {}, {}, {}}};

        const auto e = effectiveImage(leaf, lookupIn({base, middle, leaf}));
        QVERIFY2(e, qPrintable(e.errorMessage()));
        QCOMPARE(e->chain, (QStringList{base.path, middle.path, leaf.path}));
        QVERIFY(e->rootIsNative);
        QCOMPARE(e->imageIds, base.image.imageIds);
        QCOMPARE(e->loginUser, u"www"_s);
        QCOMPARE(e->platform, u"debian"_s);

        // nginx keeps its place, with the child's repository and key.
        QCOMPARE(e->packages,
                 (QList<Package>{{u"curl"_s, {}, {}},
                                 {u"nginx"_s, u"upstream"_s, u"K"_s},
                                 {u"php"_s, {}, {}}}));
        QStringList names;
        for (const Parameter &p : e->parameters)
            names.append(p.name);
        QCOMPARE(names,
                 (QStringList{u"hostname"_s, u"instanceid"_s, u"port"_s, u"url"_s, u"docroot"_s}));
        QCOMPARE(e->parameter(u"port"_s)->defaultValue, u"8080"_s);
        QVERIFY(e->parameter(u"port"_s)->mandatory);
        QCOMPARE(e->outputNames(), (QStringList{u"hostname"_s, u"instanceid"_s, u"url"_s}));
        QCOMPARE(e->inputNames(), (QStringList{u"port"_s, u"docroot"_s}));

        QCOMPARE(e->layers(RecipeKind::Recipe),
                 (QList<RecipeLayer>{{base.path, base.image.recipes.recipe},
                                     {middle.path, middle.image.recipes.recipe}}));
        QCOMPARE(e->layers(RecipeKind::Execute).size(), 2); // base and leaf
        QCOMPARE(e->combinedScript(RecipeKind::Recipe),
                 u"# --- from examples/images/debian-13\n#!/bin/sh\necho base\n"
                 "# --- from examples/images/web\n#!/bin/bash\necho middle"_s);
        QVERIFY(e->combinedScript(RecipeKind::OnVmAdd).isEmpty());

        QCOMPARE(e->resources.size(), 2);
        QCOMPARE(e->resources.at(0).instanceType, u"large"_s);
    }

    void implicitOutputsAlwaysPresent()
    {
        Module native = nativeImage();
        Parameter described = output(u"hostname"_s);
        described.description = u"The web server's name"_s;
        native.image.parameters = {described};
        const auto e = effectiveImage(native, lookupIn({}));
        QVERIFY(e);
        QCOMPARE(e->outputNames(), (QStringList{u"hostname"_s, u"instanceid"_s}));
        QCOMPARE(e->parameters.first().description, u"The web server's name"_s);
    }

    void brokenChainsAreErrors_data()
    {
        QTest::addColumn<QList<Module>>("modules");
        QTest::addColumn<QString>("message");
        Module a = derivedImage(u"a"_s, u"b"_s);
        Module b = derivedImage(u"b"_s, u"c"_s);
        Module c = derivedImage(u"c"_s, u"a"_s);
        QTest::newRow("cycle") << QList<Module>{a, b, c}
                               << u"the parent chain of a has a cycle: a → b → c → a"_s;
        Module self = derivedImage(u"a"_s, u"a"_s);
        QTest::newRow("own parent")
            << QList<Module>{self} << u"the parent chain of a has a cycle: a → a"_s;
        QTest::newRow("missing") << QList<Module>{a}
                                 << u"a has the parent b, which does not exist"_s;
        QTest::newRow("not an image")
            << QList<Module>{a, project(u"b"_s)} << u"a has the parent b, which is not an image"_s;
    }
    void brokenChainsAreErrors()
    {
        QFETCH(QList<Module>, modules);
        QFETCH(QString, message);
        const auto e = effectiveImage(modules.first(), lookupIn(modules));
        QVERIFY(!e);
        QCOMPARE(e.error().message, message);
    }
};

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
