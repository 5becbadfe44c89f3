#include "relayserver.h"

#include "core/http/httplistener.h"
#include "core/http/httpserverconnection.h"
#include "core/http/socketacceptor.h"
#include "relaylogging.h"

#include <QRandomGenerator>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Slipway::Relay {

struct RelayServer::Link
{
    QWebSocket *socket = nullptr;
    QByteArray nonce;
    QString name;
    QStringList runs;
    bool authenticated = false;
    bool closing = false;
    quint64 authenticationOrder = 0;
    std::unique_ptr<QTimer> authTimer;
    std::chrono::steady_clock::time_point lastHeard = std::chrono::steady_clock::now();
};

RelayServer::RelayServer(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_frameLimits.maxFrameSize = m_options.maxResponseSize + 64 * 1024;
    auto *pingTimer = new QTimer(this);
    pingTimer->setInterval(m_options.pingInterval);
    connect(pingTimer, &QTimer::timeout, this, &RelayServer::pingLinks);
    pingTimer->start();
}

RelayServer::~RelayServer()
{
    // Closing links and node connections here (not in QObject's child deletion) keeps the
    // callbacks below from running on a half-destroyed server.
    const auto links = m_links;
    for (const auto &link : links) {
        link->socket->disconnect(this);
        link->socket->abort();
    }
    m_links.clear();
    for (auto it = m_calls.cbegin(); it != m_calls.cend(); ++it)
        it->connection->disconnect(this);
    if (m_nodeListener)
        m_nodeListener->close();
    if (m_linkAcceptor)
        m_linkAcceptor->close();
}

bool RelayServer::listen(const QHostAddress &nodeAddress,
                         quint16 nodePort,
                         const QHostAddress &linkAddress,
                         quint16 linkPort)
{
    HttpListener::Options nodes;
    nodes.accept.tls = m_options.tls;
    nodes.accept.handshakeTimeout = 10s;
    nodes.accept.maxConnections = m_options.maxNodeConnections;
    nodes.accept.maxPerAddress = m_options.maxNodeConnectionsPerAddress;
    nodes.limits.maxBodySize = m_options.maxRequestSize;
    nodes.timeouts.idle = m_options.idleTimeout;
    nodes.headersCheck = [this](const HttpRequest &head) {
        return checkHeaders(head);
    };
    m_nodeListener = new HttpListener(nodes, this);
    connect(m_nodeListener, &HttpListener::connectionOpened, this, &RelayServer::acceptNode);
    if (!m_nodeListener->listen(nodeAddress, nodePort)) {
        m_errorString = u"cannot listen for nodes on %1 port %2: %3"_s
                            .arg(nodeAddress.toString(),
                                 QString::number(nodePort),
                                 m_nodeListener->errorString());
        return false;
    }

    // TLS is done by the acceptor (with its caps and deadline); the WebSocket server only
    // reads the upgrade request of the sockets handed to it.
    m_linkServer = new QWebSocketServer(u"slipway-relay"_s, QWebSocketServer::NonSecureMode, this);
    m_linkServer->setHandshakeTimeout(10s);
    connect(m_linkServer, &QWebSocketServer::newConnection, this, &RelayServer::acceptLink);
    SocketAcceptor::Options links;
    links.tls = m_options.tls;
    links.handshakeTimeout = 10s;
    links.maxConnections = m_options.maxLinks;
    links.maxPerAddress = m_options.maxLinksPerAddress;
    links.backlog = 128;
    m_linkAcceptor = new SocketAcceptor(links, this);
    connect(m_linkAcceptor, &SocketAcceptor::accepted, this, [this](QTcpSocket *socket) {
        m_linkServer->handleConnection(socket);
    });
    if (!m_linkAcceptor->listen(linkAddress, linkPort)) {
        m_errorString = u"cannot listen for application links on %1 port %2: %3"_s
                            .arg(linkAddress.toString(),
                                 QString::number(linkPort),
                                 m_linkAcceptor->errorString());
        m_nodeListener->close();
        return false;
    }
    qCInfo(lcRelay).nospace() << "listening for nodes on " << nodeAddress.toString() << ':'
                              << this->nodePort() << " and for application links on "
                              << linkAddress.toString() << ':' << this->linkPort()
                              << (m_options.tls ? " (TLS)" : " (plain, no TLS)");
    return true;
}

quint16 RelayServer::nodePort() const
{
    return m_nodeListener ? m_nodeListener->serverPort() : 0;
}

quint16 RelayServer::linkPort() const
{
    return m_linkAcceptor ? m_linkAcceptor->serverPort() : 0;
}

