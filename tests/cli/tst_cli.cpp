// slipway-cli catalog: the built binary, run on temporary catalogs.

#include "cli/runcommand.h"
#include "core/broker/runtimeparameterstore.h"
#include "core/run/runrecords.h"
#include "core/settings.h"
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

// An image with a password (and a plain input), and a deployment that gives each a value.
constexpr QByteArrayView kSecretBundle = R"(slipway-bundle: 1
modules:
- path: s
  kind: project
- path: s/db
  kind: image
  image:
    native: true
    imageIds:
    - cloud: local
      imageId: localhost/slipway-debian:13
    parameters:
    - name: admin_password
      type: password
      default: dflt-pw-5a1c
    - name: plain
      default: plain-9
- path: s/app
  kind: deployment
  deployment:
    nodes:
    - name: db
      image: s/db
      mappings:
      - input: admin_password
        value: mapped-pw-77b0
      - input: plain
        value: plain-mapped
)";

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

    Run cli(const QStringList &arguments,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        const ProcessResult r = runProcess(m_program,
                                           arguments,
                                           ProcessOptions().withTimeout(60000).withEnvironment(
                                               environment));
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
    // Finished runs in a real catalog: run ls says whose parameters and reports are kept and
    // until when, by the user's settings; run logs writes reports byte for byte.
    // run retention shows the rule, and sets it (in the settings file every process reads);
    // what is not a number of runs or days is refused and nothing is written.
    void retentionIsShownAndSet()
    {
        const QString config = m_dir.filePath(u"retention-config"_s);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, config);
        const QStringList command{u"run"_s, u"retention"_s};

        Run shown = cli(command, env);
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QVERIFY2(shown.out.contains(u"the newest 50 finished runs, for 30 days"_s),
                 qPrintable(shown.out));

        Run set = cli(command + QStringList{u"--keep-finished"_s, u"7"_s}, env);
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QVERIFY2(set.out.contains(u"the newest 7 finished runs, for 30 days"_s),
                 qPrintable(set.out));
        set = cli(command + QStringList{u"--keep-days"_s, u"0"_s}, env);
        QVERIFY2(set.out.contains(u"the newest 7 finished runs"_s) && !set.out.contains(u"days"_s),
                 qPrintable(set.out));
        {
            Slipway::Settings written(config + u"/slipway/slipway.conf"_s);
            QCOMPARE(written.runsKept(), 7);
            QCOMPARE(written.runDaysKept(), 0);
        }

        for (const QStringList &bad : {QStringList{u"--keep-finished"_s, u"-1"_s},
                                       QStringList{u"--keep-days"_s, u"a week"_s},
                                       QStringList{u"extra"_s}}) {
            const Run refused = cli(command + bad, env);
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.err.contains(u"retention"_s) || refused.err.contains(u"--keep"_s),
                     qPrintable(refused.err));
        }
        const Run json = cli({u"--json"_s, u"run"_s, u"retention"_s, u"--keep-days"_s, u"12"_s},
                             env);
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonObject rule = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(rule[u"keepFinished"_s].toInt(), 7);
        QCOMPARE(rule[u"keepDays"_s].toInt(), 12);
    }

    void runLsShowsWhatIsKeptAndLogsAreByteForByte()
    {
        const QString file = catalogFile(u"runs"_s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QByteArray binary("\0\xff\xfe\xc3\x28 not UTF-8\r\n\0", 19);
        for (int i = 0; i < 256; ++i)
            binary += char(i);
        {
            Slipway::RuntimeParameterStore store;
            QString error;
            QVERIFY2(store.open(file, &error), qPrintable(error));
            Slipway::RunRecords records;
            QVERIFY(records.open(file));
            Slipway::RunLayout layout;
            layout.nodes.append({u"worker"_s, 1, {}, {}});
            // r0 (its values pruned already), r1 and r2 finished, r3 going.
            const int ages[] = {40, 20, 2, 0};
            for (int i = 0; i < 4; ++i) {
                const QString id = u"r%1"_s.arg(i);
                if (i > 0)
                    QVERIFY(store.createRun(id, layout).ok());
                Slipway::RunRecord r;
                r.id = id;
                r.kind = u"deployment"_s;
                r.modulePath = u"t/m"_s;
                r.moduleVersion = 1;
                r.keepRunning = u"never"_s;
                r.createdAt = now.addDays(-ages[i]).addSecs(-60);
                r.state = i == 3 ? u"Executing"_s : u"Done"_s;
                if (i < 3) {
                    r.finishedAt = now.addDays(-ages[i]);
                    r.terminated = true;
                }
                QVERIFY(records.insertRun(r));
            }
            QVERIFY(store.addReport(u"r2"_s, u"worker.1"_s, u"core.bin"_s, binary).ok());
            QVERIFY(store.addReport(u"r2"_s, u"worker.1"_s, u"node.log"_s, "fine\n").ok());
            QVERIFY(store.flush());
        }
        // The rule: the newest 2 finished runs, for 30 days.
        QDir().mkpath(m_dir.filePath(u"config/slipway"_s));
        QVERIFY(!writeFile(u"config/slipway/slipway.conf"_s, "[runs]\nkeepFinished=2\nkeepDays=30\n")
                     .isEmpty());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));

        const Run ls = cli({u"--catalog"_s, file, u"run"_s, u"ls"_s}, env);
        QVERIFY2(ls.exitCode == 0, qPrintable(ls.err));
        const QStringList lines = ls.out.split(u'\n');
        const auto lineOf = [&](const QString &run) {
            for (const QString &line : lines) {
                if (line.startsWith(run + u"  "_s))
                    return line;
            }
            return QString();
        };
        QVERIFY2(lineOf(u"r0"_s).endsWith(u"[parameters and reports pruned]"_s), qPrintable(ls.out));
        QVERIFY2(lineOf(u"r1"_s).contains(u"kept until "_s
                                          + now.addDays(-20).addDays(30).toString(u"yyyy-MM-dd"_s)),
                 qPrintable(ls.out));
        QVERIFY2(lineOf(u"r2"_s).contains(u"kept until"_s), qPrintable(ls.out));
        QVERIFY2(!lineOf(u"r3"_s).contains(u"["_s), qPrintable(ls.out)); // going: kept
        QVERIFY2(ls.out.contains(u"the newest 2 finished runs, for 30 days"_s), qPrintable(ls.out));
        // A third finished run is over the count: its values go when the runs are next hosted.
        QVERIFY(!writeFile(u"config/slipway/slipway.conf"_s, "[runs]\nkeepFinished=1\n").isEmpty());
        const Run fewer = cli({u"--catalog"_s, file, u"--json"_s, u"run"_s, u"ls"_s}, env);
        const QJsonArray runs = QJsonDocument::fromJson(fewer.out.toUtf8()).array();
        QHash<QString, QString> parameters;
        for (const QJsonValue &v : runs)
            parameters.insert(v[u"id"_s].toString(), v[u"parameters"_s].toString());
        QCOMPARE(parameters.value(u"r1"_s), u"pruning"_s);
        QCOMPARE(parameters.value(u"r2"_s), u"kept"_s);
        QCOMPARE(parameters.value(u"r0"_s), u"pruned"_s);

        // Byte for byte into files; never decoded on the terminal or in JSON.
        const QString out = m_dir.filePath(u"logs-out"_s);
        const Run logs
            = cli({u"--catalog"_s, file, u"run"_s, u"logs"_s, u"r2"_s, u"--output"_s, out}, env);
        QVERIFY2(logs.exitCode == 0, qPrintable(logs.err));
        QFile written(out + u"/worker.1/core.bin"_s);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), binary);
        QFile text(out + u"/worker.1/node.log"_s);
        QVERIFY(text.open(QIODevice::ReadOnly));
        QCOMPARE(text.readAll(), QByteArray("fine\n"));
        const Run shown = cli({u"--catalog"_s, file, u"run"_s, u"logs"_s, u"r2"_s}, env);
        QVERIFY2(shown.out.contains(u"(binary: not shown"_s), qPrintable(shown.out));
        QVERIFY2(shown.out.contains(u"fine\n"_s), qPrintable(shown.out));
        const Run json = cli({u"--catalog"_s, file, u"--json"_s, u"run"_s, u"logs"_s, u"r2"_s}, env);
        const QJsonArray reports
            = QJsonDocument::fromJson(json.out.toUtf8()).object()[u"reports"_s].toArray();
        QCOMPARE(reports.size(), 2);
        QCOMPARE(QByteArray::fromBase64(reports[0][u"base64"_s].toString().toLatin1()), binary);
        QCOMPARE(reports[1][u"text"_s].toString(), u"fine\n"_s);
    }

    // run tag adds and removes tags of a recorded run; bad tags change nothing, and a run
    // hosted by another process is left to that process (exit 8).
    void runTagsAreEditedAfterLaunch()
    {
        const QString file = catalogFile(u"tags"_s);
        {
            Slipway::RunRecords records;
            QVERIFY(records.open(file));
            Slipway::RunRecord r;
            r.id = u"t1"_s;
            r.kind = u"deployment"_s;
            r.modulePath = u"t/m"_s;
            r.moduleVersion = 1;
            r.keepRunning = u"never"_s;
            r.createdAt = QDateTime::currentDateTimeUtc();
            r.state = u"Done"_s;
            r.plan = QJsonObject{{u"tags"_s, QJsonArray{u"old"_s, u"keep"_s}}, {u"timeout"_s, 60}};
            QVERIFY(records.insertRun(r));
        }
        const auto tagsOf = [&file] {
            Slipway::RunRecords records;
            if (!records.open(file))
                return QStringList{u"(cannot open)"_s};
            QStringList tags;
            for (const QJsonValue &t : records.run(u"t1"_s)->plan.value(u"tags"_s).toArray())
                tags << t.toString();
            return tags;
        };
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString dataDir = m_dir.filePath(u"tags-data"_s);
        QVERIFY(QDir().mkpath(dataDir));
        env.insert(u"SLIPWAY_DATA_DIR"_s, dataDir);

        const Run tagged = cli({u"--catalog"_s,
                                file,
                                u"run"_s,
                                u"tag"_s,
                                u"t1"_s,
                                u"--add"_s,
                                u" new "_s,
                                u"--remove"_s,
                                u"old"_s,
                                u"--add"_s,
                                u"keep"_s},
                               env);
        QVERIFY2(tagged.exitCode == 0, qPrintable(tagged.err));
        QCOMPARE(tagged.out.trimmed(), u"run t1 tags: keep, new"_s);
        QCOMPARE(tagsOf(), (QStringList{u"keep"_s, u"new"_s}));
        {
            // The rest of the plan is kept.
            Slipway::RunRecords records;
            QVERIFY(records.open(file));
            QCOMPARE(records.run(u"t1"_s)->plan.value(u"timeout"_s).toInt(), 60);
        }

        const Run bad
            = cli({u"--catalog"_s, file, u"run"_s, u"tag"_s, u"t1"_s, u"--add"_s, u"a,b"_s}, env);
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(u"is not a tag"_s), qPrintable(bad.err));
        QCOMPARE(tagsOf(), (QStringList{u"keep"_s, u"new"_s}));
        const Run unknown
            = cli({u"--catalog"_s, file, u"run"_s, u"tag"_s, u"nope"_s, u"--add"_s, u"x"_s}, env);
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(u"there is no run nope"_s), qPrintable(unknown.err));

        const Run json = cli({u"--catalog"_s,
                              file,
                              u"--json"_s,
                              u"run"_s,
                              u"tag"_s,
                              u"t1"_s,
                              u"--remove"_s,
                              u"new"_s},
                             env);
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"tags"_s).toArray(),
                 QJsonArray{u"keep"_s});

        // Another process hosts the runs of the data folder: it alone writes their plans.
        Slipway::DataFolderRunHost other(Slipway::ConnectorRegistry{}, dataDir);
        QVERIFY(other.lock());
        const Run busy = cli({u"--catalog"_s, file, u"run"_s, u"tag"_s, u"t1"_s, u"--add"_s, u"x"_s},
                             env);
        QCOMPARE(busy.exitCode, int(Slipway::Cli::ExitHostBusy));
        QVERIFY2(busy.err.contains(u"hosts the runs"_s), qPrintable(busy.err));
        QCOMPARE(tagsOf(), QStringList{u"keep"_s});
        other.unlock();
    }

    // A password's default and a deployment's value for a password input stay out of exported
    // bundles and catalog show (the bundle names what it withheld) unless --with-secrets.
    void passwordsAreWithheldFromBundles()
    {
        const QString bundle = writeFile(u"secret-bundle.yaml"_s, kSecretBundle.toByteArray());
        const QString catalog = catalogFile(u"secrets"_s);
        Run run = cli(
            {u"--catalog"_s, catalog, u"--no-examples"_s, u"catalog"_s, u"import"_s, bundle});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        run = cli({u"--catalog"_s, catalog, u"catalog"_s, u"export"_s, u"s"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.out.contains(u"dflt-pw-5a1c"_s), qPrintable(run.out));
        QVERIFY2(!run.out.contains(u"mapped-pw-77b0"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"#   s/db v1: admin_password"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"#   s/app v1: db:admin_password"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"--with-secrets"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"default: plain-9"_s), qPrintable(run.out)); // not a password
        QVERIFY2(run.out.contains(u"value: plain-mapped"_s), qPrintable(run.out));
        // The bundle without the values still imports.
        const QString withheld = writeFile(u"withheld.yaml"_s, run.out.toUtf8());
        run = cli({u"--catalog"_s,
                   catalogFile(u"secrets-copy"_s),
                   u"--no-examples"_s,
                   u"catalog"_s,
                   u"import"_s,
                   withheld});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        run = cli({u"--catalog"_s, catalog, u"catalog"_s, u"export"_s, u"s"_s, u"--with-secrets"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"dflt-pw-5a1c"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"mapped-pw-77b0"_s), qPrintable(run.out));
        QVERIFY2(!run.out.contains(u"Withheld"_s), qPrintable(run.out));

        for (const QStringList &extra : {QStringList{}, QStringList{u"--json"_s}}) {
            run = cli(QStringList{u"--catalog"_s, catalog} + extra
                      + QStringList{u"catalog"_s, u"show"_s, u"s/db"_s});
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(!run.out.contains(u"dflt-pw-5a1c"_s), qPrintable(run.out));
            QVERIFY2(run.err.contains(u"withheld"_s), qPrintable(run.err));
        }
    }

    // deploy refuses a password in --param (the process list and the shell's history would
    // show it) before it launches anything, and a --param-file line it cannot read is named.
    void deployTakesNoPasswordInArguments()
    {
        const QString catalog = catalogFile(u"deploy-secrets"_s);
        Run run = cli({u"--catalog"_s,
                       catalog,
                       u"--no-examples"_s,
                       u"catalog"_s,
                       u"import"_s,
                       writeFile(u"deploy-bundle.yaml"_s, kSecretBundle.toByteArray())});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        run = cli({u"--catalog"_s,
                   catalog,
                   u"deploy"_s,
                   u"s/app"_s,
                   u"--param"_s,
                   u"db:admin_password=argv-pw-e3"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"admin_password is a password"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"--param-stdin db:admin_password"_s), qPrintable(run.err));
        QVERIFY2(!run.err.contains(u"launched"_s), qPrintable(run.err));

        const QString bad = writeFile(u"bad-params"_s, "# fine\ndb:plain=1\nno equals sign\n");
        run = cli({u"--catalog"_s, catalog, u"deploy"_s, u"s/app"_s, u"--param-file"_s, bad});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(bad + u":3: expected node:param=value"_s), qPrintable(run.err));
        // Standard input that ends before the value is an error, not an empty password.
        run = cli({u"--catalog"_s,
                   catalog,
                   u"deploy"_s,
                   u"s/app"_s,
                   u"--param-stdin"_s,
                   u"db:admin_password"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"standard input ended before its value"_s), qPrintable(run.err));
        run = cli({u"--catalog"_s,
                   catalog,
                   u"deploy"_s,
                   u"s/app"_s,
                   u"--param-stdin"_s,
                   u"admin_password"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"--param-stdin takes node:param"_s), qPrintable(run.err));
    }

    // What a node wrote reaches the terminal with its control characters escaped: no escape
    // sequence (cursor moves, colours, the window title), no forged line, no bidi override.
    void nodeTextIsEscapedForTheTerminal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("multiLine");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << u"ready: 3 workers, é ✓"_s << false << u"ready: 3 workers, é ✓"_s;
        QTest::newRow("title") << u"ok\x1b]0;pwned\x07"_s << false << u"ok\\e]0;pwned\\x07"_s;
        QTest::newRow("clear screen") << u"\x1b[2J\x1b[H"_s << false << u"\\e[2J\\e[H"_s;
        QTest::newRow("forged line")
            << u"x\nworker.2:ready = yes"_s << false << u"x\\nworker.2:ready = yes"_s;
        QTest::newRow("carriage return") << u"bad\rgood"_s << false << u"bad\\rgood"_s;
        QTest::newRow("multi-line kept") << u"a\nb\tc"_s << true << u"a\nb\tc"_s;
        QTest::newRow("CRLF kept") << u"a\r\nb\rc"_s << true << u"a\r\nb\\rc"_s;
        QTest::newRow("C1 CSI") << u"\u009b31m"_s << false << u"\\x9b31m"_s;
        QTest::newRow("bidi override") << u"abc\u202Etxt.exe"_s << false << u"abc\\u202etxt.exe"_s;
        QTest::newRow("delete") << u"a\x7f"_s << false << u"a\\x7f"_s;
    }
    void nodeTextIsEscapedForTheTerminal()
    {
        QFETCH(QString, text);
        QFETCH(bool, multiLine);
        QFETCH(QString, shown);
        QCOMPARE(Slipway::Cli::terminalText(text, multiLine), shown);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
