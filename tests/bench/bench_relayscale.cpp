// The 1,000-instance exchange through a real slipway-relay process (target <= 2 s end to end),
// beside the same exchange directly with the broker (the anchor).
//
// 1,000 nodes each park a get of their own key (GET ...?timeout=600, as ss-get does), each on
// its own TLS connection; then each key is set by one call (PUT, as ss-set does) on another
// connection, opened beforehand (32 TLS handshakes at a time). Timed: from the first set sent to the last get answered,
// i.e. what the exchange itself costs once the nodes are connected. The broker and its relay
// link run on one thread, the clients on another, slipway-relay in its own process.
//
//   bench_relayscale [--nodes N] [--smoke]

#include "tests/support/relaysupport.h"

#include "core/broker/broker.h"
#include "core/broker/runtimeparameterstore.h"
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

// Every node's connections, on the clients' thread.
class Swarm : public QObject
{
public:
    struct Node
    {
        QSslSocket *getter = nullptr;
        QSslSocket *setter = nullptr;
        QByteArray getBuffer;
        QByteArray setBuffer;
        qint64 answeredNs = -1; // the get's answer, from the first set sent
        bool getOk = false;
        bool setOk = false;
        bool warm = false; // the setter's first call answered
    };

    QList<Node> nodes;
    QElapsedTimer clock;
    int encrypted = 0;
    int warmed = 0;
    int failures = 0;
    QString firstError;

    void open(quint16 port,
              const QSslConfiguration &tls,
              const QString &run,
              const QList<QByteArray> &tokens)
    {
        m_port = port;
        m_tls = tls;
        m_run = run.toUtf8();
        m_tokens = tokens;
        nodes.resize(tokens.size());
        // A few handshakes at a time, as nodes booting over a minute would come: 2,000 at
        // once on one loopback machine would be a benchmark of TLS instead.
        for (int i = 0; i < 32; ++i)
            connectNext();
    }

    void connectNext()
    {
        if (m_next >= 2 * nodes.size())
            return;
        const int i = int(m_next / 2);
        const bool getter = m_next % 2 == 0;
        ++m_next;
        (getter ? nodes[i].getter : nodes[i].setter) = connectOne(i, getter);
    }

    void fire()
    {
        clock.start();
        for (int i = 0; i < nodes.size(); ++i)
            nodes[i].setter->write(
                request(i, "PUT", "/params/ready", QByteArray("v" + QByteArray::number(i))));
    }

    int answered() const
    {
        return int(std::count_if(nodes.cbegin(), nodes.cend(), [](const Node &n) {
            return n.answeredNs >= 0;
        }));
    }

