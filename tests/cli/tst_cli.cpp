// slipway-cli catalog: the built binary, run on temporary catalogs.

#include "tests/support/testpaths.h"
#include "tests/support/testprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Slipway::Testing;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_program;

    Run cli(const QStringList &arguments)
    {
        const ProcessResult r = runProcess(m_program,
                                           arguments,
                                           ProcessOptions().withTimeout(60000));
        return {r.exitCode, r.outText(), r.errText()};
    }

    QString catalogFile(const QString &name) const { return m_dir.filePath(name + u".db"_s); }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_program = cliProgram();
        QVERIFY2(QFileInfo(m_program).isExecutable(), qPrintable(m_program));
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("help") << QStringList{u"--help"_s} << 0;
        QTest::newRow("nothing") << QStringList{} << 2;
        QTest::newRow("unknown command") << QStringList{u"fly"_s} << 2;
        QTest::newRow("unknown option") << QStringList{u"--fly"_s, u"catalog"_s, u"ls"_s} << 2;
        QTest::newRow("catalog alone") << QStringList{u"catalog"_s} << 2;
        QTest::newRow("unknown catalog command") << QStringList{u"catalog"_s, u"fly"_s} << 2;
        QTest::newRow("bad choice")
            << QStringList{u"catalog"_s, u"import"_s, u"x.yaml"_s, u"--on-conflict"_s, u"merge"_s}
            << 2;
    }

    void usage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run run = cli(QStringList{u"--catalog"_s, catalogFile(u"usage"_s)} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        if (exitCode == 0)
            QVERIFY(run.out.contains(u"Exit codes:"_s));
        else
            QVERIFY(!run.err.isEmpty());
    }

    void newCatalogHasTheExamples()
    {
        const Run run = cli({u"--catalog"_s,
                             catalogFile(u"fresh"_s),
                             u"--json"_s,
                             u"catalog"_s,
                             u"ls"_s,
                             u"examples/lamp"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray entries = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QStringList paths;
        for (const QJsonValue &e : entries)
            paths.append(e[u"path"_s].toString());
        QVERIFY2(paths.contains(u"examples/lamp/lamp-stack"_s), qPrintable(run.out));
        QCOMPARE(entries.first()[u"kind"_s].toString(), u"project"_s);

        const Run none = cli(
            {u"--catalog"_s, catalogFile(u"bare"_s), u"--no-examples"_s, u"catalog"_s, u"ls"_s});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.isEmpty());
    }

    void importPreviewThenImport()
    {
        const QString catalog = catalogFile(u"import"_s);
        const QString bundle = writeFile(u"shop.yaml"_s,
                                         "slipway-bundle: 1\n"
                                         "modules:\n"
                                         "- path: shop/base\n"
                                         "  kind: image\n"
                                         "  author: ann\n"
                                         "  image:\n"
                                         "    native: true\n"
                                         "    recipes:\n"
                                         "      execute: |\n"
                                         "        #!/bin/sh\n"
                                         "        ss-set ready yes\n");
        const QStringList base = {u"--catalog"_s, catalog, u"--no-examples"_s, u"catalog"_s};
        const Run preview = cli(base + QStringList{u"import"_s, u"--dry-run"_s, bundle});
        QCOMPARE(preview.exitCode, 0);
        QVERIFY2(preview.out.contains(u"new"_s) && preview.out.contains(u"shop/base"_s),
                 qPrintable(preview.out));
        QVERIFY(cli(base + QStringList{u"ls"_s}).out.isEmpty()); // nothing imported

        const Run imported = cli(base + QStringList{u"import"_s, bundle});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY(imported.out.contains(u"Imported 1 module(s), 1 version(s)"_s));

        const Run show = cli(base + QStringList{u"show"_s, u"shop/base"_s});
        QCOMPARE(show.exitCode, 0);
        QVERIFY2(show.out.contains(u"      execute: |\n        #!/bin/sh\n"_s),
                 qPrintable(show.out));

        // image-id makes version 2; history and diff show it.
        const Run setId = cli(base
                              + QStringList{u"image-id"_s,
                                            u"shop/base"_s,
                                            u"local"_s,
                                            u"localhost/debian:13"_s,
                                            u"--author"_s,
                                            u"bob"_s});
        QCOMPARE(setId.exitCode, 0);
        QVERIFY2(setId.out.contains(u"shop/base v2: local = localhost/debian:13"_s),
                 qPrintable(setId.out));
        const Run history = cli(base + QStringList{u"--json"_s, u"history"_s, u"shop/base"_s});
        const QJsonArray versions = QJsonDocument::fromJson(history.out.toUtf8()).array();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(0)[u"author"_s].toString(), u"ann"_s);
        QCOMPARE(versions.at(1)[u"author"_s].toString(), u"bob"_s);
        const Run diff = cli(base + QStringList{u"diff"_s, u"shop/base"_s});
        QCOMPARE(diff.exitCode, 0);
        QVERIFY2(diff.out.contains(u"localhost/debian:13"_s), qPrintable(diff.out));
        const Run json = cli(
            base + QStringList{u"--json"_s, u"show"_s, u"shop/base"_s, u"--version"_s, u"1"_s});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8())[u"version"_s].toInt(), 1);

        // Export with history and import elsewhere: the same history.
        const QString exported = m_dir.filePath(u"exported.yaml"_s);
        QCOMPARE(cli(base + QStringList{u"export"_s, u"shop"_s, u"--history"_s, u"-o"_s, exported})
                     .exitCode,
                 0);
        const QStringList other = {u"--catalog"_s,
                                   catalogFile(u"other"_s),
                                   u"--no-examples"_s,
                                   u"catalog"_s};
        QCOMPARE(cli(other + QStringList{u"import"_s, exported}).exitCode, 0);
        QCOMPARE(cli(other + QStringList{u"--json"_s, u"history"_s, u"shop/base"_s}).out,
                 history.out);
    }

    void imageIdNeedsANativeImage()
    {
        const QStringList base = {u"--catalog"_s, catalogFile(u"ids"_s), u"catalog"_s};
        const Run run = cli(
            base + QStringList{u"image-id"_s, u"examples/lamp/web"_s, u"local"_s, u"x"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"not a native image"_s));
        QCOMPARE(cli(base + QStringList{u"image-id"_s, u"no/such"_s, u"local"_s, u"x"_s}).exitCode,
                 1);
    }

    void badInputChangesNothing()
    {
        const QString catalog = catalogFile(u"bad"_s);
        const QStringList base = {u"--catalog"_s, catalog, u"catalog"_s};
        const QString before = cli(base + QStringList{u"ls"_s}).out;
        QVERIFY(!before.isEmpty());
        const QString good = writeFile(u"good.yaml"_s,
                                       "slipway-bundle: 1\nmodules:\n- path: fine\n"
                                       "  kind: project\n");
        const QString bad = writeFile(u"bad.yaml"_s,
                                      "slipway-bundle: 1\nmodules:\n"
                                      "- path: broken\n  kind: project\n"
                                      "  colour: red\n");
        const Run run = cli(base + QStringList{u"import"_s, good, bad});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(bad + u":5:3: unknown field 'colour'"_s), qPrintable(run.err));
        QCOMPARE(cli(base + QStringList{u"ls"_s}).out, before);

        const QString xml = writeFile(u"bad.xml"_s,
                                      "<imageModule shortName=\"x\">\n<targets>\n"
                                      "</imageModule>\n");
        const Run xmlRun = cli(base + QStringList{u"import"_s, xml});
        QCOMPARE(xmlRun.exitCode, 3);
        QVERIFY2(xmlRun.err.contains(xml + u":3:"_s), qPrintable(xmlRun.err));

        const QString dangling = writeFile(u"dangling.yaml"_s,
                                           "slipway-bundle: 1\nmodules:\n- path: d\n"
                                           "  kind: deployment\n  deployment:\n    nodes:\n"
                                           "    - name: n\n      image: no/where\n");
        const Run danglingRun = cli(base + QStringList{u"import"_s, dangling});
        QCOMPARE(danglingRun.exitCode, 3);
        QVERIFY2(danglingRun.err.contains(dangling + u":8:14:"_s), qPrintable(danglingRun.err));
        QCOMPARE(cli(base + QStringList{u"ls"_s}).out, before);
    }

    void conflicts()
    {
        const QStringList base = {u"--catalog"_s, catalogFile(u"conflicts"_s), u"catalog"_s};
        const QString bundle = writeFile(u"conflict.yaml"_s,
                                         "slipway-bundle: 1\nmodules:\n"
                                         "- path: examples/lamp\n  kind: project\n"
                                         "  description: not the shipped one\n");
        const QString before = cli(base + QStringList{u"--json"_s, u"ls"_s}).out;
        const Run refused = cli(base + QStringList{u"import"_s, bundle});
        QCOMPARE(refused.exitCode, 4);
        QVERIFY(refused.err.contains(u"--on-conflict"_s));
        QCOMPARE(cli(base + QStringList{u"--json"_s, u"ls"_s}).out, before);

        const Run preview = cli(base
                                + QStringList{u"--json"_s, u"import"_s, u"--dry-run"_s, bundle});
        QCOMPARE(preview.exitCode, 0);
        const QJsonObject plan = QJsonDocument::fromJson(preview.out.toUtf8()).object();
        QCOMPARE(plan[u"counts"_s][u"conflict"_s].toInt(), 1);
        QCOMPARE(plan[u"items"_s][0][u"fields"_s][0].toString(), u"description"_s);

        const Run renamed = cli(
            base + QStringList{u"import"_s, u"--on-conflict"_s, u"rename"_s, bundle});
        QCOMPARE(renamed.exitCode, 0);
        QVERIFY2(renamed.out.contains(u"import as examples/lamp-imported"_s),
                 qPrintable(renamed.out));
        const Run overwritten = cli(
            base + QStringList{u"import"_s, u"--on-conflict"_s, u"overwrite"_s, bundle});
        QCOMPARE(overwritten.exitCode, 0);
        const Run show = cli(base + QStringList{u"show"_s, u"examples/lamp"_s});
        QVERIFY(show.out.contains(u"description: not the shipped one"_s));
    }

    void importsSlipStreamXml()
    {
        SLIPWAY_REQUIRE_SAMPLES();
        const QString samples = slipstreamSamplesDir();
        QStringList files;
        for (const QString &folder : {u"Torque"_s, u"examples"_s}) {
            const QDir dir(samples + u'/' + folder);
            for (const QString &name : dir.entryList({u"*.xml"_s}, QDir::Files))
                files.append(dir.filePath(name));
        }
        // SlipStream's own examples/ project would conflict with the shipped examples.
        const QStringList base = {u"--catalog"_s,
                                  catalogFile(u"xml"_s),
                                  u"--no-examples"_s,
                                  u"catalog"_s};
        const Run run = cli(base + QStringList{u"--json"_s, u"import"_s} + files);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY2(result[u"applied"_s].toBool(), qPrintable(run.out));
        QCOMPARE(result[u"imported"_s][u"modules"_s].toInt(), 8);
        QVERIFY2(result[u"problems"_s].toArray().isEmpty(), qPrintable(run.out));
        const Run show = cli(base + QStringList{u"show"_s, u"apps/Torque/torque-deployment"_s});
        QVERIFY(show.out.contains(u"output: master:munge_key_b64"_s));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
