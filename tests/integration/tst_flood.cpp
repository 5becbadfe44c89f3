// Hostile load on loopback: 5,000 idle connections, 200 slow unauthenticated 16 MiB uploads
// and 1,000 unauthenticated relay links at once, against the broker (TLS, in this process) and
// a real slipway-relay process, from a child process (flood_generator) that stops by itself.
// Meanwhile real nodes (the ss-* tools under dash with curl) exchange values, directly with the
// broker and through the relay; when the flood is over both serve as before.

#include "tests/support/relaysupport.h"
#include "tests/support/testpaths.h"

#include "core/broker/broker.h"
#include "core/broker/runtimeparameterstore.h"
#include "core/http/httplistener.h"
#include "core/relay/relaylink.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>

using namespace Slipway;
using namespace RelayTest;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
const QByteArray kSecret = "flood test secret, 32 characters";
constexpr int kWorkers = 4;
constexpr int kIdle = 5000;
constexpr int kUploads = 200;
constexpr int kLinks = 1000;
constexpr int kFloodSeconds = 400; // at most: the test ends it sooner

struct FloodCounts
{
    qint64 idleOpened = 0;
    qint64 uploadsOpened = 0;
    qint64 linksOpened = 0;
    qint64 answers = 0;
    qint64 closed = 0;
};

// The last "flood ..." line the generator printed.
FloodCounts parseCounts(const QString &output)
{
    static const QRegularExpression line(
        u"flood idle=\\d+/(\\d+) uploads=\\d+/(\\d+) links=\\d+/(\\d+) answers=(\\d+) "
        "closed=(\\d+)"_s);
    FloodCounts counts;
    auto it = line.globalMatch(output);
    while (it.hasNext()) {
        const auto m = it.next();
        counts = {m.captured(1).toLongLong(),
                  m.captured(2).toLongLong(),
                  m.captured(3).toLongLong(),
                  m.captured(4).toLongLong(),
                  m.captured(5).toLongLong()};
    }
    return counts;
}
} // namespace

