#include "relaylink.h"

#include "relayframe.h"
#include "relaylogging.h"

#include <QHostAddress>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QThread>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Slipway {

RelayLink::RelayLink(BrokerRequestHandler *handler, Options options, QObject *parent)
    : QObject(parent)
    , m_handler(handler)
    , m_options(std::move(options))
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &RelayLink::openSocket);
    m_pingTimer.setInterval(m_options.pingInterval);
    connect(&m_pingTimer, &QTimer::timeout, this, &RelayLink::ping);
}

RelayLink::~RelayLink()
{
    stop();
}

std::chrono::milliseconds RelayLink::backoffDelay(const Options &options, int attempt)
{
    qint64 delay = options.minBackoff.count();
    for (int i = 0; i < attempt && delay < options.maxBackoff.count(); ++i)
        delay *= 2;
    delay = qBound<qint64>(1, delay, qMax<qint64>(1, options.maxBackoff.count()));
    const qint64 half = delay / 2;
    return std::chrono::milliseconds(delay - half + QRandomGenerator::global()->bounded(half + 1));
}

void RelayLink::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void RelayLink::start()
{
    if (m_state != State::Stopped)
        return;
    m_attempt = 0;
    openSocket();
}

void RelayLink::stop()
{
    m_reconnectTimer.stop();
    m_pingTimer.stop();
    if (m_socket) {
        QWebSocket *socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->close();
        socket->deleteLater();
    }
    m_pending.clear();
    ++m_generation;
    setState(State::Stopped);
}

void RelayLink::setRuns(const QStringList &runIds)
{
    QStringList runs = runIds;
    runs.removeDuplicates();
    runs.sort();
    if (runs == m_runs)
        return;
    m_runs = runs;
    if (m_state == State::Connected)
        announce();
}

void RelayLink::announce()
{
    m_socket->sendBinaryMessage(Relay::encodeFrame(Relay::AnnounceFrame{m_runs}));
}

bool RelayLink::isAcceptableUrl(const QUrl &url, QString *error)
{
    if (url.scheme() == u"wss")
        return true;
    if (url.scheme() == u"ws") {
        // Without TLS only to this machine (a TLS-terminating proxy, tests): elsewhere the
        // node calls and their tokens would cross the network in clear.
        const QHostAddress host(url.host());
        if (url.host() == u"localhost" || (!host.isNull() && host.isLoopback()))
            return true;
        *error = u"the relay link must use wss:// (ws:// is allowed only to a loopback address)"_s;
        return false;
    }
    *error = u"the relay link's URL must start with wss://"_s;
    return false;
}

