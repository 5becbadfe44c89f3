// The relay and the application's link, in one process, over TLS on loopback.

#include "tests/support/relaysupport.h"

#include "core/http/httplistener.h"
#include "core/http/socketacceptor.h"
#include "core/relay/relayframe.h"
#include "core/relay/relaylink.h"
#include "core/relay/relayserver.h"

#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Slipway;
using namespace Slipway::Relay;
using namespace RelayTest;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
const QByteArray kSecret = "correct horse battery staple 42";
}

class TestRelayServer : public QObject
{
    Q_OBJECT

private:
    TestCa m_ca;

    std::unique_ptr<RelayServer> startRelay(
        qsizetype maxRequestSize = 1024 * 1024,
        quint16 nodePort = 0,
        quint16 linkPort = 0,
        const std::function<void(RelayServer::Options &)> &tweak = {})
    {
        RelayServer::Options o;
        o.secret = kSecret;
        o.tls = m_ca.serverTls();
        o.maxRequestSize = maxRequestSize;
        o.authTimeout = 1s;
        if (tweak)
            tweak(o);
        auto relay = std::make_unique<RelayServer>(o);
        if (!relay->listen(QHostAddress::LocalHost, nodePort, QHostAddress::LocalHost, linkPort)) {
            qWarning() << relay->errorString();
            return nullptr;
        }
        return relay;
    }

    std::unique_ptr<RelayLink> makeLink(BrokerRequestHandler *handler,
                                        const RelayServer &relay,
                                        const QStringList &runs,
                                        const QByteArray &secret = kSecret,
                                        std::optional<QSslConfiguration> tls = {})
    {
        return startLink(handler,
                         relay.linkPort(),
                         secret,
                         tls ? *tls : m_ca.clientTls(),
                         runs,
                         50ms,
                         400ms);
    }

    QUrl nodeUrl(const RelayServer &relay, const QString &pathAndQuery) const
    {
        return QUrl(u"https://127.0.0.1:%1%2"_s.arg(relay.nodePort()).arg(pathAndQuery));
    }

