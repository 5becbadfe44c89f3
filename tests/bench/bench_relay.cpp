// Relay overhead per call (target: <= 1 ms p50 over direct).
//
// The same call, a GET of a key already set, made by one keep-alive TLS client against the
// real Broker: directly on its HTTPS port (the anchor), and through slipway-relay and the
// application's RelayLink. The relay, the application (broker + link) and the client each
// run on their own thread, as they are separate processes in use; everything is loopback.
//
//   bench_relay [--calls N] [--smoke]

#include "tests/support/relaysupport.h"

#include "core/broker/broker.h"
#include "core/broker/runtimeparameterstore.h"
#include "core/http/httpserverconnection.h"
#include "core/relay/relaylink.h"
#include "core/relay/relayserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSslServer>
#include <QSslSocket>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Slipway;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// Runs `f` on `thread`'s event loop and waits for it.
template<typename F>
void onThread(QObject *context, F &&f)
{
    QMetaObject::invokeMethod(context, std::forward<F>(f), Qt::BlockingQueuedConnection);
}

class Client
{
public:
    bool connect(quint16 port, const QSslConfiguration &tls, QString *error)
    {
        m_socket.setSslConfiguration(tls);
        m_socket.setPeerVerifyName(u"127.0.0.1"_s);
        m_socket.connectToHostEncrypted(u"127.0.0.1"_s, port);
        if (!m_socket.waitForEncrypted(10000)) {
            *error = m_socket.errorString();
            return false;
        }
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        return true;
    }

    // One request, one answer; returns the status, body in *body.
    int call(const QByteArray &request, QByteArray *body)
    {
        m_socket.write(request);
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end >= 0) {
                const QByteArray head = m_buffer.first(end).toLower();
                const qsizetype at = head.indexOf("content-length:");
                const qsizetype length = at < 0
                                             ? 0
                                             : head.mid(at + 15, head.indexOf('\r', at) - at - 15)
                                                   .trimmed()
                                                   .toLongLong();
                if (m_buffer.size() >= end + 4 + length) {
                    const int status = m_buffer.mid(9, 3).toInt();
                    *body = m_buffer.mid(end + 4, length);
                    m_buffer.remove(0, end + 4 + length);
                    return status;
                }
            }
            if (!m_socket.waitForReadyRead(10000))
                return -1;
            m_buffer += m_socket.readAll();
        }
    }

private:
    QSslSocket m_socket;
    QByteArray m_buffer;
};