int RelayServer::linkCount() const
{
    return int(std::count_if(m_links.cbegin(), m_links.cend(), [](const auto &l) {
        return l->authenticated;
    }));
}

QStringList RelayServer::servedRuns() const
{
    QStringList runs = m_routes.keys();
    runs.sort();
    return runs;
}

QString RelayServer::runIdOf(const HttpRequest &request, QString *error)
{
    QString run;
    const QByteArrayView path = request.path;
    if (path.startsWith("/api/v1/runs/")) {
        QByteArrayView rest = path.sliced(13);
        const qsizetype slash = rest.indexOf('/');
        run = QUrl::fromPercentEncoding(rest.first(slash < 0 ? rest.size() : slash).toByteArray());
    } else if (const QByteArray header = request.header(kRunHeader); !header.isEmpty()) {
        run = QString::fromUtf8(header);
    } else {
        run = QUrlQuery(QString::fromUtf8(request.query))
                  .queryItemValue(u"run"_s, QUrl::FullyDecoded);
    }
    if (run.isEmpty()) {
        *error = u"no run id: the path is not /api/v1/runs/<run>/..., and there is no "
                 "X-Slipway-Run header nor run query item"_s;
        return {};
    }
    if (!isValidRunId(run)) {
        *error = u"invalid run id (1 to %1 of [A-Za-z0-9._-])"_s.arg(kMaxRunIdLength);
        return {};
    }
    return run;
}

// --- nodes --------------------------------------------------------------------------------

void RelayServer::acceptNode(HttpServerConnection *connection)
{
    connect(connection,
            &HttpServerConnection::requestReceived,
            this,
            [this, connection](const HttpRequest &r) { dispatch(connection, r); });
    connect(connection, &HttpServerConnection::closed, this, [this, connection] {
        onNodeClosed(connection);
    });
}

HttpRequestParser::HeadersDecision RelayServer::checkHeaders(const HttpRequest &head) const
{
    HttpRequestParser::HeadersDecision decision;
    decision.maxBodySize = MaxSmallBodySize;
    const bool upload = (head.method == "PUT" || head.method == "POST")
                        && head.path.startsWith("/api/v1/runs/") && head.path.contains("/reports/");
    if (!upload)
        return decision;
    // A large body is read only for a call that may be answered: it names a run served now and
    // carries a token (which the application checks).
    QString error;
    const QString run = runIdOf(head, &error);
    if (run.isEmpty()) {
        decision.refuseStatus = 400;
        decision.refuseMessage = error;
        return decision;
    }
    if (!head.header("authorization").startsWith("Bearer ")
        || head.header("x-slipway-instance").isEmpty()) {
        decision.refuseStatus = 401;
        decision.refuseMessage = u"send the node's token (Authorization: Bearer) and its "
                                 "instance name (X-Slipway-Instance)"_s;
        return decision;
    }
    if (!routeFor(run)) {
        decision.refuseStatus = 503;
        decision.refuseMessage = u"no application serves run %1 through this relay at the "
                                 "moment"_s.arg(run);
        return decision;
    }
    decision.maxBodySize = m_options.maxRequestSize;
    return decision;
}

bool RelayServer::isRunIndependent(const HttpRequest &request)
{
    // No dot segments nor escapes, so that the path cannot lead anywhere else once decoded.
    return (request.method == "GET" || request.method == "HEAD")
           && (request.path == "/bootstrap" || request.path.startsWith("/client/"))
           && !request.path.contains("/.") && !request.path.contains('%');
}

RelayServer::Link *RelayServer::newestLink() const
{
    Link *newest = nullptr;
    for (const auto &link : m_links)
        if (link->authenticated && !link->closing
            && (!newest || link->authenticationOrder > newest->authenticationOrder))
            newest = link.get();
    return newest;
}

void RelayServer::dispatch(HttpServerConnection *connection, const HttpRequest &request)
{
    QString error;
    QString runId = runIdOf(request, &error);
    Link *link = nullptr;
    if (!runId.isEmpty()) {
        link = routeFor(runId);
    } else if (error.startsWith(u"no run id"_s) && isRunIndependent(request)) {
        link = newestLink(); // the bootstrap and tools are the same for every run
    } else {
        connection->respondText(400, error);
        return;
    }
    if (!link) {
        // The application may be restarting: the ss-* tools retry 503 with backoff.
        connection->respondText(503,
                                runId.isEmpty()
                                    ? u"no application is linked to this relay at the moment"_s
                                    : u"no application serves run %1 through this relay at the "
                                      "moment"_s.arg(runId),
                                {{"retry-after", "2"}});
        return;
    }
    const quint64 id = ++m_nextCallId;
    RequestFrame frame;
    frame.id = id;
    frame.runId = runId;
    frame.request.method = request.method;
    frame.request.path = QUrl::fromPercentEncoding(request.path);
    frame.request.query = QUrlQuery(QString::fromUtf8(request.query));
    frame.request.headers = request.headers;
    frame.request.body = request.body;
    frame.request.peer = connection->peerAddress();
    m_calls.insert(id, Call{connection, link});
    m_callOfConnection.insert(connection, id);
    link->socket->sendBinaryMessage(encodeFrame(frame));
}