    static bool waitFinished(QNetworkReply *reply, int ms = 10000)
    {
        return QTest::qWaitFor([reply] { return reply->isFinished(); }, ms);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_ca.make(), qPrintable(m_ca.error())); }

    void callForwardedAndAnswered()
    {
        auto relay = startRelay();
        QVERIFY(relay);
        EchoHandler echo;
        auto link = makeLink(&echo, *relay, {u"run-1"_s});
        QTRY_COMPARE(link->state(), RelayLink::State::Connected);
        QTRY_COMPARE(relay->servedRuns(), QStringList{u"run-1"_s});

        Node node(m_ca.clientTls());
        QNetworkReply *reply
            = node.call("PUT",
                        nodeUrl(*relay,
                                u"/api/v1/runs/run-1/params/master.1%3Amunge_key?ignore-abort=1"_s),
                        "s3cr3t value",
                        {{"Authorization", "Bearer node-token"}});
        QVERIFY(waitFinished(reply));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(statusOf(reply), 200);
        QCOMPARE(reply->readAll(),
                 "PUT /api/v1/runs/run-1/params/master.1:munge_key?ignore-abort=1\n"
                 "Bearer node-token\ns3cr3t value");
        QCOMPARE(reply->rawHeader("x-echo-peer"), "127.0.0.1");
        QCOMPARE(echo.calls, 1);

        // /bootstrap and /client/* name their run in a header or in the query.
        QNetworkReply *byHeader = node.call("GET",
                                            nodeUrl(*relay, u"/client/ss-get"_s),
                                            {},
                                            {{"X-Slipway-Run", "run-1"}});
        QNetworkReply *byQuery = node.call("GET", nodeUrl(*relay, u"/bootstrap?run=run-1"_s));
        // Without a run, the bootstrap and the tools (the same for every run) are still served.
        QNetworkReply *anyRun = node.call("GET", nodeUrl(*relay, u"/client/ss-set"_s));
        QVERIFY(waitFinished(anyRun));
        QCOMPARE(statusOf(anyRun), 200);
        QVERIFY(anyRun->readAll().startsWith("GET /client/ss-set?"));
        QVERIFY(waitFinished(byHeader));
        QVERIFY(waitFinished(byQuery));
        QCOMPARE(statusOf(byHeader), 200);
        QVERIFY(byHeader->readAll().startsWith("GET /client/ss-get?"));
        QCOMPARE(statusOf(byQuery), 200);
        QVERIFY(byQuery->readAll().startsWith("GET /bootstrap?run=run-1"));
        QCOMPARE(relay->callsInFlight(), 0);
        QCOMPARE(link->callsInFlight(), 0);
    }

    void unroutableCalls_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown run")
            << u"/api/v1/runs/other/params/x"_s << 503 << "no application serves run other"_ba;
        QTest::newRow("no run") << u"/api/v1/health"_s << 400 << "no run id"_ba;
        QTest::newRow("bad run") << u"/api/v1/runs/a%20b/params/x"_s << 400 << "invalid run id"_ba;
    }

    void unroutableCalls()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QByteArray, message);
        auto relay = startRelay();
        QVERIFY(relay);
        EchoHandler echo;
        auto link = makeLink(&echo, *relay, {u"run-1"_s});
        QTRY_COMPARE(relay->servedRuns().size(), 1);
        Node node(m_ca.clientTls());
        QNetworkReply *reply = node.call("GET", nodeUrl(*relay, path));
        QVERIFY(waitFinished(reply));
        QCOMPARE(statusOf(reply), status);
        QVERIFY2(reply->readAll().contains(message), message.constData());
        QCOMPARE(echo.calls, 0);
    }

    void runIndependentCalls_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<bool>("independent");
        QTest::newRow("tool") << "GET"_ba << "/client/ss-get"_ba << true;
        QTest::newRow("bootstrap") << "GET"_ba << "/bootstrap"_ba << true;
        QTest::newRow("head") << "HEAD"_ba << "/client/ss-get"_ba << true;
        QTest::newRow("put") << "PUT"_ba << "/client/ss-get"_ba << false;
        QTest::newRow("dot dot") << "GET"_ba << "/client/../api/v1/runs/r/params/x"_ba << false;
        QTest::newRow("escaped") << "GET"_ba << "/client/%2e%2e/api"_ba << false;
        QTest::newRow("api") << "GET"_ba << "/api/v1/health"_ba << false;
    }

    void runIndependentCalls()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(bool, independent);
        HttpRequest r;
        r.method = method;
        r.path = path;
        QCOMPARE(RelayServer::isRunIndependent(r), independent);
    }

    void longPollParkedThenAnswered()
    {
        auto relay = startRelay();
        QVERIFY(relay);
        ParkingHandler broker;
        auto link = makeLink(&broker, *relay, {u"run-1"_s});
        QTRY_COMPARE(relay->servedRuns().size(), 1);
        Node node(m_ca.clientTls());
        QNetworkReply *reply
            = node.call("GET", nodeUrl(*relay, u"/api/v1/runs/run-1/params/master:ip?timeout=60"_s));
        QTRY_COMPARE(broker.parked.size(), 1);
        QTest::qWait(3000); // parked for a few seconds, as a waiting ss-get is
        QVERIFY(!reply->isFinished());
        QCOMPARE(relay->callsInFlight(), 1);
        QCOMPARE(broker.answer(u"master:ip"_s, "10.0.0.7"), 1);
        QVERIFY(waitFinished(reply));
        QCOMPARE(statusOf(reply), 200);
        QCOMPARE(reply->readAll(), "10.0.0.7");
    }

    void nodeGoingAwayCancels()
    {
        auto relay = startRelay();
        QVERIFY(relay);
        ParkingHandler broker;
        auto link = makeLink(&broker, *relay, {u"run-1"_s});
        QTRY_COMPARE(relay->servedRuns().size(), 1);
        {
            Node node(m_ca.clientTls());
            node.call("GET", nodeUrl(*relay, u"/api/v1/runs/run-1/params/a"_s));
            QTRY_COMPARE(link->callsInFlight(), 1);
        } // the node's connections close here
        QTRY_COMPARE(relay->callsInFlight(), 0);
        QTRY_COMPARE(link->callsInFlight(), 0); // CANCEL reached the application
        // The broker answers late: nobody waits for it, nothing breaks.
        QCOMPARE(broker.answer(u"/params/a"_s, "late"), 1);
        Node next(m_ca.clientTls());
        QNetworkReply *reply = next.call("GET", nodeUrl(*relay, u"/api/v1/runs/run-1/params/b"_s));
        QTRY_COMPARE(broker.parked.size(), 1);
        broker.answer(u"/params/b"_s, "fine");
        QVERIFY(waitFinished(reply));
        QCOMPARE(reply->readAll(), "fine");
    }

    void manyRunsAcrossTwoLinks()
    {
        auto relay = startRelay();
        QVERIFY(relay);
        constexpr int kRuns = 40;
        QStringList runsA, runsB;
        for (int i = 0; i < kRuns; ++i)
            (i % 2 ? runsB : runsA).append(u"run-%1"_s.arg(i));
        ParkingHandler brokerA, brokerB;
        auto linkA = makeLink(&brokerA, *relay, runsA);
        auto linkB = makeLink(&brokerB, *relay, runsB);
        QTRY_COMPARE(relay->servedRuns().size(), kRuns);
        QCOMPARE(relay->linkCount(), 2);

        std::vector<std::unique_ptr<Node>> nodes;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < kRuns; ++i) {
            nodes.push_back(std::make_unique<Node>(m_ca.clientTls()));
            replies.append(
                nodes.back()->call("GET",
                                   nodeUrl(*relay,
                                           u"/api/v1/runs/run-%1/params/master:key"_s.arg(i))));
        }
        QTRY_COMPARE(brokerA.parked.size() + brokerB.parked.size(), kRuns);
        for (const auto &[request, reply] : std::as_const(brokerA.parked))
            QVERIFY2(runsA.contains(request.path.section(u'/', 4, 4)), qPrintable(request.path));
        for (const auto &[request, reply] : std::as_const(brokerB.parked))
            QVERIFY2(runsB.contains(request.path.section(u'/', 4, 4)), qPrintable(request.path));
        for (int i = 0; i < kRuns; ++i) {
            ParkingHandler &broker = i % 2 ? brokerB : brokerA;
            QCOMPARE(broker.answer(u"/runs/run-%1/"_s.arg(i), "value-" + QByteArray::number(i)), 1);
        }
        for (int i = 0; i < kRuns; ++i) {
            QVERIFY(waitFinished(replies[i]));
            QCOMPARE(statusOf(replies[i]), 200);
            QCOMPARE(replies[i]->readAll(), "value-" + QByteArray::number(i));
        }
    }

    void newestAnnouncerServesARun()
    {
        auto relay = startRelay();
        QVERIFY(relay);
        ParkingHandler older, newer;
        auto linkOld = makeLink(&older, *relay, {u"run-1"_s});
        QTRY_COMPARE(relay->linkCount(), 1);
        QTRY_COMPARE(relay->servedRuns().size(), 1);
        auto linkNew = makeLink(&newer, *relay, {u"run-1"_s});
        QTRY_COMPARE(relay->linkCount(), 2);
        QTRY_COMPARE(linkNew->state(), RelayLink::State::Connected);
        Node node(m_ca.clientTls());
        QNetworkReply *first = node.call("GET", nodeUrl(*relay, u"/api/v1/runs/run-1/params/a"_s));
        QTRY_COMPARE(newer.parked.size(), 1);
        QVERIFY(older.parked.isEmpty());
        // The newer application goes away: its call fails over with 502, the older one serves.
        linkNew.reset();
        QVERIFY(waitFinished(first));
        QCOMPARE(statusOf(first), 502);
        QTRY_COMPARE(relay->linkCount(), 1);
        QNetworkReply *second = node.call("GET", nodeUrl(*relay, u"/api/v1/runs/run-1/params/b"_s));
        QTRY_COMPARE(older.parked.size(), 1);
        older.answer(u"/params/b"_s, "from the older link");
        QVERIFY(waitFinished(second));
        QCOMPARE(second->readAll(), "from the older link");
    }

    void oversizedRequestRefused()
    {
        auto relay = startRelay(64 * 1024);
        QVERIFY(relay);
        EchoHandler echo;
        auto link = makeLink(&echo, *relay, {u"run-1"_s});
        QTRY_COMPARE(relay->servedRuns().size(), 1);
        Node node(m_ca.clientTls());
        const QList<std::pair<QByteArray, QByteArray>> credentials
            = {{"Authorization", "Bearer node-token"}, {"X-Slipway-Instance", "node.1"}};
        QNetworkReply *big = node.call("PUT",
                                       nodeUrl(*relay, u"/api/v1/runs/run-1/reports/x"_s),
                                       QByteArray(64 * 1024 + 1, 'x'),
                                       credentials);
        QVERIFY(waitFinished(big));
        QCOMPARE(statusOf(big), 413);
        QVERIFY(big->readAll().contains("exceeds this relay's limit of 65536 bytes"));
        QCOMPARE(echo.calls, 0);
        QNetworkReply *fits = node.call("PUT",
                                        nodeUrl(*relay, u"/api/v1/runs/run-1/reports/x"_s),
                                        QByteArray(64 * 1024, 'x'),
                                        credentials);
        QVERIFY(waitFinished(fits));
        QCOMPARE(statusOf(fits), 200);
        QCOMPARE(echo.calls, 1);
    }

    void wrongSecretRefused()
    {
        auto relay = startRelay();
        QVERIFY(relay);
        QSignalSpy refused(relay.get(), &RelayServer::linkRefused);
        EchoHandler echo;
        auto link = makeLink(&echo, *relay, {u"run-1"_s}, "not the right secret at all");
        QTRY_VERIFY(!refused.isEmpty());
        QCOMPARE(refused.first().first().toString(), u"wrong secret"_s);
        QTRY_VERIFY(link->lastError().contains(u"shared secret does not match"_s));
        QVERIFY(link->state() != RelayLink::State::Connected);
        QCOMPARE(relay->linkCount(), 0);
        QVERIFY(relay->servedRuns().isEmpty());
        // It keeps trying (the secret may be fixed on the relay), and keeps being refused.
        QTRY_VERIFY(refused.size() >= 2);
        QCOMPARE(link->connectionCount(), 0);
    }

    void unauthenticatedLinkRefused()
    {
        auto relay = startRelay();
        QVERIFY(relay);
        QSignalSpy refused(relay.get(), &RelayServer::linkRefused);

        // Announces runs without HELLO: refused and closed.
        QWebSocket rogue;
        rogue.setSslConfiguration(m_ca.clientTls());
        QList<QByteArray> received;
        connect(&rogue, &QWebSocket::binaryMessageReceived, this, [&](const QByteArray &m) {
            received.append(m);
        });
        rogue.open(QUrl(u"wss://127.0.0.1:%1/slipway-relay/v1"_s.arg(relay->linkPort())));
        QTRY_COMPARE(received.size(), 1);
        QVERIFY(std::holds_alternative<ChallengeFrame>(*decodeFrame(received.first())));
        rogue.sendBinaryMessage(encodeFrame(AnnounceFrame{{u"run-1"_s}}));
        QTRY_COMPARE(rogue.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(refused.first().first().toString(), u"first frame is not HELLO"_s);
        QCOMPARE(rogue.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        QVERIFY(relay->servedRuns().isEmpty());

        // Says nothing at all: closed when the authentication time is up.
        QWebSocket silent;
        silent.setSslConfiguration(m_ca.clientTls());
        silent.open(QUrl(u"wss://127.0.0.1:%1/slipway-relay/v1"_s.arg(relay->linkPort())));
        QTRY_COMPARE(silent.state(), QAbstractSocket::ConnectedState);
        QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QAbstractSocket::UnconnectedState, 10000);
        QCOMPARE(refused.last().first().toString(), u"no HELLO in time"_s);

        // Replays a HELLO computed for another nonce: refused.
        QWebSocket replay;
        replay.setSslConfiguration(m_ca.clientTls());
        connect(&replay, &QWebSocket::connected, this, [&] {
            replay.sendBinaryMessage(
                encodeFrame(HelloFrame{helloMac(kSecret, QByteArray(kNonceSize, 'x')),
                                       u"replayer"_s,
                                       QByteArray(kNonceSize, 'y')}));
        });
        replay.open(QUrl(u"wss://127.0.0.1:%1/slipway-relay/v1"_s.arg(relay->linkPort())));
        QTRY_COMPARE(replay.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(refused.last().first().toString(), u"wrong secret"_s);
        QCOMPARE(relay->linkCount(), 0);

        Node node(m_ca.clientTls());
        QNetworkReply *reply = node.call("GET", nodeUrl(*relay, u"/api/v1/runs/run-1/params/a"_s));
        QVERIFY(waitFinished(reply));
        QCOMPARE(statusOf(reply), 503);
    }

    void relayMustProveTheSecret()
    {
        // A relay (here a plain ws:// one on loopback) that answers HELLO without knowing the
        // secret: the application does not link, and the calls it sends go unanswered.
        for (const bool knowsSecret : {false, true}) {
            QWebSocketServer fake(u"fake relay"_s, QWebSocketServer::NonSecureMode);
            QVERIFY(fake.listen(QHostAddress::LocalHost, 0));
            QWebSocket *peer = nullptr;
            const QByteArray relayNonce(kNonceSize, 'n');
            connect(&fake, &QWebSocketServer::newConnection, this, [&] {
                peer = fake.nextPendingConnection();
                connect(peer, &QWebSocket::binaryMessageReceived, peer, [&](const QByteArray &m) {
                    const auto frame = decodeFrame(m);
                    const auto *hello = frame ? std::get_if<HelloFrame>(&*frame) : nullptr;
                    if (!hello)
                        return;
                    const QByteArray mac = knowsSecret
                                               ? welcomeMac(kSecret, hello->nonce, relayNonce)
                                               : welcomeMac("a guess of the secret",
                                                            hello->nonce,
                                                            relayNonce);
                    peer->sendBinaryMessage(encodeFrame(WelcomeFrame{u"0"_s, mac}));
                    RequestFrame request;
                    request.id = 1;
                    request.runId = u"run-1"_s;
                    request.request.method = "GET";
                    request.request.path = u"/api/v1/runs/run-1/params/x"_s;
                    peer->sendBinaryMessage(encodeFrame(request));
                });
                peer->sendBinaryMessage(encodeFrame(ChallengeFrame{relayNonce}));
            });
            EchoHandler echo;
            RelayLink::Options o;
            o.url = QUrl(u"ws://127.0.0.1:%1/slipway-relay/v1"_s.arg(fake.serverPort()));
            o.secret = kSecret;
            o.minBackoff = 5s;
            RelayLink link(&echo, o);
            link.setRuns({u"run-1"_s});
            link.start();
            if (knowsSecret) {
                QTRY_COMPARE(link.state(), RelayLink::State::Connected);
                QTRY_COMPARE(echo.calls, 1);
            } else {
                QTRY_VERIFY(link.lastError().contains(u"does not know the shared secret"_s));
                QVERIFY(link.state() != RelayLink::State::Connected);
                QTest::qWait(200);
                QCOMPARE(echo.calls, 0);
                QCOMPARE(link.connectionCount(), 0);
            }
        }
    }

    void plainLinkOnlyToLoopback()
    {
        QString error;
        QVERIFY(RelayLink::isAcceptableUrl(QUrl(u"wss://relay.example.org:8444/slipway-relay/v1"_s),
                                           &error));
        QVERIFY(RelayLink::isAcceptableUrl(QUrl(u"ws://127.0.0.1:8444/slipway-relay/v1"_s), &error));
        QVERIFY(RelayLink::isAcceptableUrl(QUrl(u"ws://[::1]:8444/slipway-relay/v1"_s), &error));
        QVERIFY(
            !RelayLink::isAcceptableUrl(QUrl(u"ws://192.0.2.1:8444/slipway-relay/v1"_s), &error));
        QVERIFY(error.contains(u"wss://"_s));
        QVERIFY(!RelayLink::isAcceptableUrl(QUrl(u"ws://relay.example.org:8444/x"_s), &error));
        QVERIFY(!RelayLink::isAcceptableUrl(QUrl(u"http://127.0.0.1:8444/x"_s), &error));

        // A link told to use ws:// across the network never opens.
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
        EchoHandler echo;
        RelayLink::Options o;
        o.url = QUrl(u"ws://192.0.2.1:%1/slipway-relay/v1"_s.arg(listener.serverPort()));
        o.secret = kSecret;
        RelayLink link(&echo, o);
        link.start();
        QCOMPARE(link.state(), RelayLink::State::Stopped);
        QVERIFY(link.lastError().contains(u"wss://"_s));
    }

    void preHelloMessagesAreSmall()
    {
        auto relay = startRelay();
        QVERIFY(relay);
        QSignalSpy authenticated(relay.get(), &RelayServer::linkAuthenticated);
        // A HELLO with the right MAC but a 60 KB name: a valid frame, and yet more than an
        // unauthenticated peer may send.
        QWebSocket big;
        big.setSslConfiguration(m_ca.clientTls());
        connect(&big, &QWebSocket::binaryMessageReceived, this, [&](const QByteArray &m) {
            const auto frame = decodeFrame(m);
            if (const auto *challenge = frame ? std::get_if<ChallengeFrame>(&*frame) : nullptr)
                big.sendBinaryMessage(encodeFrame(HelloFrame{helloMac(kSecret, challenge->nonce),
                                                             QString(60000, u'n'),
                                                             QByteArray(kNonceSize, 'a')}));
        });
        QSignalSpy opened(&big, &QWebSocket::connected);
        big.open(QUrl(u"wss://127.0.0.1:%1/slipway-relay/v1"_s.arg(relay->linkPort())));
        QTRY_COMPARE(opened.size(), 1);
        QTRY_COMPARE(big.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(big.closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
        QCOMPARE(authenticated.size(), 0);
        QCOMPARE(relay->linkCount(), 0);

        // Once authenticated, a link may send large frames (a 1 MiB answer).
        ParkingHandler broker;
        auto link = makeLink(&broker, *relay, {u"run-1"_s});
        QTRY_COMPARE(relay->servedRuns().size(), 1);
        Node node(m_ca.clientTls());
        QNetworkReply *reply = node.call("GET", nodeUrl(*relay, u"/api/v1/runs/run-1/params/x"_s));
        QTRY_COMPARE(broker.parked.size(), 1);
        broker.answer(u"params/x"_s, QByteArray(1024 * 1024, 'v'));
        QVERIFY(waitFinished(reply));
        QCOMPARE(reply->readAll().size(), 1024 * 1024);
    }

    void connectionsCapped()
    {
        auto relay = startRelay(1024 * 1024, 0, 0, [](RelayServer::Options &o) {
            o.maxNodeConnectionsPerAddress = 4;
            o.maxLinksPerAddress = 3;
        });
        QVERIFY(relay);
        const QHostAddress flooder(u"127.0.0.2"_s);
        std::vector<std::unique_ptr<QTcpSocket>> flood;
        for (quint16 port : {relay->nodePort(), relay->linkPort()}) {
            for (int i = 0; i < 10; ++i) {
                flood.push_back(std::make_unique<QTcpSocket>());
                QVERIFY(flood.back()->bind(flooder));
                flood.back()->connectToHost(QHostAddress::LocalHost, port);
            }
        }
        QTRY_COMPARE(relay->nodeListener()->acceptor().refusedCount(), quint64(6));
        QTRY_COMPARE(relay->linkAcceptor()->refusedCount(), quint64(7));
        QCOMPARE(relay->nodeListener()->acceptor().connectionCount(flooder), 4);
        QCOMPARE(relay->linkAcceptor()->connectionCount(flooder), 3);
        // The application and its nodes, from another address, are served all the same.
        EchoHandler echo;
        auto link = makeLink(&echo, *relay, {u"run-1"_s});
        QTRY_COMPARE(relay->servedRuns().size(), 1);
        Node node(m_ca.clientTls());
        QNetworkReply *reply = node.call("GET", nodeUrl(*relay, u"/api/v1/runs/run-1/params/x"_s));
        QVERIFY(waitFinished(reply));
        QCOMPARE(statusOf(reply), 200);
    }

    void uploadRefusedFromItsHeaders()
    {
        auto relay = startRelay(16 * 1024 * 1024);
        QVERIFY(relay);
        EchoHandler echo;
        auto link = makeLink(&echo, *relay, {u"run-1"_s});
        QTRY_COMPARE(relay->servedRuns().size(), 1);
        const auto answerToHeaders = [&](const QByteArray &head) {
            QSslSocket socket;
            socket.setSslConfiguration(m_ca.clientTls());
            socket.connectToHostEncrypted(u"127.0.0.1"_s, relay->nodePort());
            if (!QTest::qWaitFor([&] { return socket.isEncrypted(); }, 5000))
                return QByteArray("not encrypted");
            socket.write(head + "Host: x\r\nContent-Length: 16777216\r\n\r\n");
            QByteArray answer;
            (void) QTest::qWaitFor(
                [&] {
                    answer += socket.readAll();
                    return answer.contains("\r\n\r\n")
                           || socket.state() == QAbstractSocket::UnconnectedState;
                },
                5000);
            return answer;
        };
        // No token: 401 from the headers, not one byte of the 16 MiB sent.
        QVERIFY(answerToHeaders("PUT /api/v1/runs/run-1/reports/a.log HTTP/1.1\r\n")
                    .startsWith("HTTP/1.1 401"));
        // A run nobody serves: 503 at once.
        QVERIFY(answerToHeaders("PUT /api/v1/runs/run-2/reports/a.log HTTP/1.1\r\n"
                                "Authorization: Bearer t\r\nX-Slipway-Instance: n.1\r\n")
                    .startsWith("HTTP/1.1 503"));
        // Anything but an upload takes a small body only.
        QVERIFY(answerToHeaders("PUT /api/v1/runs/run-1/params/x HTTP/1.1\r\n"
                                "Authorization: Bearer t\r\nX-Slipway-Instance: n.1\r\n")
                    .startsWith("HTTP/1.1 413"));
        // An upload with credentials for a served run waits for its body.
        QVERIFY(answerToHeaders("PUT /api/v1/runs/run-1/reports/a.log HTTP/1.1\r\n"
                                "Authorization: Bearer t\r\nX-Slipway-Instance: n.1\r\n")
                    .isEmpty());
        QCOMPARE(echo.calls, 0);
    }

    void relayRestartedMidExchange()
    {
        auto relay = startRelay();
        QVERIFY(relay);
        const quint16 nodePort = relay->nodePort();
        const quint16 linkPort = relay->linkPort();
        ParkingHandler broker;
        auto link = makeLink(&broker, *relay, {u"run-1"_s});
        QTRY_COMPARE(relay->servedRuns().size(), 1);
        Node node(m_ca.clientTls());
        QNetworkReply *inFlight = node.call("GET",
                                            nodeUrl(*relay,
                                                    u"/api/v1/runs/run-1/params/master:ip"_s));
        QTRY_COMPARE(broker.parked.size(), 1);

        relay.reset(); // the relay process dies: in-flight calls are lost, the link notices
        QVERIFY(waitFinished(inFlight));
        QVERIFY(inFlight->error() != QNetworkReply::NoError);
        QTRY_VERIFY(link->state() != RelayLink::State::Connected);
        broker.answer(u"master:ip"_s, "too late"); // dropped quietly

        relay = startRelay(1024 * 1024, nodePort, linkPort);
        QVERIFY(relay);
        QTRY_COMPARE_WITH_TIMEOUT(link->state(), RelayLink::State::Connected, 10000);
        QCOMPARE(link->connectionCount(), 2);
        QTRY_COMPARE(relay->servedRuns(), QStringList{u"run-1"_s}); // announced again

        // The node retries, as the ss-* tools do, and the exchange completes.
        QNetworkReply *retry = node.call("GET",
                                         nodeUrl(*relay, u"/api/v1/runs/run-1/params/master:ip"_s));
        QTRY_COMPARE(broker.parked.size(), 1);
        broker.answer(u"master:ip"_s, "10.0.0.9");
        QVERIFY(waitFinished(retry));
        QCOMPARE(statusOf(retry), 200);
        QCOMPARE(retry->readAll(), "10.0.0.9");
    }

    void tlsVerified()
    {
        auto relay = startRelay();
        QVERIFY(relay);
        TestCa otherCa;
        QVERIFY2(otherCa.make(u"Some other CA"_s), qPrintable(otherCa.error()));

        // An application that does not trust the relay's certificate does not link.
        EchoHandler echo;
        auto link = makeLink(&echo, *relay, {u"run-1"_s}, kSecret, otherCa.clientTls());
        QTRY_VERIFY(!link->lastError().isEmpty());
        QVERIFY2(link->lastError().contains(u"TLS"_s), qPrintable(link->lastError()));
        QTest::qWait(300);
        QCOMPARE(link->connectionCount(), 0);
        QCOMPARE(relay->linkCount(), 0);

        // Nor does a node call go anywhere without the right CA.
        auto good = makeLink(&echo, *relay, {u"run-1"_s});
        QTRY_COMPARE(relay->servedRuns().size(), 1);
        Node stranger(otherCa.clientTls());
        QNetworkReply *refused = stranger.call("GET", nodeUrl(*relay, u"/api/v1/runs/run-1/x"_s));
        QVERIFY(waitFinished(refused));
        QCOMPARE(refused->error(), QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(echo.calls, 0);
        Node trusted(m_ca.clientTls());
        QNetworkReply *ok = trusted.call("GET", nodeUrl(*relay, u"/api/v1/runs/run-1/x"_s));
        QVERIFY(waitFinished(ok));
        QCOMPARE(statusOf(ok), 200);
    }

    void backoffBounded()
    {
        RelayLink::Options o;
        o.minBackoff = 500ms;
        o.maxBackoff = 30s;
        for (int attempt = 0; attempt < 40; ++attempt) {
            const qint64 full = qMin<qint64>(30000, 500LL << qMin(attempt, 20));
            for (int i = 0; i < 20; ++i) {
                const auto d = RelayLink::backoffDelay(o, attempt).count();
                QVERIFY2(d >= full / 2 && d <= full, qPrintable(u"%1: %2"_s.arg(attempt).arg(d)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRelayServer)
#include "tst_relayserver.moc"