    void closeAll()
    {
        for (Node &n : nodes) {
            delete n.getter;
            delete n.setter;
        }
        nodes.clear();
    }

private:
    QByteArray request(int i, QByteArrayView method, QByteArrayView what, QByteArrayView body)
    {
        return method.toByteArray() + " /api/v1/runs/" + m_run + what
               + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_tokens.at(i)
               + "\r\nX-Slipway-Instance: worker." + QByteArray::number(i + 1)
               + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

    // The status and body of a complete answer at the front of buffer, if there is one.
    static bool takeAnswer(QByteArray &buffer, int *status, QByteArray *body)
    {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QByteArray head = buffer.first(end).toLower();
        const qsizetype at = head.indexOf("content-length:");
        const qsizetype length
            = at < 0 ? 0
                     : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
        if (buffer.size() < end + 4 + length)
            return false;
        *status = buffer.mid(9, 3).toInt();
        *body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        return true;
    }

    QSslSocket *connectOne(int i, bool getter)
    {
        auto *socket = new QSslSocket;
        socket->setSslConfiguration(m_tls);
        socket->setPeerVerifyName(u"127.0.0.1"_s);
        QObject::connect(socket, &QSslSocket::encrypted, this, [this, socket, i, getter] {
            ++encrypted;
            connectNext();
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            // The setter asks once without waiting, so that its connection is a kept-alive one
            // (a connection that asks nothing is closed after 15 s).
            socket->write(
                request(i, "GET", getter ? "/params/ready?timeout=600" : "/params/ready", {}));
        });
        QObject::connect(socket, &QIODevice::readyRead, this, [this, socket, i, getter] {
            Node &n = nodes[i];
            QByteArray &buffer = getter ? n.getBuffer : n.setBuffer;
            buffer += socket->readAll();
            int status = 0;
            QByteArray body;
            while (takeAnswer(buffer, &status, &body)) {
                if (getter) {
                    n.answeredNs = clock.isValid() ? clock.nsecsElapsed() : 0;
                    n.getOk = status == 200 && body == "v" + QByteArray::number(i);
                } else if (!n.warm) {
                    n.warm = status == 204;
                    ++warmed;
                } else {
                    n.setOk = status == 204;
                }
                if (!(getter ? n.getOk : n.warm) && failures++ == 0)
                    firstError = u"%1 of node %2: status %3, %4"_s.arg(getter ? u"get" : u"set")
                                     .arg(i + 1)
                                     .arg(status)
                                     .arg(QString::fromUtf8(body.left(200)));
            }
        });
        QObject::connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket] {
            if (failures++ == 0)
                firstError = socket->errorString();
        });
        socket->connectToHostEncrypted(u"127.0.0.1"_s, m_port);
        return socket;
    }

    quint16 m_port = 0;
    qsizetype m_next = 0;
    QSslConfiguration m_tls;
    QByteArray m_run;
    QList<QByteArray> m_tokens;
};

struct Result
{
    bool ok = false;
    QString error;
    double connectS = 0;   // opening 2 × N TLS connections and parking N gets
    double exchangeMs = 0; // first set sent -> last get answered
    double p50Ms = 0;      // a get's answer, from the first set sent
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool smoke = args.contains(u"--smoke"_s);
    int nodeCount = smoke ? 50 : 1000;
    if (const qsizetype i = args.indexOf(u"--nodes"_s); i >= 0 && i + 1 < args.size())
        nodeCount = args.at(i + 1).toInt();
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
    QThread clientThread;
    QObject clientContext;
    clientContext.moveToThread(&clientThread);
    clientThread.start();

    std::unique_ptr<RuntimeParameterStore> store;
    std::unique_ptr<Broker> broker;
    std::unique_ptr<RelayLink> link;
    QString error;
    bool ok = true;
    onThread(&appContext, [&] {
        store = std::make_unique<RuntimeParameterStore>();
        ok = store->open(dir.filePath(u"rt.db"_s), &error);
        if (!ok)
            return;
        broker = std::make_unique<Broker>(store.get());
        broker->setMaxWaitMs(600000); // connecting 2,000 nodes may take longer than one wait
        Broker::ListenOptions options;
        options.certificateDir = dir.filePath(u"broker-tls"_s);
        ok = broker->listen(options, &error);
        if (!ok)
            return;
        link = RelayTest::startLink(broker.get(), linkPort, secret, ca.clientTls(), {});
    });
    if (!ok) {
        std::fprintf(stderr, "broker: %s\n", qPrintable(error));
        return 1;
    }
    QSslConfiguration brokerTls = QSslConfiguration::defaultConfiguration();
    brokerTls.setCaCertificates(QSslCertificate::fromPath(broker->caFile()));

