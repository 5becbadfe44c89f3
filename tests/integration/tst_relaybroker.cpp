// node -> slipway-relay (the real daemon, a separate process) -> RelayLink -> real Broker.
// The nodes are the real ss-* tools under dash with curl, pointed at the relay.

#include "tests/support/relaysupport.h"
#include "tests/support/testpaths.h"

#include "core/broker/broker.h"
#include "core/broker/runtimeparameterstore.h"
#include "core/relay/relaylink.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Slipway;
using namespace RelayTest;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
const QByteArray kSecret = "integration secret, 32 characters";
constexpr int kWorkers = 12;
} // namespace

class TestRelayBroker : public QObject
{
    Q_OBJECT

private:
    TestCa m_ca;
    QTemporaryDir m_dir;
    std::unique_ptr<RuntimeParameterStore> m_store;
    std::unique_ptr<Broker> m_broker;
    std::unique_ptr<RelayLink> m_link;
    RelayDaemon m_relay;
    QHash<QString, QByteArray> m_tokens;
    quint16 m_nodePort = 0;
    quint16 m_linkPort = 0;
    QString m_runId;
    QString m_nodeCa; // the CA the nodes trust, when not the test CA
    int m_runs = 0;

    // Starts slipway-relay; port 0 picks free ports, read back from what it prints.
    bool startRelay(quint16 nodePort,
                    quint16 linkPort,
                    const QString &certificate = {},
                    const QString &key = {})
    {
        auto o = RelayDaemon::Options::signedBy(m_ca, Testing::relayProgram(), kSecret);
        if (!certificate.isEmpty())
            o.certificate = certificate;
        if (!key.isEmpty())
            o.key = key;
        o.nodePort = nodePort;
        o.linkPort = linkPort;
        o.extraArguments = {u"--max-request-size"_s, u"64K"_s};
        if (!m_relay.start(o)) {
            qWarning() << m_relay.error();
            return false;
        }
        m_nodePort = m_relay.nodePort();
        m_linkPort = m_relay.linkPort();
        return true;
    }

    void killRelay() { m_relay.stop(); }

    QString contextFor(const QString &instance) const
    {
        const QString file = m_dir.filePath(u"ctx-%1-%2"_s.arg(m_runId, instance));
        writeNodeContext(file,
                         m_nodePort,
                         m_runId,
                         instance,
                         m_tokens.value(instance),
                         m_nodeCa.isEmpty() ? m_ca.path(u"ca.pem"_s) : m_nodeCa);
        return file;
    }

