#include "httplistener.h"

#include "httplogging.h"

#include <QTcpSocket>

#include <algorithm>

namespace Slipway {

HttpListener::HttpListener(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_acceptor(m_options.accept)
{
    connect(&m_acceptor, &SocketAcceptor::accepted, this, &HttpListener::onAccepted);
    connect(&m_acceptor, &SocketAcceptor::resourcesExhausted, this, [this] {
        // A few at a time: enough for the connections waiting, without emptying the server.
        closeIdle(std::max(8, int(m_connections.size()) / 32));
    });
}

HttpListener::~HttpListener()
{
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it)
        it.key()->disconnect(this);
}

bool HttpListener::listen(const QHostAddress &address, quint16 port)
{
    return m_acceptor.listen(address, port);
}

void HttpListener::close()
{
    m_acceptor.close();
}

void HttpListener::onAccepted(QTcpSocket *socket)
{
    auto *connection = new HttpServerConnection(socket, m_options.limits, m_options.timeouts, this);
    if (m_options.headersCheck)
        connection->setHeadersCheck(m_options.headersCheck);
    m_connections.insert(connection, m_nextOrder++);
    connect(connection, &HttpServerConnection::closed, this, [this, connection] {
        m_connections.remove(connection);
    });
    Q_EMIT connectionOpened(connection);
}

bool HttpListener::hasPendingOutput() const
{
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it)
        if (it.key()->hasPendingOutput())
            return true;
    return false;
}

int HttpListener::closeIdle(int count)
{
    QList<std::pair<quint64, HttpServerConnection *>> idle;
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it)
        if (it.key()->isIdle())
            idle.append({it.value(), it.key()});
    std::sort(idle.begin(), idle.end());
    int closed = 0;
    for (const auto &[order, connection] : std::as_const(idle)) {
        if (closed >= count)
            break;
        connection->abort();
        ++closed;
    }
    m_evicted += quint64(closed);
    if (closed > 0)
        qCDebug(lcHttp) << "closed" << closed << "idle connections to make room";
    return closed;
}

} // namespace Slipway
