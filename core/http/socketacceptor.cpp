#include "socketacceptor.h"

#include "httplogging.h"

#include <QPointer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Slipway {

namespace {

// The address a descriptor is connected from; IPv4-mapped IPv6 addresses as IPv4, so that
// one client counts once whichever way it came.
QHostAddress peerOf(qintptr descriptor)
{
    sockaddr_storage storage{};
    socklen_t length = sizeof storage;
    if (::getpeername(int(descriptor), reinterpret_cast<sockaddr *>(&storage), &length) != 0)
        return {};
    QHostAddress address(reinterpret_cast<const sockaddr *>(&storage));
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    return mapped ? QHostAddress(v4) : address;
}

// Sockets in a TLS handshake carry this property until encrypted.
constexpr char HandshakeProperty[] = "slipwayHandshake";

} // namespace

// QTcpServer hands every accepted descriptor to incomingConnection(); this one gives it to the
// acceptor, which keeps QTcpServer's own queue of pending connections (and its cap) empty.
class SocketAcceptor::Server : public QTcpServer
{
public:
    explicit Server(SocketAcceptor *owner)
        : QTcpServer(owner)
        , m_owner(owner)
    {}

protected:
    void incomingConnection(qintptr descriptor) override { m_owner->incoming(descriptor); }

private:
    SocketAcceptor *m_owner;
};

SocketAcceptor::SocketAcceptor(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_maxConnections(m_options.maxConnections > 0 ? m_options.maxConnections
                                                    : defaultMaxConnections())
{}

SocketAcceptor::~SocketAcceptor()
{
    close();
}

int SocketAcceptor::defaultMaxConnections()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1000;
    const qint64 soft = limit.rlim_cur == RLIM_INFINITY ? 1 << 20 : qint64(limit.rlim_cur);
    // The process's own files (database, logs, the other listeners, the link) stay possible.
    const qint64 reserve = std::max<qint64>(64, soft / 10);
    return int(std::clamp<qint64>(soft - reserve, 16, 1 << 20));
}

int SocketAcceptor::raiseOpenFileLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    if (limit.rlim_cur != limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
        else
            qCDebug(lcHttp) << "cannot raise the open-files limit:" << strerror(errno);
    }
    return limit.rlim_cur == RLIM_INFINITY ? std::numeric_limits<int>::max() : int(limit.rlim_cur);
}

bool SocketAcceptor::listen(const QHostAddress &address, quint16 port)
{
    close();
    m_server = new Server(this);
    m_server->setListenBacklogSize(m_options.backlog);
    connect(m_server, &QTcpServer::acceptError, this, &SocketAcceptor::onAcceptError);
    if (!m_server->listen(address, port)) {
        m_errorString = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    return true;
}

void SocketAcceptor::close()
{
    if (!m_server)
        return;
    m_server->close();
    m_server->deleteLater();
    m_server = nullptr;
}

bool SocketAcceptor::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 SocketAcceptor::serverPort() const
{
    return m_server ? m_server->serverPort() : 0;
}

QHostAddress SocketAcceptor::serverAddress() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

int SocketAcceptor::connectionCount(const QHostAddress &address) const
{
    return m_perAddress.value(address);
}

void SocketAcceptor::incoming(qintptr descriptor)
{
    const QHostAddress peer = peerOf(descriptor);
    if (m_options.acceptPeer && !m_options.acceptPeer(peer)) {
        ::close(int(descriptor));
        if (++m_refused % 1000 == 1)
            qCInfo(lcHttp) << "refusing connections from" << peer << "(not from this machine)";
        return;
    }
    const bool overTotal = m_total >= m_maxConnections;
    if (overTotal || m_perAddress.value(peer) >= m_options.maxPerAddress) {
        // Closed before anything is allocated for it; the client sees the connection close.
        ::close(int(descriptor));
        if (++m_refused % 1000 == 1)
            qCInfo(lcHttp) << "refusing connections from" << peer
                           << (overTotal ? "(too many connections)"
                                         : "(too many connections from this address)");
        if (overTotal)
            Q_EMIT resourcesExhausted();
        return;
    }
    QTcpSocket *socket = m_options.tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        qCDebug(lcHttp) << "cannot use an accepted socket:" << socket->errorString();
        ::close(int(descriptor));
        delete socket;
        return;
    }
    // Answers are small: without TCP_NODELAY, Nagle's algorithm and the client's delayed ACK
    // can hold the end of an answer for 40 ms.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    track(socket, peer);
    if (m_options.tls)
        startHandshake(socket);
    else
        Q_EMIT accepted(socket);
}

void SocketAcceptor::track(QTcpSocket *socket, const QHostAddress &peer)
{
    ++m_total;
    ++m_perAddress[peer];
    connect(socket, &QObject::destroyed, this, [this, peer] {
        --m_total;
        const auto it = m_perAddress.find(peer);
        if (it != m_perAddress.end() && --*it <= 0)
            m_perAddress.erase(it);
    });
}

void SocketAcceptor::startHandshake(QTcpSocket *plain)
{
    auto *socket = static_cast<QSslSocket *>(plain);
    socket->setSslConfiguration(*m_options.tls);
    socket->setProperty(HandshakeProperty, true);
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    // A client that never completes the handshake is cut off; the slot it held is freed.
    connect(deadline, &QTimer::timeout, socket, [socket] {
        qCDebug(lcHttp) << "TLS handshake with" << socket->peerAddress() << "timed out";
        socket->setProperty(HandshakeProperty, QVariant());
        socket->abort();
        socket->deleteLater();
    });
    connect(socket, &QSslSocket::encrypted, this, [this, socket, deadline] {
        deadline->deleteLater();
        socket->setProperty(HandshakeProperty, QVariant()); // failed() has nothing more to do
        Q_EMIT accepted(socket);
    });
    const auto failed = [socket] {
        if (!socket->property(HandshakeProperty).toBool())
            return;
        socket->setProperty(HandshakeProperty, QVariant());
        qCDebug(lcHttp) << "TLS handshake with" << socket->peerAddress()
                        << "failed:" << socket->errorString();
        socket->deleteLater();
    };
    connect(socket, &QAbstractSocket::errorOccurred, this, failed);
    connect(socket, &QAbstractSocket::disconnected, this, failed);
    deadline->start(m_options.handshakeTimeout);
    // Nothing is set up for TLS until the client speaks (its ClientHello): a silent
    // connection costs a socket and a timer, not a TLS session. In unencrypted mode the bytes
    // stay in the plain socket's buffer, where the handshake reads them.
    if (socket->bytesAvailable() > 0) {
        socket->startServerEncryption();
        return;
    }
    auto started = std::make_shared<QMetaObject::Connection>();
    *started = connect(socket, &QIODevice::readyRead, this, [socket, started] {
        QObject::disconnect(*started);
        if (socket->property(HandshakeProperty).toBool())
            socket->startServerEncryption();
    });
}

void SocketAcceptor::onAcceptError()
{
    // QTcpServer paused accepting before telling; nothing else would resume it.
    ++m_acceptErrors;
    if (m_acceptErrors % 100 == 1)
        qCWarning(lcHttp) << "accepting a connection failed:"
                          << (m_server ? m_server->errorString() : QString())
                          << "- closing idle connections and trying again";
    Q_EMIT resourcesExhausted();
    if (m_resumeScheduled)
        return;
    m_resumeScheduled = true;
    QTimer::singleShot(100ms, this, [this] {
        m_resumeScheduled = false;
        if (m_server)
            m_server->resumeAccepting();
    });
}

} // namespace Slipway
