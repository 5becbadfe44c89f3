// A node's call, idle and under a flood (5,000 idle connections, 200 slow unauthenticated
// uploads and 1,000 unauthenticated relay links per target, from flood_generator, a child
// process), directly to the broker and through a real slipway-relay process. A call is what
// ss-get does for a value already set: a new TLS connection, one GET, the answer. The broker
// and its relay link run on their own thread; the calls are made from the main thread.
//
//   bench_flood [--calls N] [--smoke]

#include "tests/support/relaysupport.h"

#include "core/broker/broker.h"
#include "core/broker/runtimeparameterstore.h"
#include "core/http/httplistener.h"
#include "core/http/socketacceptor.h"
#include "core/relay/relaylink.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSslSocket>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Slipway;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

template<typename F>
void onThread(QObject *context, F &&f)
{
    QMetaObject::invokeMethod(context, std::forward<F>(f), Qt::BlockingQueuedConnection);
}

// One call on a new connection; the time it took in ns, or -1 with *why set.
qint64 call(quint16 port, const QSslConfiguration &tls, const QByteArray &request, QString *why)
{
    QElapsedTimer timer;
    timer.start();
    QSslSocket socket;
    socket.setSslConfiguration(tls);
    socket.setPeerVerifyName(u"127.0.0.1"_s);
    socket.connectToHostEncrypted(u"127.0.0.1"_s, port);
    if (!socket.waitForEncrypted(60000)) {
        *why = u"no TLS connection after %1 ms: %2"_s.arg(timer.elapsed()).arg(socket.errorString());
        return -1;
    }
    socket.write(request);
    QByteArray answer;
    while (!answer.contains("\r\n\r\nv")) {
        if (!socket.waitForReadyRead(60000)) {
            *why = u"no answer after %1 ms: %2 (got \"%3\")"_s.arg(timer.elapsed())
                       .arg(socket.errorString(), QString::fromUtf8(answer.left(120)));
            return -1;
        }
        answer += socket.readAll();
    }
    return answer.startsWith("HTTP/1.1 200") ? timer.nsecsElapsed() : -1;
}