double percentile(std::vector<qint64> v, double p)
{
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
    int calls = smoke ? 50 : 5000;
    if (const qsizetype i = args.indexOf(u"--calls"_s); i >= 0 && i + 1 < args.size())
        calls = args.at(i + 1).toInt();

    RelayTest::TestCa ca;
    if (!ca.make()) {
        std::fprintf(stderr, "cannot make the test CA: %s\n", qPrintable(ca.error()));
        return 1;
    }
    QTemporaryDir dir;

    // The application: store, broker (direct HTTPS) and link, on their own thread.
    QThread appThread;
    QObject appContext;
    appContext.moveToThread(&appThread);
    appThread.start();
    // The relay, on its own thread.
    QThread relayThread;
    QObject relayContext;
    relayContext.moveToThread(&relayThread);
    relayThread.start();

    std::unique_ptr<RuntimeParameterStore> store;
    std::unique_ptr<Broker> broker;
    std::unique_ptr<RelayLink> link;
    std::unique_ptr<Relay::RelayServer> relay;
    std::unique_ptr<QSslServer> sameStack; // the relay's HTTP stack, serving the broker in-process
    QString error;
    QByteArray token;
    bool ok = true;

    onThread(&appContext, [&] {
        store = std::make_unique<RuntimeParameterStore>();
        ok = store->open(dir.filePath(u"rt.db"_s), &error);
        if (!ok)
            return;
        RunLayout layout;
        layout.nodes.append(
            {u"master"_s, 1, {u"munge_key64"_s}, {{u"munge_key64"_s, u"c2VjcmV0"_s}}});
        layout.nodes.append({u"worker"_s, 1, {}, {}});
        const auto created = store->createRun(u"run1"_s, layout);
        ok = created.ok();
        error = created.error;
        token = created.tokens.value(u"worker.1"_s);
        if (!ok)
            return;
        broker = std::make_unique<Broker>(store.get());
        Broker::ListenOptions options;
        options.certificateDir = dir.filePath(u"broker-tls"_s);
        ok = broker->listen(options, &error);
        if (!ok)
            return;
        sameStack = std::make_unique<QSslServer>();
        sameStack->setSslConfiguration(ca.serverTls());
        QObject::connect(sameStack.get(), &QTcpServer::pendingConnectionAvailable, [&] {
            while (QTcpSocket *socket = sameStack->nextPendingConnection()) {
                auto *c = new HttpServerConnection(socket, {}, 120s, sameStack.get());
                QObject::connect(c,
                                 &HttpServerConnection::requestReceived,
                                 c,
                                 [&, c](const HttpRequest &r) {
                                     BrokerRequest b;
                                     b.method = r.method;
                                     b.path = QUrl::fromPercentEncoding(r.path);
                                     b.query = QUrlQuery(QString::fromUtf8(r.query));
                                     b.headers = r.headers;
                                     b.body = r.body;
                                     b.peer = c->peerAddress();
                                     QPointer<HttpServerConnection> guard(c);
                                     broker->handleRequest(b, [guard](const BrokerResponse &a) {
                                         if (guard)
                                             guard->respond(a.status,
                                                            a.contentType,
                                                            a.headers,
                                                            a.body);
                                     });
                                 });
            }
        });
        ok = sameStack->listen(QHostAddress::LocalHost, 0);
        error = sameStack->errorString();
    });
    if (!ok) {
        std::fprintf(stderr, "broker: %s\n", qPrintable(error));
        return 1;
    }
    onThread(&relayContext, [&] {
        Relay::RelayServer::Options o;
        o.secret = "bench secret, long enough";
        o.tls = ca.serverTls();
        relay = std::make_unique<Relay::RelayServer>(o);
        ok = relay->listen(QHostAddress::LocalHost, 0, QHostAddress::LocalHost, 0);
        error = relay->errorString();
    });
    if (!ok) {
        std::fprintf(stderr, "relay: %s\n", qPrintable(error));
        return 1;
    }
    const quint16 relayPort = relay->nodePort();
    const quint16 linkPort = relay->linkPort();
    onThread(&appContext, [&] {
        link = RelayTest::startLink(broker.get(),
                                    linkPort,
                                    "bench secret, long enough",
                                    ca.clientTls(),
                                    {u"run1"_s});
    });
    bool linked = false;
    for (int i = 0; i < 1000 && !linked; ++i) {
        QThread::msleep(10);
        onThread(&relayContext, [&] { linked = relay->servedRuns().contains(u"run1"_s); });
    }
    if (!linked) {
        std::fprintf(stderr, "the link did not come up\n");
        return 1;
    }

    QSslConfiguration brokerTls = QSslConfiguration::defaultConfiguration();
    brokerTls.setCaCertificates(QSslCertificate::fromPath(broker->caFile()));
    Client direct, relayed, same;
    if (!direct.connect(broker->port(), brokerTls, &error)
        || !relayed.connect(relayPort, ca.clientTls(), &error)
        || !same.connect(sameStack->serverPort(), ca.clientTls(), &error)) {
        std::fprintf(stderr, "client: %s\n", qPrintable(error));
        return 1;
    }
    const QByteArray request = "GET /api/v1/runs/run1/params/master:munge_key64 HTTP/1.1\r\n"
                               "Host: 127.0.0.1\r\nAuthorization: Bearer "
                               + token + "\r\nX-Slipway-Instance: worker.1\r\n\r\n";

    std::vector<qint64> directNs, relayNs, sameNs;
    directNs.reserve(calls);
    relayNs.reserve(calls);
    sameNs.reserve(calls);
    QElapsedTimer timer;
    QByteArray body;
    const int warmup = smoke ? 5 : 200;
    int failures = 0;
    // Interleaved in rounds, so that both paths see the same machine load.
    for (int i = -warmup; i < calls; ++i) {
        for (int path = 0; path < 3; ++path) {
            Client &c = path == 0 ? direct : path == 1 ? relayed : same;
            timer.start();
            const int status = c.call(request, &body);
            const qint64 ns = timer.nsecsElapsed();
            if (status != 200 || body != "c2VjcmV0") {
                ++failures;
                std::fprintf(stderr,
                             "%s call %d: status %d, body \"%s\"\n",
                             path == 0   ? "direct"
                             : path == 1 ? "relayed"
                                         : "same stack",
                             i,
                             status,
                             body.constData());
                if (failures > 5)
                    return 1;
            }
            if (i >= 0)
                (path == 0 ? directNs : path == 1 ? relayNs : sameNs).push_back(ns);
        }
    }

    const double d50 = percentile(directNs, 0.50), d99 = percentile(directNs, 0.99);
    const double r50 = percentile(relayNs, 0.50), r99 = percentile(relayNs, 0.99);
    std::printf(
        "relay overhead per call: GET of a set key, keep-alive TLS, loopback, %d calls each\n",
        calls);
    std::printf("  direct to the broker (anchor)      p50 %7.3f ms   p99 %7.3f ms\n", d50, d99);
    std::printf("  through slipway-relay + RelayLink  p50 %7.3f ms   p99 %7.3f ms\n", r50, r99);
    const double s50 = percentile(sameNs, 0.50), s99 = percentile(sameNs, 0.99);
    std::printf("  relay's HTTP stack, no hop         p50 %7.3f ms   p99 %7.3f ms\n", s50, s99);
    std::printf(
        "  overhead over direct               p50 %7.3f ms   p99 %7.3f ms   (target p50 <= 1 ms)\n",
        r50 - d50,
        r99 - d99);
    std::printf("  overhead of the hop alone          p50 %7.3f ms   p99 %7.3f ms\n",
                r50 - s50,
                r99 - s99);

    onThread(&appContext, [&] {
        link.reset();
        sameStack.reset();
        broker.reset();
        store.reset();
    });
    onThread(&relayContext, [&] { relay.reset(); });
    appThread.quit();
    relayThread.quit();
    appThread.wait();
    relayThread.wait();
    return failures == 0 ? 0 : 1;
}