    QProcess *tool(const QString &instance, const QString &name, const QStringList &args)
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SLIPWAY_CONTEXT"_s, contextFor(instance));
        env.insert(u"SLIPWAY_HTTP_CLIENT"_s, u"curl"_s);
        env.insert(u"SLIPWAY_RETRY_SECONDS"_s, u"60"_s);
        p->setProcessEnvironment(env);
        p->start(u"dash"_s, QStringList{Testing::sourceFile(u"resources/client/"_s) + name} + args);
        return p;
    }

    // Waits with the event loop running: the broker and the link live on this thread.
    static bool finished(QProcess *p, int ms = 60000)
    {
        return QTest::qWaitFor([p] { return p->state() == QProcess::NotRunning; }, ms);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_ca.make(), qPrintable(m_ca.error()));
        QFile secret(m_dir.filePath(u"secret"_s));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write(kSecret + '\n');
        secret.close();
        QVERIFY(secret.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    }

    void init()
    {
        m_runId = u"run-%1"_s.arg(++m_runs);
        m_store = std::make_unique<RuntimeParameterStore>();
        QString error;
        QVERIFY2(m_store->open(m_dir.filePath(m_runId + u".db"_s), &error), qPrintable(error));
        RunLayout layout;
        layout.nodes.append({u"master"_s, 1, {u"munge_key64"_s}, {}});
        layout.nodes.append({u"worker"_s, kWorkers, {u"done"_s}, {}});
        const auto run = m_store->createRun(m_runId, layout);
        QVERIFY2(run.ok(), qPrintable(run.error));
        m_tokens = run.tokens;
        m_broker = std::make_unique<Broker>(m_store.get());
        Broker::ListenOptions options;
        options.plainHttp = true; // only the relay path is used by the nodes here
        QVERIFY2(m_broker->listen(options, &error), qPrintable(error));

        QVERIFY(startRelay(0, 0));
        m_link = startLink(m_broker.get(), m_linkPort, kSecret, m_ca.clientTls(), {m_runId});
        QTRY_COMPARE_WITH_TIMEOUT(m_link->state(), RelayLink::State::Connected, 15000);
    }

    void cleanup()
    {
        m_nodeCa.clear();
        m_link.reset();
        killRelay();
        m_broker.reset();
        m_store.reset();
    }

    void exchangeThroughTheRelayDaemon()
    {
        QList<QProcess *> workers;
        for (int i = 1; i <= kWorkers; ++i)
            workers.append(tool(u"worker.%1"_s.arg(i), u"ss-get"_s, {u"master:munge_key64"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(m_broker->parkedCount(), kWorkers, 30000);
        QProcess *master = tool(u"master.1"_s, u"ss-set"_s, {u"munge_key64"_s, u"c2VjcmV0"_s});
        QVERIFY(finished(master));
        QCOMPARE(master->exitCode(), 0);
        for (QProcess *w : std::as_const(workers)) {
            QVERIFY(finished(w));
            QCOMPARE(w->exitCode(), 0);
            QCOMPARE(w->readAllStandardOutput().trimmed(), "c2VjcmV0");
        }
        // Tokens pass through the relay and the broker checks them: a worker may not set the
        // master's key (refused: SlipStream's exit code for a client error, 7).
        QProcess *forger = tool(u"worker.1"_s, u"ss-set"_s, {u"master:munge_key64"_s, u"x"_s});
        QVERIFY(finished(forger));
        QCOMPARE(forger->exitCode(), 7);
        QVERIFY(forger->readAllStandardError().contains("may not set"));
        // A value over 4096 characters: refused by the tool itself, as SlipStream's client
        // (exit 7); the relay's own limit (413) is tst_relayserver's.
        QProcess *big = tool(u"worker.1"_s, u"ss-set"_s, {u"done"_s, QString(70000, u'x')});
        QVERIFY(finished(big));
        QCOMPARE(big->exitCode(), 7);
    }

    void bootstrapThroughTheRelay()
    {
        // The node's bootstrap fetches the tools through the relay (no run in those calls),
        // then the installed tools work through it too.
        const QString bin = m_dir.filePath(m_runId + u"-bin"_s);
        QProcess boot;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SLIPWAY_CONTEXT"_s, contextFor(u"worker.1"_s));
        boot.setProcessEnvironment(env);
        boot.start(u"dash"_s, {Testing::sourceFile(u"resources/client/bootstrap"_s), bin});
        QVERIFY(finished(&boot));
        QVERIFY2(boot.exitCode() == 0, boot.readAllStandardError().constData());
        for (const char *tool : {"ss-lib", "ss-get", "ss-set", "ss-get-all"}) {
            QFile installed(bin + u'/' + QLatin1StringView(tool));
            QFile original(Testing::sourceFile(u"resources/client/"_s) + QLatin1StringView(tool));
            QVERIFY(installed.open(QIODevice::ReadOnly));
            QVERIFY(original.open(QIODevice::ReadOnly));
            QCOMPARE(installed.readAll(), original.readAll());
        }
        QProcess set;
        set.setProcessEnvironment(env);
        set.start(u"dash"_s, {bin + u"/ss-set"_s, u"done"_s, u"installed"_s});
        QVERIFY(finished(&set));
        QCOMPARE(set.exitCode(), 0);
    }

    void relayRestartedMidExchange()
    {
        QList<QProcess *> workers;
        for (int i = 1; i <= kWorkers; ++i)
            workers.append(tool(u"worker.%1"_s.arg(i),
                                u"ss-get"_s,
                                {u"--timeout"_s, u"120"_s, u"master:munge_key64"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(m_broker->parkedCount(), kWorkers, 30000);

        // The relay dies with every worker's call in it, and comes back on the same ports.
        const quint16 nodePort = m_nodePort, linkPort = m_linkPort;
        killRelay();
        QTRY_VERIFY(m_link->state() != RelayLink::State::Connected);
        QTest::qWait(500); // the workers' tools are now retrying against a dead port
        QVERIFY(startRelay(nodePort, linkPort));
        QTRY_COMPARE_WITH_TIMEOUT(m_link->state(), RelayLink::State::Connected, 15000);
        QCOMPARE(m_link->connectionCount(), 2);

        // Each worker sets its own value too, so every value can be checked afterwards.
        QList<QProcess *> setters;
        for (int i = 1; i <= kWorkers; ++i)
            setters.append(
                tool(u"worker.%1"_s.arg(i), u"ss-set"_s, {u"done"_s, u"worker %1 done"_s.arg(i)}));
        QProcess *master = tool(u"master.1"_s, u"ss-set"_s, {u"munge_key64"_s, u"bW9yZQ=="_s});
        QVERIFY(finished(master));
        QCOMPARE(master->exitCode(), 0);
        for (QProcess *w : std::as_const(workers)) {
            QVERIFY(finished(w));
            QCOMPARE(w->exitCode(), 0);
            QCOMPARE(w->readAllStandardOutput().trimmed(), "bW9yZQ==");
        }
        for (QProcess *s : std::as_const(setters)) {
            QVERIFY(finished(s));
            QCOMPARE(s->exitCode(), 0);
        }
        for (int i = 1; i <= kWorkers; ++i) {
            QProcess *get = tool(u"master.1"_s,
                                 u"ss-get"_s,
                                 {u"--noblock"_s, u"worker.%1:done"_s.arg(i)});
            QVERIFY(finished(get));
            QCOMPARE(get->exitCode(), 0);
            QCOMPARE(QString::fromUtf8(get->readAllStandardOutput().trimmed()),
                     u"worker %1 done"_s.arg(i));
        }
    }

    void relayCertificateFromTheBrokerCa()
    {
        // slipway-cli relay cert, in a data folder of its own: a certificate for the relay
        // signed by the broker's CA, with a key of its own.
        QTemporaryDir data;
        const QString out = data.filePath(u"relay-tls"_s);
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SLIPWAY_DATA_DIR"_s, data.filePath(u"slipway"_s));
        cli.setProcessEnvironment(env);
        cli.start(Testing::cliProgram(),
                  {u"relay"_s,
                   u"cert"_s,
                   u"--name"_s,
                   u"127.0.0.1"_s,
                   u"--name"_s,
                   u"relay.example.org"_s,
                   u"--output"_s,
                   out});
        QVERIFY(cli.waitForFinished(30000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const QString brokerTls = data.filePath(u"slipway/tls"_s);
        const QString brokerCa = brokerTls + u"/ca.pem"_s;
        QVERIFY(QFile::exists(brokerCa));
        QCOMPARE(QFileInfo(out + u"/tls.key"_s).permissions()
                     & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFileDevice::Permissions());
        // The relay's key is its own: neither the CA's nor the broker's.
        QFile relayKey(out + u"/tls.key"_s);
        QVERIFY(relayKey.open(QIODevice::ReadOnly));
        const QByteArray relayKeyPem = relayKey.readAll();
        for (const char *brokerKey : {"ca.key", "server.key"}) {
            QFile f(brokerTls + u'/' + QLatin1StringView(brokerKey));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(f.readAll() != relayKeyPem);
        }
        const auto chain = QSslCertificate::fromPath(out + u"/tls.crt"_s);
        QCOMPARE(chain.size(), 2);
        QCOMPARE(chain.at(1), QSslCertificate::fromPath(brokerCa).value(0));
        QVERIFY(chain.at(0)
                    .subjectAlternativeNames()
                    .values(QSsl::DnsEntry)
                    .contains(u"relay.example.org"_s));
        QCOMPARE(chain.at(0).issuerDisplayName(), chain.at(1).subjectDisplayName());

        // The relay serves with it: the application trusting the broker's CA links, and a node
        // trusting only the broker's CA calls through it.
        m_link.reset();
        killRelay();
        QVERIFY(startRelay(0, 0, out + u"/tls.crt"_s, out + u"/tls.key"_s));
        QSslConfiguration trustsBroker = QSslConfiguration::defaultConfiguration();
        trustsBroker.setCaCertificates(QSslCertificate::fromPath(brokerCa));
        m_link = startLink(m_broker.get(), m_linkPort, kSecret, trustsBroker, {m_runId});
        QTRY_COMPARE_WITH_TIMEOUT(m_link->state(), RelayLink::State::Connected, 15000);
        m_nodeCa = brokerCa;
        QProcess *set = tool(u"master.1"_s, u"ss-set"_s, {u"munge_key64"_s, u"Y2VydA=="_s});
        QVERIFY(finished(set));
        QVERIFY2(set->exitCode() == 0, set->readAllStandardError().constData());
        QProcess *get = tool(u"worker.1"_s, u"ss-get"_s, {u"master:munge_key64"_s});
        QVERIFY(finished(get));
        QCOMPARE(get->exitCode(), 0);
        QCOMPARE(get->readAllStandardOutput().trimmed(), "Y2VydA==");
    }

    void daemonRefusesBadSetups_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no secret") << QStringList{u"--plain"_s,
                                                  u"--listen"_s,
                                                  u"127.0.0.1:0"_s,
                                                  u"--link-listen"_s,
                                                  u"127.0.0.1:0"_s}
                                   << u"--secret-file is required"_s;
        QTest::newRow("plain on all addresses")
            << QStringList{u"--plain"_s, u"--secret-file"_s, u"SECRET"_s}
            << u"--plain is allowed only with loopback addresses"_s;
        QTest::newRow("bad port") << QStringList{u"--listen"_s, u"127.0.0.1:99999"_s}
                                  << u"--listen \"127.0.0.1:99999\": the port must be"_s;
        QTest::newRow("no cert") << QStringList{u"--secret-file"_s, u"SECRET"_s}
                                 << u"--cert and --key are required"_s;
        QTest::newRow("bad size") << QStringList{u"--max-request-size"_s, u"lots"_s}
                                  << u"\"lots\" is not a size"_s;
    }

    void daemonRefusesBadSetups()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        args.replaceInStrings(u"SECRET"_s, m_dir.filePath(u"secret"_s));
        QProcess p;
        p.start(Testing::relayProgram(), args);
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromLocal8Bit(p.readAllStandardError());
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY(!err.contains(QString::fromLatin1(kSecret)));
    }

    void secretFileReadableByOthersRefused()
    {
        const QString loose = m_dir.filePath(u"loose-secret"_s);
        QFile f(loose);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kSecret);
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        QProcess p;
        p.start(Testing::relayProgram(),
                {u"--plain"_s,
                 u"--listen"_s,
                 u"127.0.0.1:0"_s,
                 u"--link-listen"_s,
                 u"127.0.0.1:0"_s,
                 u"--secret-file"_s,
                 loose});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("readable by other users"));
    }
};

QTEST_GUILESS_MAIN(TestRelayBroker)
#include "tst_relaybroker.moc"