double percentile(std::vector<qint64> v, double p)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return double(v[i]) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool smoke = args.contains(u"--smoke"_s);
    int calls = smoke ? 5 : 40;
    if (const qsizetype i = args.indexOf(u"--calls"_s); i >= 0 && i + 1 < args.size())
        calls = args.at(i + 1).toInt();
    SocketAcceptor::raiseOpenFileLimit();

    QTemporaryDir dir;
    const QByteArray secret = "bench secret, long enough to use";

    // slipway-relay, the real daemon.
    RelayTest::TestCa ca;
    RelayTest::RelayDaemon relay;
    if (QString e;
        !RelayTest::startSignedRelay(ca, relay, QStringLiteral(SLIPWAY_RELAY_PROGRAM), secret, &e)) {
        std::fprintf(stderr, "%s\n", qPrintable(e));
        return 1;
    }
    const quint16 relayPort = relay.nodePort();
    const quint16 linkPort = relay.linkPort();

    QThread appThread;
    QObject appContext;
    appContext.moveToThread(&appThread);
    appThread.start();

    std::unique_ptr<RuntimeParameterStore> store;
    std::unique_ptr<Broker> broker;
    std::unique_ptr<RelayLink> link;
    QString error;
    QByteArray token;
    bool ok = true;
    const QString run = u"flood-bench"_s;
    onThread(&appContext, [&] {
        store = std::make_unique<RuntimeParameterStore>();
        ok = store->open(dir.filePath(u"rt.db"_s), &error);
        if (!ok)
            return;
        RunLayout layout;
        layout.nodes.append({u"master"_s, 1, {u"key"_s}, {{u"key"_s, u"value"_s}}});
        layout.nodes.append({u"worker"_s, 1, {}, {}});
        const auto created = store->createRun(run, layout);
        token = created.tokens.value(u"worker.1"_s);
        broker = std::make_unique<Broker>(store.get());
        Broker::ListenOptions options;
        options.certificateDir = dir.filePath(u"broker-tls"_s);
        ok = broker->listen(options, &error);
        if (!ok)
            return;
        link = RelayTest::startLink(broker.get(), linkPort, secret, ca.clientTls(), {run});
    });
    if (!ok) {
        std::fprintf(stderr, "broker: %s\n", qPrintable(error));
        return 1;
    }
    bool linked = false;
    for (int i = 0; i < 300 && !linked; ++i) {
        QThread::msleep(50);
        onThread(&appContext, [&] { linked = link->state() == RelayLink::State::Connected; });
    }
    if (!linked) {
        std::fprintf(stderr, "the link to slipway-relay did not come up\n");
        return 1;
    }
    QThread::msleep(300); // the run's announcement reaches the relay
    QSslConfiguration brokerTls = QSslConfiguration::defaultConfiguration();
    brokerTls.setCaCertificates(QSslCertificate::fromPath(broker->caFile()));
    const QByteArray request = "GET /api/v1/runs/" + run.toUtf8()
                               + "/params/master:key HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                 "Authorization: Bearer "
                               + token + "\r\nX-Slipway-Instance: worker.1\r\n\r\n";

    int failures = 0;
    QString firstFailure;
    const auto measure = [&](std::vector<qint64> &direct, std::vector<qint64> &relayed) {
        for (int i = 0; i < calls; ++i) {
            QString why;
            const qint64 d = call(broker->port(), brokerTls, request, &why);
            if (d < 0 && failures++ == 0)
                firstFailure = u"direct: "_s + why;
            const qint64 r = call(relayPort, ca.clientTls(), request, &why);
            if (r < 0 && failures++ == 0)
                firstFailure = u"through the relay: "_s + why;
            if (d >= 0)
                direct.push_back(d);
            if (r >= 0)
                relayed.push_back(r);
        }
    };
    std::vector<qint64> idleDirect, idleRelay, floodDirect, floodRelay;
    measure(idleDirect, idleRelay);

    QProcess flood;
    flood.setProcessChannelMode(QProcess::SeparateChannels);
    const QString brokerPort = QString::number(broker->port());
    const QString relayNodePort = QString::number(relayPort);
    flood.start(QStringLiteral(FLOOD_GENERATOR),
                {u"--seconds"_s,     u"600"_s,
                 u"--idle-port"_s,   brokerPort,
                 u"--idle-port"_s,   relayNodePort,
                 u"--idle"_s,        smoke ? u"200"_s : u"5000"_s,
                 u"--upload-port"_s, brokerPort,
                 u"--upload-port"_s, relayNodePort,
                 u"--uploads"_s,     smoke ? u"20"_s : u"200"_s,
                 u"--upload-path"_s, u"/api/v1/runs/%1/reports/flood.log"_s.arg(run),
                 u"--link-port"_s,   QString::number(linkPort),
                 u"--links"_s,       smoke ? u"50"_s : u"1000"_s});
    // The flood is up once every idle connection was made at least once.
    const QRegularExpression line(u"flood idle=\\d+/(\\d+)"_s);
    const qint64 idleWanted = smoke ? 2 * 200 : 2 * 5000;
    QString floodOutput;
    for (int i = 0; i < 1200; ++i) {
        flood.waitForReadyRead(100);
        floodOutput += QString::fromUtf8(flood.readAllStandardOutput());
        qint64 opened = 0;
        auto it = line.globalMatch(floodOutput);
        while (it.hasNext())
            opened = it.next().captured(1).toLongLong();
        if (opened >= idleWanted)
            break;
    }
    QThread::msleep(2000); // and at full strength
    measure(floodDirect, floodRelay);
    int brokerConnections = 0;
    onThread(&appContext,
             [&] { brokerConnections = broker->listener()->acceptor().connectionCount(); });
    flood.closeWriteChannel();
    flood.waitForFinished(60000);
    floodOutput += QString::fromUtf8(flood.readAllStandardOutput());

    std::printf("a node's call (new TLS connection, GET of a set value), loopback, %d calls each\n",
                calls);
    std::printf("  %-34s %-24s %s\n", "", "idle", "under the flood");
    const auto row =
        [](const char *name, const std::vector<qint64> &idle, const std::vector<qint64> &flooded) {
            std::printf("  %-34s p50 %7.1f p99 %7.1f ms   p50 %7.1f p99 %7.1f ms\n",
                        name,
                        percentile(idle, 0.5),
                        percentile(idle, 0.99),
                        percentile(flooded, 0.5),
                        percentile(flooded, 0.99));
        };
    row("direct to the broker", idleDirect, floodDirect);
    row("through slipway-relay (process)", idleRelay, floodRelay);
    std::printf("  the flood: %s; the broker held %d connections\n",
                qPrintable(floodOutput.section(u'\n', -3, -3)),
                brokerConnections);
    if (failures > 0)
        std::printf("  %d calls failed, the first %s\n", failures, qPrintable(firstFailure));
    // When the flood is over, both serve as before.
    QString why;
    const qint64 afterDirect = call(broker->port(), brokerTls, request, &why);
    const qint64 afterRelay = afterDirect < 0 ? -1 : call(relayPort, ca.clientTls(), request, &why);
    if (afterDirect < 0 || afterRelay < 0) {
        std::printf("  after the flood, a call failed: %s\n", qPrintable(why));
        ++failures;
    } else {
        std::printf("  after the flood: direct %.1f ms, through the relay %.1f ms\n",
                    double(afterDirect) / 1e6,
                    double(afterRelay) / 1e6);
    }

    onThread(&appContext, [&] {
        link.reset();
        broker.reset();
        store.reset();
    });
    relay.stop();
    appThread.quit();
    appThread.wait();
    return failures == 0 ? 0 : 1;
}