void RelayLink::openSocket()
{
    if (QString error; !isAcceptableUrl(m_options.url, &error)) {
        m_lastError = error;
        qCWarning(lcRelayLink) << "relay link:" << error;
        setState(State::Stopped);
        return;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
    }
    ++m_generation;
    m_pending.clear();
    m_tlsRefused = false;
    m_nonce.clear();
    auto *socket = new QWebSocket(m_options.name, QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    socket->setSslConfiguration(m_options.tls);
    socket->setMaxAllowedIncomingMessageSize(quint64(m_options.maxFrameSize));
    connect(socket, &QWebSocket::connected, this, [this] {
        setState(State::Authenticating);
        m_lastHeard = std::chrono::steady_clock::now();
    });
    connect(socket, &QWebSocket::binaryMessageReceived, this, &RelayLink::onMessage);
    connect(socket, &QWebSocket::pong, this, [this] {
        m_lastHeard = std::chrono::steady_clock::now();
    });
    connect(socket, &QWebSocket::errorOccurred, this, [this, socket] {
        if (!m_tlsRefused) // the certificate error says more than "handshake failed"
            m_lastError = socket->errorString();
        // A connection refused never emits disconnected(): look again once the error settled.
        QMetaObject::invokeMethod(
            this,
            [this, socket = QPointer<QWebSocket>(socket)] {
                if (socket && socket->state() == QAbstractSocket::UnconnectedState)
                    onSocketClosed(socket);
            },
            Qt::QueuedConnection);
    });
    connect(socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: a relay that cannot prove who it is does not get the node calls.
        m_tlsRefused = true;
        m_lastError = u"TLS: "_s + (errors.isEmpty() ? QString() : errors.first().errorString());
        qCWarning(lcRelayLink) << "relay" << m_options.url.host()
                               << "failed TLS verification:" << m_lastError;
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { onSocketClosed(socket); });
    setState(State::Connecting);
    qCDebug(lcRelayLink) << "connecting to relay" << m_options.url.toDisplayString();
    socket->open(QNetworkRequest(m_options.url));
}

void RelayLink::fail(const QString &message)
{
    m_lastError = message;
    qCWarning(lcRelayLink) << "relay link:" << message;
    if (m_socket)
        m_socket->abort();
}

void RelayLink::onSocketClosed(QWebSocket *socket)
{
    if (!socket || socket != m_socket)
        return; // already handled, or an older socket
    const bool wasConnected = m_state == State::Connected;
    m_pingTimer.stop();
    m_pending.clear();
    ++m_generation;
    if (m_socket) {
        if (m_lastError.isEmpty() && !m_socket->closeReason().isEmpty())
            m_lastError = m_socket->closeReason();
        m_socket->disconnect(this);
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (wasConnected) {
        m_attempt = 0; // a link that was up retries quickly first
        qCInfo(lcRelayLink) << "link to relay" << m_options.url.host() << "lost:" << m_lastError;
        Q_EMIT disconnected(m_lastError);
    }
    const std::chrono::milliseconds delay = backoffDelay(m_options, m_attempt);
    m_attempt = qMin(m_attempt + 1, 30);
    setState(State::WaitingToReconnect);
    m_reconnectTimer.start(delay);
}

void RelayLink::onMessage(const QByteArray &message)
{
    m_lastHeard = std::chrono::steady_clock::now();
    Relay::FrameLimits limits;
    limits.maxFrameSize = m_options.maxFrameSize;
    QString error;
    std::optional<Relay::Frame> frame = Relay::decodeFrame(message, limits, &error);
    if (!frame) {
        fail(u"malformed frame from the relay: "_s + error);
        return;
    }
    if (auto *request = std::get_if<Relay::RequestFrame>(&*frame)) {
        if (m_state != State::Connected)
            return fail(u"the relay sent a request before authentication"_s);
        const quint64 id = request->id;
        const quint64 generation = m_generation;
        m_pending.insert(id);
        QPointer<RelayLink> self(this);
        m_handler->handleRequest(request->request,
                                 [self, generation, id](const BrokerResponse &response) {
                                     if (!self)
                                         return;
                                     if (QThread::currentThread() != self->thread()) {
                                         QMetaObject::invokeMethod(self.data(), [=] {
                                             if (self)
                                                 self->sendResponse(generation, id, response);
                                         });
                                         return;
                                     }
                                     self->sendResponse(generation, id, response);
                                 });
    } else if (auto *cancel = std::get_if<Relay::CancelFrame>(&*frame)) {
        m_pending.remove(cancel->id);
    } else if (auto *challenge = std::get_if<Relay::ChallengeFrame>(&*frame)) {
        if (m_state != State::Authenticating)
            return fail(u"unexpected CHALLENGE from the relay"_s);
        m_relayNonce = challenge->nonce;
        m_nonce.resize(Relay::kNonceSize);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_nonce.data()),
                                              Relay::kNonceSize / sizeof(quint32));
        m_socket->sendBinaryMessage(Relay::encodeFrame(
            Relay::HelloFrame{Relay::helloMac(m_options.secret, challenge->nonce),
                              m_options.name,
                              m_nonce}));
    } else if (auto *welcome = std::get_if<Relay::WelcomeFrame>(&*frame)) {
        if (m_state != State::Authenticating || m_nonce.isEmpty())
            return fail(u"unexpected WELCOME from the relay"_s);
        // The relay proves it knows the secret too: one that does not gets no node's answers.
        const QByteArray expected = Relay::welcomeMac(m_options.secret, m_nonce, m_relayNonce);
        m_nonce.clear();
        if (!Relay::constantTimeEquals(welcome->mac, expected))
            return fail(u"the relay does not know the shared secret"_s);
        m_lastError.clear();
        m_attempt = 0;
        ++m_connectionCount;
        setState(State::Connected);
        announce();
        m_pingTimer.start();
        qCInfo(lcRelayLink) << "linked to relay" << m_options.url.host();
        Q_EMIT connected();
    } else if (auto *err = std::get_if<Relay::ErrorFrame>(&*frame)) {
        m_lastError = u"the relay closed the link: "_s + err->message;
        qCWarning(lcRelayLink) << m_lastError;
    } else {
        fail(u"unexpected frame from the relay"_s);
    }
}

void RelayLink::sendResponse(quint64 generation, quint64 id, const BrokerResponse &response)
{
    if (generation != m_generation || !m_pending.remove(id) || !m_socket)
        return; // the node went away, or the link was re-made since: nobody waits for it
    m_socket->sendBinaryMessage(Relay::encodeFrame(Relay::ResponseFrame{id, response}));
}

void RelayLink::ping()
{
    if (!m_socket)
        return;
    if (std::chrono::steady_clock::now() - m_lastHeard > 3 * m_options.pingInterval)
        return fail(u"the relay stopped answering pings"_s);
    m_socket->ping();
}

} // namespace Slipway