void RelayServer::onNodeClosed(HttpServerConnection *connection)
{
    const auto it = m_callOfConnection.constFind(connection);
    if (it == m_callOfConnection.cend())
        return;
    const quint64 id = *it;
    m_callOfConnection.erase(it);
    const auto call = m_calls.constFind(id);
    if (call == m_calls.cend())
        return;
    Link *link = call->link;
    m_calls.erase(call);
    if (link && !link->closing)
        link->socket->sendBinaryMessage(encodeFrame(CancelFrame{id}));
}

// --- application links --------------------------------------------------------------------

void RelayServer::acceptLink()
{
    while (QWebSocket *socket = m_linkServer->nextPendingConnection()) {
        socket->setParent(this);
        // Until HELLO, a link is anyone's: it may send one small frame, not 64 MiB.
        socket->setMaxAllowedIncomingMessageSize(quint64(m_options.maxPreHelloMessageSize));
        socket->setMaxAllowedIncomingFrameSize(quint64(m_options.maxPreHelloMessageSize));
        auto link = std::make_shared<Link>();
        link->socket = socket;
        Link *l = link.get();
        m_links.insert(socket, link);
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, l](const QByteArray &m) {
            onLinkMessage(l, m);
        });
        connect(socket, &QWebSocket::textMessageReceived, this, [this, l] {
            closeLink(l,
                      u"text messages are not part of the relay protocol"_s,
                      QWebSocketProtocol::CloseCodeDatatypeNotSupported);
        });
        connect(socket, &QWebSocket::pong, this, [l] {
            l->lastHeard = std::chrono::steady_clock::now();
        });
        connect(socket, &QWebSocket::disconnected, this, [this, l] { onLinkClosed(l); });

        if (socket->requestUrl().path() != kLinkPath) {
            closeLink(l,
                      u"unknown path; application links connect to %1"_s.arg(kLinkPath),
                      QWebSocketProtocol::CloseCodePolicyViolated);
            continue;
        }
        link->authTimer = std::make_unique<QTimer>();
        link->authTimer->setSingleShot(true);
        connect(link->authTimer.get(), &QTimer::timeout, this, [this, l] {
            Q_EMIT linkRefused(u"no HELLO in time"_s);
            closeLink(l, u"authentication timed out"_s, QWebSocketProtocol::CloseCodePolicyViolated);
        });
        link->authTimer->start(m_options.authTimeout);
        link->nonce.resize(kNonceSize);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(link->nonce.data()),
                                              kNonceSize / sizeof(quint32));
        socket->sendBinaryMessage(encodeFrame(ChallengeFrame{link->nonce}));
    }
}

void RelayServer::closeLink(Link *link, const QString &reason, int closeCode)
{
    if (link->closing)
        return;
    // close() may report the disconnection at once, which forgets the link: keep it to the end.
    const std::shared_ptr<Link> keep = m_links.value(link->socket);
    link->closing = true;
    if (link->authTimer)
        link->authTimer->stop();
    qCInfo(lcRelay) << "closing application link" << link->name << "from"
                    << link->socket->peerAddress() << ":" << reason;
    link->socket->sendBinaryMessage(encodeFrame(ErrorFrame{reason}));
    link->socket->close(QWebSocketProtocol::CloseCode(closeCode), reason.left(120));
    // A peer that never answers the close handshake is cut off.
    QTimer::singleShot(5s, link->socket, [socket = link->socket] { socket->abort(); });
}

