// cloud-init user-data (core/connector/cloudinit): what the document holds, that it reads
// back as cloud-init reads it, and that the runner it installs really runs the bootstrap
// with its environment and token while the console sees only the status line.

#include "core/connector/cloudinit.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Slipway;

namespace {

const QByteArray kToken = "tok-3f9a1c0be7d24e55a1b2c3d4e5f60718";

QMap<QString, QString> environment()
{
    return {
        {u"SLIPWAY_BROKER_URL"_s, u"https://relay.example:8443/r/abc"_s},
        {u"SLIPWAY_RUN"_s, u"run1"_s},
        {u"SLIPWAY_INSTANCE"_s, u"master.1"_s},
        {u"SLIPWAY_TOKEN"_s, QString::fromLatin1(kToken)},
        {u"ODD"_s, u"it's \"quoted\" $HOME `x`"_s},
    };
}

const QByteArray kCa = "-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----\n";

} // namespace

class TestCloudInit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bootstrapFiles()
    {
        const Result<CloudInitConfig> config = CloudInit::bootstrapConfig("#!/bin/sh\necho hi\n",
                                                                          environment(),
                                                                          u"master.1"_s,
                                                                          kCa);
        QVERIFY2(config, qPrintable(config.errorMessage()));

        const CloudInitFile *token = config->file(QString(CloudInit::kTokenFile));
        QVERIFY(token);
        QCOMPARE(token->permissions, u"0600"_s);
        QCOMPARE(token->content, kToken);

        const CloudInitFile *env = config->file(QString(CloudInit::kEnvironmentFile));
        QVERIFY(env);
        QCOMPARE(env->permissions, u"0600"_s);
        QVERIFY(env->content.contains("SLIPWAY_BROKER_URL='https://relay.example:8443/r/abc'\n"));
        QVERIFY(!env->content.contains(kToken));

        QCOMPARE(config->file(QString(CloudInit::kCaFile))->content, kCa);
        QCOMPARE(config->file(QString(CloudInit::kScriptFile))->permissions, u"0700"_s);
        QCOMPARE(config->file(QString(CloudInit::kRunnerFile))->permissions, u"0700"_s);

        // The token is in its file only: not in the runner, not on a command line.
        for (const CloudInitFile &f : config->files) {
            if (f.path != QString(CloudInit::kTokenFile))
                QVERIFY2(!f.content.contains(kToken), qPrintable(f.path));
        }
        QCOMPARE(config->commands,
                 QList<QStringList>{QStringList({u"/bin/sh"_s, QString(CloudInit::kRunnerFile)})});
    }

    void noCaNoToken()
    {
        const Result<CloudInitConfig> config = CloudInit::bootstrapConfig("echo hi\n",
                                                                          {{u"A"_s, u"1"_s}},
                                                                          u"x.1"_s);
        QVERIFY(config);
        QVERIFY(!config->file(QString(CloudInit::kCaFile)));
        QVERIFY(!config->file(QString(CloudInit::kTokenFile)));
    }

    void badVariableName()
    {
        const Result<CloudInitConfig> config = CloudInit::bootstrapConfig("echo\n",
                                                                          {{u"A-B"_s, u"1"_s}},
                                                                          u"x.1"_s);
        QVERIFY(!config);
        QVERIFY(config.errorMessage().contains(u"A-B"_s));
    }

    void fromBootstrapRequest()
    {
        BootstrapRequest request;
        request.runId = u"run1"_s;
        request.instance.name = InstanceName{u"worker"_s, 2};
        request.script = "echo w\n";
        request.environment = environment();
        const Result<CloudInitConfig> config = CloudInit::bootstrapConfig(request);
        QVERIFY(config);
        QVERIFY(config->file(QString(CloudInit::kRunnerFile))->content.contains("label='worker.2'"));
    }

    void roundTrip()
    {
        const Result<CloudInitConfig> config
            = CloudInit::bootstrapConfig("#!/bin/sh\necho 'a' \"b\"\n",
                                         environment(),
                                         u"m.1"_s,
                                         kCa);
        QVERIFY(config);
        const QByteArray document = CloudInit::userData(*config);
        QVERIFY(document.startsWith("#cloud-config\nwrite_files:\n"));
        QVERIFY(
            document.contains("\nruncmd:\n  - ['/bin/sh', '/var/lib/slipway/run-bootstrap']\n"));
        QVERIFY(!document.contains(kToken)); // base64 only: no plain secret in a dump
        const Result<CloudInitConfig> parsed = CloudInit::parseUserData(document);
        QVERIFY2(parsed, qPrintable(parsed.errorMessage()));
        QCOMPARE(*parsed, *config);
    }

    void parseCloudInitForms()
    {
        const QByteArray doc = "#cloud-config\n"
                               "write_files:\n"
                               "  - path: /etc/motd\n"
                               "    content: |\n"
                               "      hello\n"
                               "runcmd:\n"
                               "  - echo one\n"
                               "  - [ls, '-l', /]\n";
        const Result<CloudInitConfig> parsed = CloudInit::parseUserData(doc);
        QVERIFY2(parsed, qPrintable(parsed.errorMessage()));
        QCOMPARE(parsed->files.size(), 1);
        QCOMPARE(parsed->files[0].content, "hello\n");
        QCOMPARE(parsed->files[0].permissions, u"0644"_s);
        QCOMPARE(parsed->commands.size(), 2);
        QCOMPARE(parsed->commands[0], QStringList({u"sh"_s, u"-c"_s, u"echo one"_s}));
        QCOMPARE(parsed->commands[1], QStringList({u"ls"_s, u"-l"_s, u"/"_s}));
    }

    void parseErrors_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("expected");
        QTest::newRow("shell script") << QByteArray("#!/bin/sh\necho\n") << u"#cloud-config"_s;
        QTest::newRow("bad yaml") << QByteArray("#cloud-config\nwrite_files: [\n") << u"YAML"_s;
        QTest::newRow("no path") << QByteArray("#cloud-config\nwrite_files:\n  - content: x\n")
                                 << u"no path"_s;
        QTest::newRow("bad base64")
            << QByteArray("#cloud-config\nwrite_files:\n  - path: /a\n    encoding: b64\n"
                          "    content: '!!!'\n")
            << u"base64"_s;
        QTest::newRow("gzip") << CloudInit::gzip("#cloud-config\n") << u"gzip"_s;
    }
    void parseErrors()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, expected);
        const Result<CloudInitConfig> parsed = CloudInit::parseUserData(document);
        QVERIFY(!parsed);
        QVERIFY2(parsed.errorMessage().contains(expected), qPrintable(parsed.errorMessage()));
    }

    void gzipIsReadByGzip()
    {
        const QString gzipTool = QStandardPaths::findExecutable(u"gzip"_s);
        QVERIFY2(!gzipTool.isEmpty(), "gzip is part of the build root");
        const Result<CloudInitConfig> config = CloudInit::bootstrapConfig(QByteArray(20000, 'x')
                                                                              + "\n",
                                                                          environment(),
                                                                          u"m.1"_s);
        QVERIFY(config);
        const QByteArray plain = CloudInit::userData(*config);
        const QByteArray packed = CloudInit::userData(*config, CloudInit::Compression::Gzip);
        QVERIFY(packed.startsWith("\x1f\x8b"));
        QVERIFY(packed.size() < plain.size() / 4);
        QProcess gunzip;
        gunzip.start(gzipTool, {u"-dc"_s});
        QVERIFY(gunzip.waitForStarted());
        gunzip.write(packed);
        gunzip.closeWriteChannel();
        QVERIFY(gunzip.waitForFinished(30000));
        QCOMPARE(gunzip.exitCode(), 0);
        QCOMPARE(gunzip.readAllStandardOutput(), plain);
    }

    // Does cloud-init's work (write the files, run the commands) under a temporary root, with
    // the absolute paths moved there, and checks what the bootstrap saw and the console got.
    void runnerRunsTheBootstrap_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<int>("status");
        QTest::newRow("shebang") << QByteArray("#!/bin/sh\nenv > \"$OUT\"\necho visible-output\n")
                                 << 0;
        QTest::newRow("no shebang, fails")
            << QByteArray("env > \"$OUT\"\necho failing\nexit 3\n") << 3;
    }
    void runnerRunsTheBootstrap()
    {
        QFETCH(QByteArray, script);
        QFETCH(int, status);
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString base = root.path();
        QMap<QString, QString> env = environment();
        env.insert(u"OUT"_s, base + u"/seen-env"_s);
        const Result<CloudInitConfig> config = CloudInit::bootstrapConfig(script,
                                                                          env,
                                                                          u"master.1"_s,
                                                                          kCa);
        QVERIFY(config);
        const Result<CloudInitConfig> parsed = CloudInit::parseUserData(
            CloudInit::userData(*config));
        QVERIFY(parsed);

        const auto moved = [&](QByteArray text) {
            for (const char *dir : {"/etc/slipway", "/var/lib/slipway", "/var/log/slipway"})
                text.replace(dir, (base + QString::fromLatin1(dir)).toUtf8());
            return text;
        };
        for (const CloudInitFile &f : parsed->files) {
            const QString path = base + f.path;
            QVERIFY(QDir().mkpath(QFileInfo(path).path()));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(f.path == QString(CloudInit::kRunnerFile) ? moved(f.content) : f.content);
            file.close();
            QVERIFY(file.setPermissions(f.permissions == u"0600"_s
                                            ? QFile::ReadOwner | QFile::WriteOwner
                                            : QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                  | QFile::ReadGroup | QFile::ReadOther));
        }
        QCOMPARE(parsed->commands.size(), 1);
        QStringList argv = parsed->commands.first();
        argv[1] = base + argv[1];
        QProcess runner;
        runner.setProcessChannelMode(QProcess::SeparateChannels);
        runner.start(argv.takeFirst(), argv);
        QVERIFY(runner.waitForFinished(30000));
        QCOMPARE(runner.exitCode(), status);
        const QByteArray console = runner.readAllStandardOutput() + runner.readAllStandardError();
        QCOMPARE(console,
                 QByteArray("slipway-bootstrap: master.1 exit " + QByteArray::number(status)
                            + '\n'));
        QCOMPARE(CloudInit::exitStatus(QString::fromUtf8(console), u"master.1"_s), status);

        QFile seen(base + u"/seen-env"_s);
        QVERIFY(seen.open(QIODevice::ReadOnly));
        const QByteArray seenEnv = seen.readAll();
        QVERIFY(seenEnv.contains(QByteArray("SLIPWAY_TOKEN=" + kToken + '\n')));
        QVERIFY(seenEnv.contains("SLIPWAY_INSTANCE=master.1\n"));
        QVERIFY(seenEnv.contains("ODD=it's \"quoted\" $HOME `x`\n"));
        QFile log(base + QString(CloudInit::kLogFile));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains(status ? "failing" : "visible-output"));
        QCOMPARE(QFileInfo(log).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
    }

    void exitStatus_data()
    {
        QTest::addColumn<QString>("console");
        QTest::addColumn<int>("status"); // -1: none
        QTest::newRow("none") << u"[  OK  ] Reached target cloud-init\n"_s << -1;
        QTest::newRow("zero") << u"x\r\nslipway-bootstrap: web.1 exit 0\r\n"_s << 0;
        QTest::newRow("prefixed") << u"[ 12.3] cloud-init[812]: slipway-bootstrap: web.1 exit 7"_s
                                  << 7;
        QTest::newRow("other instance") << u"slipway-bootstrap: web.10 exit 1\n"_s << -1;
        QTest::newRow("last wins") << u"slipway-bootstrap: web.1 exit 2\n"
                                      u"slipway-bootstrap: web.1 exit 0\n"_s
                                   << 0;
        QTest::newRow("truncated") << u"slipway-bootstrap: web.1 exit "_s << -1;
    }
    void exitStatus()
    {
        QFETCH(QString, console);
        QFETCH(int, status);
        const std::optional<int> found = CloudInit::exitStatus(console, u"web.1"_s);
        QCOMPARE(found.value_or(-1), status);
    }
};

QTEST_GUILESS_MAIN(TestCloudInit)
#include "tst_cloudinit.moc"