class TestFlood : public QObject
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
    const QString m_runId = u"flood-run"_s;

    bool startRelay()
    {
        if (!m_relay.start(RelayDaemon::Options::signedBy(m_ca, Testing::relayProgram(), kSecret))) {
            qWarning() << m_relay.error();
            return false;
        }
        m_nodePort = m_relay.nodePort();
        m_linkPort = m_relay.linkPort();
        return true;
    }

    // A node's context: its calls go straight to the broker or through the relay.
    QString contextFor(const QString &instance, bool direct) const
    {
        const QString file = m_dir.filePath(u"ctx-%1-%2"_s.arg(instance, direct ? u"d" : u"r"));
        writeNodeContext(file,
                         direct ? m_broker->port() : m_nodePort,
                         m_runId,
                         instance,
                         m_tokens.value(instance),
                         direct ? m_broker->caFile() : m_ca.path(u"ca.pem"_s));
        return file;
    }

    QProcess *tool(const QString &instance,
                   const QString &name,
                   const QStringList &args,
                   bool direct)
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SLIPWAY_CONTEXT"_s, contextFor(instance, direct));
        env.insert(u"SLIPWAY_HTTP_CLIENT"_s, u"curl"_s);
        env.insert(u"SLIPWAY_RETRY_SECONDS"_s, u"120"_s);
        p->setProcessEnvironment(env);
        p->start(u"dash"_s, QStringList{Testing::sourceFile(u"resources/client/"_s) + name} + args);
        return p;
    }

    static bool finished(QProcess *p, int ms = 120000)
    {
        return QTest::qWaitFor([p] { return p->state() == QProcess::NotRunning; }, ms);
    }

    // Workers wait for master's key, half of them through the relay and half directly; the
    // master sets it through the relay, and each worker answers directly or through the relay.
    void exchange(const QString &key, const QString &value)
    {
        QElapsedTimer took;
        took.start();
        const auto report = qScopeGuard(
            [&] { qInfo().noquote() << "exchange" << key << "took" << took.elapsed() << "ms"; });
        const int parkedBefore = m_broker->parkedCount();
        QList<QProcess *> workers;
        for (int i = 1; i <= kWorkers; ++i)
            workers.append(tool(u"worker.%1"_s.arg(i),
                                u"ss-get"_s,
                                {u"--timeout"_s, u"300"_s, u"master:"_s + key},
                                i % 2 == 0));
        QTRY_COMPARE_WITH_TIMEOUT(m_broker->parkedCount(), parkedBefore + kWorkers, 120000);
        QProcess *master = tool(u"master.1"_s, u"ss-set"_s, {key, value}, false);
        QVERIFY(finished(master));
        QVERIFY2(master->exitCode() == 0, master->readAllStandardError().constData());
        for (QProcess *w : std::as_const(workers)) {
            QVERIFY(finished(w));
            QVERIFY2(w->exitCode() == 0, w->readAllStandardError().constData());
            QCOMPARE(QString::fromUtf8(w->readAllStandardOutput().trimmed()), value);
        }
        QList<QProcess *> answers;
        for (int i = 1; i <= kWorkers; ++i)
            answers.append(tool(u"worker.%1"_s.arg(i), u"ss-set"_s, {u"done"_s, key}, i % 2 == 1));
        for (QProcess *a : std::as_const(answers)) {
            QVERIFY(finished(a));
            QVERIFY2(a->exitCode() == 0, a->readAllStandardError().constData());
        }
        QProcess *all = tool(u"master.1"_s, u"ss-get-all"_s, {u"worker"_s, u"done"_s}, true);
        QVERIFY(finished(all));
        QCOMPARE(all->exitCode(), 0);
        QCOMPARE(all->readAllStandardOutput().count(key.toUtf8()), kWorkers);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Thousands of refused and timed-out connections: their debug lines say nothing here.
        QLoggingCategory::setFilterRules(u"slipway.http.debug=false"_s);
        SocketAcceptor::raiseOpenFileLimit();
        QVERIFY2(m_ca.make(), qPrintable(m_ca.error()));

        m_store = std::make_unique<RuntimeParameterStore>();
        QString error;
        QVERIFY2(m_store->open(m_dir.filePath(u"flood.db"_s), &error), qPrintable(error));
        RunLayout layout;
        layout.nodes.append({u"master"_s, 1, {u"before"_s, u"during"_s, u"after"_s}, {}});
        layout.nodes.append({u"worker"_s, kWorkers, {u"done"_s}, {}});
        const auto run = m_store->createRun(m_runId, layout);
        QVERIFY2(run.ok(), qPrintable(run.error));
        m_tokens = run.tokens;
        m_broker = std::make_unique<Broker>(m_store.get());
        Broker::ListenOptions options;
        options.certificateDir = m_dir.filePath(u"broker-tls"_s);
        QVERIFY2(m_broker->listen(options, &error), qPrintable(error));

        QVERIFY(startRelay());
        m_link = startLink(m_broker.get(), m_linkPort, kSecret, m_ca.clientTls(), {m_runId});
        QTRY_COMPARE_WITH_TIMEOUT(m_link->state(), RelayLink::State::Connected, 15000);
    }

    void cleanupTestCase()
    {
        m_link.reset();
        m_relay.stop();
        m_broker.reset();
        m_store.reset();
    }

    void nodesAreServedThroughAFlood()
    {
        exchange(u"before"_s, u"value before the flood"_s);

        const QString uploadPath = u"/api/v1/runs/%1/reports/flood.log"_s.arg(m_runId);
        QProcess flood;
        flood.setProcessChannelMode(QProcess::SeparateChannels);
        flood.setInputChannelMode(QProcess::ManagedInputChannel);
        const QString broker = QString::number(m_broker->port());
        const QString relay = QString::number(m_nodePort);
        flood.start(QStringLiteral(FLOOD_GENERATOR),
                    {u"--seconds"_s,     QString::number(kFloodSeconds),
                     u"--idle-port"_s,   broker,
                     u"--idle-port"_s,   relay,
                     u"--idle"_s,        QString::number(kIdle),
                     u"--upload-port"_s, broker,
                     u"--upload-port"_s, relay,
                     u"--uploads"_s,     QString::number(kUploads),
                     u"--upload-path"_s, uploadPath,
                     u"--link-port"_s,   QString::number(m_linkPort),
                     u"--links"_s,       QString::number(kLinks)});
        QElapsedTimer floodTime;
        floodTime.start();
        QString output;
        const auto read = [&] {
            output += QString::fromUtf8(flood.readAllStandardOutput());
            return parseCounts(output);
        };
        // The flood is up: the idle connections and the uploads were all made at least once
        // (the link port lets few in: over its cap they are closed as they connect, and the
        // rest wait in its backlog), and the broker holds thousands of idle connections.
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         const FloodCounts c = read();
                         return c.idleOpened >= 2 * kIdle * 9 / 10
                                && c.uploadsOpened >= 2 * kUploads && c.linksOpened >= kLinks / 2;
                     },
                     60000),
                 qPrintable(output.section(u'\n', -2, -2)));
        qInfo().noquote() << "flood up after" << floodTime.elapsed()
                          << "ms:" << output.section(u'\n', -2, -2);
        const SocketAcceptor &acceptor = m_broker->listener()->acceptor();
        QVERIFY(acceptor.connectionCount(QHostAddress(u"127.0.0.2"_s)) > 1000);

        exchange(u"during"_s, u"value during the flood"_s);
        // It was during the flood: the generator is still at it, until told to stop.
        QCOMPARE(flood.state(), QProcess::Running);
        qInfo().noquote() << "broker during the flood:" << acceptor.connectionCount()
                          << "connections,"
                          << acceptor.connectionCount(QHostAddress(u"127.0.0.2"_s))
                          << "of them idle from the flooding address," << acceptor.refusedCount()
                          << "refused over the caps";
        QVERIFY(m_link->state() == RelayLink::State::Connected);
        flood.closeWriteChannel();

        QVERIFY(QTest::qWaitFor([&] { return flood.state() == QProcess::NotRunning; }, 120000));
        read();
        QVERIFY2(output.contains(u"flood done"_s), qPrintable(output.right(400)));
        const FloodCounts total = parseCounts(output);
        qInfo().noquote() << "flood:" << output.section(u'\n', -3, -3);
        // The servers closed what they would not keep (over a cap, silent too long, no HELLO);
        // how the uploads are answered from their headers is tst_brokerhttp's and
        // tst_relayserver's.
        QVERIFY(total.closed > kLinks);
        QVERIFY(m_store->reports(m_runId).isEmpty());

        // Once the flood is over, its connections are gone and both serve as before.
        QTRY_VERIFY_WITH_TIMEOUT(acceptor.connectionCount() < 20, 30000);
        QVERIFY(m_relay.isRunning());
        exchange(u"after"_s, u"value after the flood"_s);
    }
};

QTEST_GUILESS_MAIN(TestFlood)
#include "tst_flood.moc"
