// Bundles: the YAML writer and reader. A round trip keeps every field of every kind of module,
// history and diagram positions included; bad input is an error with line and column.

#include "core/bundle/bundlereader.h"
#include "core/bundle/bundlewriter.h"
#include "tests/support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Slipway;

namespace {

QString dataDir()
{
    return Testing::testData(u"bundles"_s);
}

ModuleVersion versionOf(const Module &module, int version, const QString &comment)
{
    ModuleVersion v;
    v.module = module;
    v.version = version;
    v.author = u"alice"_s;
    v.savedAt = QDateTime(QDate(2025, 3, 1), QTime(9, 30, 15, 250), QTimeZone::UTC).addDays(version);
    v.comment = comment;
    return v;
}

// One module of each kind, every field set, text chosen to trip a naive YAML writer.
Bundle everyKindBundle()
{
    Bundle bundle;
    bundle.root = u"shop"_s;
    bundle.withHistory = true;

    Module project;
    project.path = u"shop"_s;
    project.kind = ModuleKind::Project;
    project.description = u"Everything the shop runs: \"quoted\", #not a comment, key: value"_s;
    project.logoUrl = u"https://example.org/logo.svg"_s;
    project.authz.owner = u"alice"_s;
    project.authz.groupMembers = {u"bob"_s, u"carol"_s, u"true"_s};
    project.authz.isPublic = true;
    project.authz.groupRights = Right::Get | Right::Run;
    project.authz.publicRights = Rights();
    bundle.entries.append({{versionOf(project, 1, u"first"_s)}, {}, {}});

    Module native;
    native.path = u"shop/images/debian-13"_s;
    native.kind = ModuleKind::Image;
    native.description = u"Debian 13\nminimal"_s;
    native.image.native = true;
    native.image.imageIds = {{u"local"_s, u"localhost/slipway-debian:13"_s, {}},
                             {u"ec2"_s, u"ami-0123"_s, u"eu-west-1"_s}};
    native.image.loginUser = u"root"_s;
    native.image.platform = u"debian"_s;
    native.image.resources = {{u"ec2"_s,
                               u"t3.small"_s,
                               u"2"_s,
                               u"2"_s,
                               u"10"_s,
                               u"public"_s,
                               {u"default"_s, u"web: open"_s}}};
    Module nativeV1 = native;
    nativeV1.image.imageIds.removeLast();
    nativeV1.path = u"shop/debian-13"_s; // it moved since
    bundle.entries.append(
        {{versionOf(nativeV1, 1, u"import"_s), versionOf(native, 2, u"ec2 id; moved"_s)}, {}, {}});

    Module derived;
    derived.path = u"shop/images/web"_s;
    derived.kind = ModuleKind::Image;
    derived.image.parent = u"shop/images/debian-13"_s;
    derived.image.packages = {{u"apache2"_s, {}, {}},
                              {u"php"_s,
                               u"deb https://repo.example.org trixie main"_s,
                               u"-----BEGIN PGP PUBLIC KEY BLOCK-----\nabc\n-----END PGP PUBLIC "
                               "KEY BLOCK-----\n"_s}};
    derived.image.recipes.preInstall = u"#!/bin/sh\necho no newline at the end"_s;
    derived.image.recipes.recipe = u"#!/bin/sh\nset -e\n\ncat > /etc/x <<'EOF'\n  indented: yes\n"
                                   "\ttab\nEOF\n\n\n"_s;
    derived.image.recipes.execute = u"   leading spaces\nsecond line\n"_s;
    derived.image.recipes.report = u"\n\nstarts with blank lines\n"_s;
    derived.image.recipes.onVmAdd = u"#!/bin/sh\necho \"é ü 漢字 — ok\" # comment\n"_s;
    derived.image.recipes.onVmRemove = u"bell\u0007 and cr\r\n"_s;
    derived.image.parameters = {
        {u"port"_s,
         u"HTTP port"_s,
         u"8080"_s,
         ParameterType::String,
         ParameterCategory::Input,
         {},
         true},
        {u"motd"_s,
         u"Message\nof the day"_s,
         u"line 1\nline 2"_s,
         ParameterType::Text,
         ParameterCategory::Input,
         {},
         false},
        {u"admin_password"_s, {}, {}, ParameterType::Password, ParameterCategory::Output, {}, false},
        {u"debug"_s, {}, u"false"_s, ParameterType::Boolean, ParameterCategory::Input, {}, false},
        {u"size"_s,
         {},
         u"m"_s,
         ParameterType::Enum,
         ParameterCategory::Input,
         {u"s"_s, u"m"_s, u"l"_s, u"- dash"_s, u""_s},
         false},
        {u"url.service"_s,
         u"123"_s,
         u"1e5"_s,
         ParameterType::String,
         ParameterCategory::Output,
         {},
         false},
    };
    derived.image.resources = {{u"openstack"_s, u"m1.small"_s, {}, {}, {}, u"private"_s, {}}};
    derived.authz.owner = u"bob"_s;
    Module derivedV1 = derived;
    derivedV1.image.recipes = Recipes();
    derivedV1.image.packages.clear();
    bundle.entries.append(
        {{versionOf(derivedV1, 3, {}), versionOf(derived, 7, u"recipes"_s)}, {}, {}});

    Module deployment;
    deployment.path = u"shop/lamp"_s;
    deployment.kind = ModuleKind::Deployment;
    Node lb;
    lb.name = u"lb"_s;
    lb.image = u"shop/images/web"_s;
    lb.position = QPointF(-120.5, 0.1 + 0.2); // not exact in binary: must come back bit for bit
    lb.mappings = {{u"backend"_s, u"web:hostname"_s, false},
                   {u"motd"_s, u"it's \"quoted\": yes"_s, true},
                   {u"empty"_s, {}, true}};
    Node web;
    web.name = u"web"_s;
    web.image = u"shop/images/web"_s;
    web.imageVersion = 7;
    web.multiplicity = 2;
    web.cloud = u"local"_s;
    web.maxProvisioningFailures = 1;
    web.position = QPointF(1e6 / 3, 250);
    web.health = NodeHealth{10, 2, HealthPolicy::Replace};
    Node idle;
    idle.name = u"idle"_s;
    idle.image = u"shop/images/debian-13"_s;
    idle.multiplicity = 0;
    deployment.deployment.nodes = {lb, web, idle};
    bundle.entries.append({{versionOf(deployment, 1, u"multi\nline comment"_s)}, {}, {}});

    Module emptyDeployment;
    emptyDeployment.path = u"shop/empty"_s;
    emptyDeployment.kind = ModuleKind::Deployment;
    ModuleVersion bare;
    bare.module = emptyDeployment; // no version metadata at all
    bundle.entries.append({{bare}, {}, {}});
    return bundle;
}

void compareVersions(const ModuleVersion &actual, const ModuleVersion &expected)
{
    QCOMPARE(actual.module.path, expected.module.path);
    QCOMPARE(actual.module.description, expected.module.description);
    QCOMPARE(actual.module.image.recipes.recipe, expected.module.image.recipes.recipe);
    QCOMPARE(actual.module.image.recipes.preInstall, expected.module.image.recipes.preInstall);
    QCOMPARE(actual.module.image.recipes.execute, expected.module.image.recipes.execute);
    QCOMPARE(actual.module.image.recipes.report, expected.module.image.recipes.report);
    QCOMPARE(actual.module.image.recipes.onVmRemove, expected.module.image.recipes.onVmRemove);
    QCOMPARE(actual.module.image.parameters, expected.module.image.parameters);
    QCOMPARE(actual.module.deployment.nodes, expected.module.deployment.nodes);
    QVERIFY(actual.module == expected.module);
    QCOMPARE(actual.version, expected.version);
    QCOMPARE(actual.author, expected.author);
    QCOMPARE(actual.savedAt, expected.savedAt);
    QCOMPARE(actual.comment, expected.comment);
}

} // namespace

class TestBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripEveryKind()
    {
        const Bundle bundle = everyKindBundle();
        const QByteArray yaml = BundleWriter::toYaml(bundle);
        const BundleReadResult read = BundleReader::read(yaml, u"every.yaml"_s);
        QVERIFY2(read.ok(), qPrintable(formatErrors(read.errors) + u'\n' + QString::fromUtf8(yaml)));
        QCOMPARE(read.bundle.root, bundle.root);
        QCOMPARE(read.bundle.withHistory, true);
        QCOMPARE(read.bundle.entries.size(), bundle.entries.size());
        for (qsizetype i = 0; i < bundle.entries.size(); ++i) {
            const BundleEntry &expected = bundle.entries.at(i);
            const BundleEntry &actual = read.bundle.entries.at(i);
            QCOMPARE(actual.versions.size(), expected.versions.size());
            for (qsizetype v = 0; v < expected.versions.size(); ++v) {
                compareVersions(actual.versions.at(v), expected.versions.at(v));
                if (QTest::currentTestFailed())
                    return;
            }
            QVERIFY(actual.location.line > 0);
        }
        // Writing what was read gives the same bytes: the format is stable.
        QCOMPARE(BundleWriter::toYaml(read.bundle), yaml);
    }

    // The text committed in tests/data shows the format and catches any drift in it.
    void matchesGoldenFile()
    {
        const QByteArray yaml = BundleWriter::toYaml(everyKindBundle());
        const QString golden = dataDir() + u"/every-kind.yaml"_s;
        if (qEnvironmentVariableIsSet("SLIPWAY_UPDATE_GOLDEN")) {
            QFile out(golden);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(yaml);
        }
        QFile file(golden);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(golden));
        QCOMPARE(QString::fromUtf8(yaml), QString::fromUtf8(file.readAll()));
    }

    void recipesAreLiteralBlocks()
    {
        const QByteArray yaml = BundleWriter::toYaml(everyKindBundle());
        QVERIFY(yaml.contains("\n      recipe: |+\n        #!/bin/sh\n        set -e\n\n"));
        QVERIFY(yaml.contains("\n      pre-install: |-\n        #!/bin/sh\n"));
        QVERIFY(yaml.contains("\n      execute: |2\n           leading spaces\n"));
        // Control characters cannot live in a block: that one script is quoted instead.
        QVERIFY(yaml.contains("on-vm-remove: \"bell\\u0007 and cr\\r\\n\""));
        QVERIFY(!yaml.contains("builtImages"));
    }

    void builtImagesAreNotExported()
    {
        Bundle bundle;
        ModuleVersion v;
        v.module.path = u"a"_s;
        v.module.kind = ModuleKind::Image;
        v.module.image.builtImages = {
            {u"local"_s, u"sha256:1"_s, 1, QDateTime::currentDateTimeUtc()}};
        bundle.entries.append({{v}, {}, {}});
        const BundleReadResult read = BundleReader::read(BundleWriter::toYaml(bundle), u"x"_s);
        QVERIFY(read.ok());
        QVERIFY(read.bundle.entries.constFirst().latest().module.image.builtImages.isEmpty());
    }

    void writeFileAndReadFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fileName = dir.filePath(u"out.yaml"_s);
        QString error;
        QVERIFY2(BundleWriter::writeFile(everyKindBundle(), fileName, &error), qPrintable(error));
        const BundleReadResult read = BundleReader::readFile(fileName);
        QVERIFY2(read.ok(), qPrintable(formatErrors(read.errors)));
        QCOMPARE(read.bundle.entries.size(), everyKindBundle().entries.size());

        const BundleReadResult missing = BundleReader::readFile(dir.filePath(u"none.yaml"_s));
        QCOMPARE(missing.errors.size(), 1);
        QVERIFY(missing.errors.constFirst().location.file.endsWith(u"none.yaml"_s));
    }

    void handWrittenShorthands()
    {
        const QByteArray yaml = "slipway-bundle: 1\n"
                                "modules:\n"
                                "  - path: a/img\n"
                                "    kind: image\n"
                                "    image:\n"
                                "      packages: [curl, {name: git}]\n"
                                "      parameters:\n"
                                "        - {name: x, type: enum, enumValues: [a, b]}\n";
        const BundleReadResult read = BundleReader::read(yaml, u"hand.yaml"_s);
        QVERIFY2(read.ok(), qPrintable(formatErrors(read.errors)));
        const Module &m = read.bundle.entries.constFirst().latest().module;
        QCOMPARE(m.image.packages.size(), 2);
        QCOMPARE(m.image.packages.at(0).name, u"curl"_s);
        QCOMPARE(m.image.parameters.constFirst().enumValues, QStringList({u"a"_s, u"b"_s}));
        QCOMPARE(m.image.parameters.constFirst().type, ParameterType::Enum);
    }

    // Inputs that once broke the round trip (found by tests/fuzz/fuzz_bundle): whatever
    // reads must write out to text that reads back the same.
    void fuzzRegressions_data()
    {
        QTest::addColumn<QString>("fileName");
        const QDir dir(dataDir());
        for (const QString &name : dir.entryList({u"fuzz-*.yaml"_s}, QDir::Files))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    void fuzzRegressions()
    {
        QFETCH(QString, fileName);
        const BundleReadResult read = BundleReader::readFile(fileName);
        if (!read.ok())
            return; // an error with a location is a fine answer too
        const QByteArray yaml = BundleWriter::toYaml(read.bundle);
        const BundleReadResult again = BundleReader::read(yaml, u"again.yaml"_s);
        QVERIFY2(again.ok(),
                 qPrintable(formatErrors(again.errors) + u'\n' + QString::fromUtf8(yaml)));
        QCOMPARE(again.bundle.entries.size(), read.bundle.entries.size());
        for (qsizetype i = 0; i < read.bundle.entries.size(); ++i) {
            const auto &a = read.bundle.entries.at(i).versions;
            const auto &b = again.bundle.entries.at(i).versions;
            QCOMPARE(b.size(), a.size());
            for (qsizetype v = 0; v < a.size(); ++v) {
                compareVersions(b.at(v), a.at(v));
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");

        const QByteArray head = "slipway-bundle: 1\nmodules:\n";
        QTest::newRow("malformed YAML")
            << QByteArray(head + "  - path: a\n    kind: [project\n") << 5 << 1 << u"end of"_s;
        QTest::newRow("tab indentation")
            << QByteArray(head + "  - path: a\n\tkind: project\n") << 4 << 1 << u""_s;
        QTest::newRow("not a bundle")
            << QByteArray("modules: []\n") << 1 << 1 << u"not a Slipway bundle"_s;
        QTest::newRow("newer format")
            << QByteArray("slipway-bundle: 2\nmodules: []\n") << 1 << 17 << u"newer"_s;
        QTest::newRow("unknown top field") << QByteArray(head + "extra: 1\n") << 3 << 1
                                           << u"unknown field 'extra' in the bundle"_s;
        QTest::newRow("unknown module field")
            << QByteArray(head + "  - path: a\n    kind: project\n    colour: red\n") << 5 << 5
            << u"unknown field 'colour' in a module"_s;
        QTest::newRow("unknown node field")
            << QByteArray(head
                          + "  - path: d\n    kind: deployment\n    deployment:\n      nodes:\n"
                            "        - name: n\n          image: i\n          count: 2\n")
            << 9 << 11 << u"unknown field 'count' in a node"_s;
        QTest::newRow("bad health policy")
            << QByteArray(head
                          + "  - path: d\n    kind: deployment\n    deployment:\n      nodes:\n"
                            "        - name: n\n          image: i\n          health:\n"
                            "            policy: reboot\n")
            << 10 << 21 << u"expected report, restart or replace for policy, not 'reboot'"_s;
        QTest::newRow("health interval below one")
            << QByteArray(head
                          + "  - path: d\n    kind: deployment\n    deployment:\n      nodes:\n"
                            "        - name: n\n          image: i\n          health: "
                            "{intervalSeconds: 0}\n")
            << 9 << 37 << u"expected 1 or more for intervalSeconds"_s;
        QTest::newRow("wrong type")
            << QByteArray(head
                          + "  - path: d\n    kind: deployment\n    deployment:\n      nodes:\n"
                            "        - name: n\n          image: i\n          multiplicity: "
                            "two\n")
            << 9 << 25 << u"expected a whole number for multiplicity"_s;
        QTest::newRow("list instead of text")
            << QByteArray(head + "  - path: a\n    kind: project\n    description: [a, b]\n") << 5
            << 18 << u"expected text for description"_s;
        QTest::newRow("duplicate path")
            << QByteArray(head + "  - path: a\n    kind: project\n  - path: a\n    kind: project\n")
            << 5 << 11 << u"duplicate module path 'a' (first on line 3)"_s;
        QTest::newRow("duplicate key")
            << QByteArray(head + "  - path: a\n    kind: project\n    kind: image\n") << 5 << 5
            << u"duplicate field 'kind'"_s;
        QTest::newRow("bad kind") << QByteArray(head + "  - path: a\n    kind: folder\n") << 4 << 11
                                  << u"unknown kind 'folder'"_s;
        QTest::newRow("no kind") << QByteArray(head + "  - path: a\n") << 3 << 5
                                 << u"has no kind"_s;
        QTest::newRow("bad path") << QByteArray(head + "  - path: a//b\n    kind: project\n") << 3
                                  << 11 << u"invalid module path 'a//b'"_s;
        QTest::newRow("image on a project")
            << QByteArray(head + "  - path: a\n    kind: project\n    image: {native: true}\n") << 5
            << 12 << u"only an image module has an image section"_s;
        QTest::newRow("bad right")
            << QByteArray(head
                          + "  - path: a\n    kind: project\n    authz: {ownerRights: [get, "
                            "fly]}\n")
            << 5 << 32 << u"unknown right 'fly'"_s;
        QTest::newRow("mapping with both")
            << QByteArray(head
                          + "  - path: d\n    kind: deployment\n    deployment:\n      nodes:\n"
                            "        - name: n\n          image: i\n          mappings:\n"
                            "            - {input: a, output: 'x:y', value: z}\n")
            << 10 << 15 << u"either an output"_s;
        QTest::newRow("history going down")
            << QByteArray(head
                          + "  - path: a\n    kind: project\n    version: 2\n    history:\n"
                            "      - {kind: project, version: 5}\n")
            << 5 << 14 << u"above every version"_s;
        QTest::newRow("bad date") << QByteArray(
            head + "  - path: a\n    kind: project\n    savedAt: yesterday\n")
                                  << 5 << 14 << u"expected a date"_s;
    }

    void badInput()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const BundleReadResult read = BundleReader::read(yaml, u"bad.yaml"_s);
        QVERIFY(!read.ok());
        QVERIFY(read.bundle.entries.isEmpty());
        const SourceError &error = read.errors.constFirst();
        QCOMPARE(error.location.file, u"bad.yaml"_s);
        QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
        QCOMPARE(error.location.line, line);
        QCOMPARE(error.location.column, column);
        QVERIFY(error.toString().startsWith(u"bad.yaml:%1:%2: "_s.arg(line).arg(column)));
    }
};

QTEST_GUILESS_MAIN(TestBundle)
#include "tst_bundle.moc"