    int round = 0;
    const auto exchange = [&](bool throughRelay) {
        Result result;
        const QString run = u"scale-%1"_s.arg(++round);
        QList<QByteArray> tokens;
        onThread(&appContext, [&] {
            RunLayout layout;
            layout.nodes.append({u"worker"_s, nodeCount, {u"ready"_s}, {}});
            const auto created = store->createRun(run, layout);
            for (int i = 1; i <= nodeCount; ++i)
                tokens.append(created.tokens.value(u"worker.%1"_s.arg(i)));
            link->setRuns({run});
        });
        if (throughRelay) // the run is announced before its nodes call
            QThread::msleep(500);
        auto swarm = std::make_unique<Swarm>();
        swarm->moveToThread(&clientThread);
        QElapsedTimer connectTime;
        connectTime.start();
        onThread(swarm.get(), [&] {
            swarm->open(throughRelay ? relayPort : broker->port(),
                        throughRelay ? ca.clientTls() : brokerTls,
                        run,
                        tokens);
        });
        int parked = 0;
        int encrypted = 0;
        int failures = 0;
        for (int i = 0; i < 1200 && (parked < nodeCount || encrypted < nodeCount); ++i) {
            QThread::msleep(50);
            onThread(&appContext, [&] { parked = broker->parkedCount(); });
            onThread(swarm.get(), [&] {
                encrypted = swarm->warmed;
                failures = swarm->failures;
            });
            if (failures > 0)
                break;
        }
        result.connectS = double(connectTime.elapsed()) / 1000.0;
        if (parked < nodeCount || encrypted < nodeCount) {
            onThread(swarm.get(), [&] {
                result.error = u"%1 of %2 gets parked, %3 of %4 connections up; %5"_s.arg(parked)
                                   .arg(nodeCount)
                                   .arg(swarm->encrypted)
                                   .arg(2 * nodeCount)
                                   .arg(swarm->firstError);
                swarm->closeAll();
            });
            return result;
        }
        onThread(swarm.get(), [&] { swarm->fire(); });
        int answered = 0;
        for (int i = 0; i < 6000 && answered < nodeCount && failures == 0; ++i) {
            QThread::msleep(1);
            onThread(swarm.get(), [&] {
                answered = swarm->answered();
                failures = swarm->failures;
            });
        }
        onThread(swarm.get(), [&] {
            std::vector<qint64> ns;
            for (const Swarm::Node &n : std::as_const(swarm->nodes))
                if (n.answeredNs >= 0)
                    ns.push_back(n.answeredNs);
            std::sort(ns.begin(), ns.end());
            result.ok = swarm->failures == 0 && int(ns.size()) == nodeCount;
            result.error = swarm->firstError;
            if (!ns.empty()) {
                result.exchangeMs = double(ns.back()) / 1e6;
                result.p50Ms = double(ns[ns.size() / 2]) / 1e6;
            }
            if (!result.ok && result.error.isEmpty())
                result.error = u"%1 of %2 gets answered"_s.arg(ns.size()).arg(nodeCount);
            swarm->closeAll();
        });
        onThread(&clientContext, [&] { swarm.reset(); });
        QThread::msleep(500); // the servers see the connections go
        return result;
    };

    bool linked = false;
    for (int i = 0; i < 300 && !linked; ++i) {
        QThread::msleep(50);
        onThread(&appContext, [&] { linked = link->state() == RelayLink::State::Connected; });
    }
    if (!linked) {
        std::fprintf(stderr, "the link to slipway-relay did not come up\n");
        return 1;
    }

    const Result direct = exchange(false);
    const Result relayed = exchange(true);
    std::printf("%d parked gets, each woken by one set; keep-alive TLS connections opened "
                "beforehand, loopback\n",
                nodeCount);
    const auto print = [](const char *name, const Result &r) {
        if (!r.ok) {
            std::printf("  %-34s FAILED: %s\n", name, qPrintable(r.error));
            return;
        }
        std::printf("  %-34s first set -> last get answered %8.1f ms   (a get's answer p50 "
                    "%7.1f ms; connecting and parking %5.1f s)\n",
                    name,
                    r.exchangeMs,
                    r.p50Ms,
                    r.connectS);
    };
    print("direct to the broker (anchor)", direct);
    print("through slipway-relay (process)", relayed);
    std::printf("  target: <= 2000 ms through the relay\n");

    onThread(&appContext, [&] {
        link.reset();
        broker.reset();
        store.reset();
    });
    relay.stop();
    appThread.quit();
    clientThread.quit();
    appThread.wait();
    clientThread.wait();
    return direct.ok && relayed.ok ? 0 : 1;
}
