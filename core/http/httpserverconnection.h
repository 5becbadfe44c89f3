#pragma once

// One node's HTTP/1.1 connection to the broker or the relay: reads requests one at a time, keeps each open
// until respond() (a long-poll may take minutes), and says when the node goes away.

#include "httprequestparser.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace Slipway {

class HttpServerConnection : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServerConnection)

public:
    // Takes ownership of socket (already connected, and encrypted when TLS is used).
    HttpServerConnection(QTcpSocket *socket,
                         const HttpRequestParser::Limits &limits,
                         std::chrono::milliseconds idleTimeout,
                         QObject *parent = nullptr);
    ~HttpServerConnection() override;

    QHostAddress peerAddress() const { return m_peer; }
    bool isAwaitingResponse() const { return m_awaitingResponse; }

    // Answers the request last received. Hop-by-hop headers in headers are dropped.
    void respond(int status,
                 QByteArrayView contentType,
                 const HttpHeaders &headers,
                 QByteArrayView body);
    void respondText(int status, const QString &message, const HttpHeaders &headers = {});

Q_SIGNALS:
    void requestReceived(const Slipway::HttpRequest &request);
    // The node closed the connection or it failed; the object deletes itself afterwards.
    void closed();

private:
    void onReadyRead();
    void parseBuffered();
    void refuse(int status, const QString &message);
    void finish();

    QPointer<QTcpSocket> m_socket;
    HttpRequestParser m_parser;
    QByteArray m_buffer;
    QHostAddress m_peer;
    QTimer m_idleTimer;
    QByteArray m_method;
    qsizetype m_maxBuffered;
    bool m_awaitingResponse = false;
    bool m_keepAlive = true;
    bool m_draining = false; // an error was answered; the rest of the request is read and dropped
    bool m_finished = false;
};

} // namespace Slipway
