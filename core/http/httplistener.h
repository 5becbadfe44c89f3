#pragma once

// The broker's and the relay's node port: a SocketAcceptor (caps per address and in total, TLS
// handshakes with a deadline, recovery from accept errors) that makes an HttpServerConnection
// of every accepted socket. When file descriptors run out or the total cap is reached, the
// connections idle the longest (no request under way) are closed to make room.

#include "httpserverconnection.h"
#include "socketacceptor.h"

#include <QHash>
#include <QObject>

namespace Slipway {

class HttpListener : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpListener)

public:
    struct Options
    {
        SocketAcceptor::Options accept;
        HttpRequestParser::Limits limits;
        HttpServerConnection::Timeouts timeouts;
        HttpRequestParser::HeadersCheck headersCheck; // per-route body limits, early refusals
    };

    explicit HttpListener(Options options, QObject *parent = nullptr);
    ~HttpListener() override;

    bool listen(const QHostAddress &address, quint16 port);
    void close();
    QString errorString() const { return m_acceptor.errorString(); }
    quint16 serverPort() const { return m_acceptor.serverPort(); }
    QHostAddress serverAddress() const { return m_acceptor.serverAddress(); }
    bool isListening() const { return m_acceptor.isListening(); }
    const SocketAcceptor &acceptor() const { return m_acceptor; }
    int connectionCount() const { return int(m_connections.size()); }
    // Whether a connection has an answer not yet handed to the operating system.
    bool hasPendingOutput() const;
    quint64 evictedCount() const { return m_evicted; }

    // Closes up to `count` idle connections, those idle the longest first; returns how many.
    int closeIdle(int count);

Q_SIGNALS:
    // A new connection; the listener owns it (it deletes itself once closed).
    void connectionOpened(Slipway::HttpServerConnection *connection);

private:
    void onAccepted(QTcpSocket *socket);

    Options m_options;
    SocketAcceptor m_acceptor;
    QHash<HttpServerConnection *, quint64> m_connections; // -> order of arrival
    quint64 m_nextOrder = 0;
    quint64 m_evicted = 0;
};

} // namespace Slipway