void RelayServer::onLinkMessage(Link *link, const QByteArray &message)
{
    if (link->closing)
        return;
    link->lastHeard = std::chrono::steady_clock::now();
    QString error;
    std::optional<Frame> frame = decodeFrame(message, m_frameLimits, &error);
    if (!frame) {
        if (!link->authenticated)
            Q_EMIT linkRefused(u"malformed frame: "_s + error);
        closeLink(link, u"malformed frame: "_s + error, QWebSocketProtocol::CloseCodeProtocolError);
        return;
    }
    if (!link->authenticated) {
        const auto *hello = std::get_if<HelloFrame>(&*frame);
        if (!hello) {
            Q_EMIT linkRefused(u"first frame is not HELLO"_s);
            closeLink(link,
                      u"authenticate with HELLO first"_s,
                      QWebSocketProtocol::CloseCodePolicyViolated);
            return;
        }
        const QByteArray expected = helloMac(m_options.secret, link->nonce);
        if (m_options.secret.isEmpty() || !constantTimeEquals(hello->mac, expected)) {
            Q_EMIT linkRefused(u"wrong secret"_s);
            closeLink(link,
                      u"authentication failed: the shared secret does not match"_s,
                      QWebSocketProtocol::CloseCodePolicyViolated);
            return;
        }
        link->authenticated = true;
        link->authenticationOrder = ++m_authentications;
        link->authTimer->stop();
        link->name = hello->linkName.left(100);
        // Authenticated links may send frames of any size the protocol allows.
        link->socket->setMaxAllowedIncomingMessageSize(quint64(m_frameLimits.maxFrameSize));
        link->socket->setMaxAllowedIncomingFrameSize(quint64(m_frameLimits.maxFrameSize));
        link->socket->sendBinaryMessage(
            encodeFrame(WelcomeFrame{m_options.version,
                                     welcomeMac(m_options.secret, hello->nonce, link->nonce)}));
        qCInfo(lcRelay) << "application link" << link->name << "from" << link->socket->peerAddress()
                        << "authenticated";
        Q_EMIT linkAuthenticated(link->name);
        return;
    }

    if (auto *announce = std::get_if<AnnounceFrame>(&*frame)) {
        setLinkRuns(link, announce->runIds);
    } else if (auto *response = std::get_if<ResponseFrame>(&*frame)) {
        const auto it = m_calls.constFind(response->id);
        if (it == m_calls.cend() || it->link != link)
            return; // cancelled meanwhile, or never this link's: nothing to answer
        HttpServerConnection *connection = it->connection;
        m_calls.erase(it);
        m_callOfConnection.remove(connection);
        HttpHeaders headers = response->response.headers;
        connection->respond(response->response.status,
                            response->response.contentType,
                            headers,
                            response->response.body);
    } else {
        closeLink(link,
                  u"unexpected frame from an application link"_s,
                  QWebSocketProtocol::CloseCodeProtocolError);
    }
}

void RelayServer::setLinkRuns(Link *link, const QStringList &runs)
{
    for (const QString &run : std::as_const(link->runs)) {
        auto it = m_routes.find(run);
        if (it == m_routes.end())
            continue;
        it->removeAll(link);
        if (it->isEmpty())
            m_routes.erase(it);
    }
    link->runs = runs;
    link->runs.removeDuplicates();
    for (const QString &run : std::as_const(link->runs))
        m_routes[run].prepend(link); // the newest announcer wins, e.g. a restarted application
    qCInfo(lcRelay) << "application link" << link->name << "serves" << link->runs.size() << "runs";
    Q_EMIT runsChanged();
}

RelayServer::Link *RelayServer::routeFor(const QString &runId) const
{
    const auto it = m_routes.constFind(runId);
    return it == m_routes.cend() || it->isEmpty() ? nullptr : it->first();
}

void RelayServer::onLinkClosed(Link *link)
{
    const auto owner = m_links.value(link->socket); // keeps link alive to the end of this call
    if (!owner)
        return;
    if (!link->runs.isEmpty())
        setLinkRuns(link, {});
    QList<HttpServerConnection *> orphans;
    for (auto it = m_calls.begin(); it != m_calls.end();) {
        if (it->link == link) {
            orphans.append(it->connection);
            m_callOfConnection.remove(it->connection);
            it = m_calls.erase(it);
        } else {
            ++it;
        }
    }
    for (HttpServerConnection *connection : std::as_const(orphans))
        connection->respondText(502,
                                u"the application link closed before answering; retry"_s,
                                {{"retry-after", "1"}});
    if (link->authenticated) {
        qCInfo(lcRelay) << "application link" << link->name << "closed";
        Q_EMIT linkClosed(link->name);
    }
    m_links.remove(link->socket);
    link->socket->deleteLater();
}

void RelayServer::pingLinks()
{
    const auto now = std::chrono::steady_clock::now();
    const auto links = m_links;
    for (const auto &link : links) {
        if (!link->authenticated || link->closing)
            continue;
        if (now - link->lastHeard > 3 * m_options.pingInterval) {
            qCWarning(lcRelay) << "application link" << link->name << "went silent; dropping it";
            link->socket->abort();
            continue;
        }
        link->socket->ping();
    }
}

} // namespace Slipway::Relay
