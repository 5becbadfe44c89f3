#pragma once

// One node's HTTP/1.1 connection to the broker or the relay: reads requests one at a time, keeps each open
// until respond() (a long-poll may take minutes), and says when the node goes away.

#include "httprequestparser.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace Slipway {

class HttpServerConnection : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServerConnection)

public:
    // How long a client may take. A slow or silent client holds a socket, a file descriptor and
    // a buffer: it is answered 408 and closed rather than kept (slow headers, a trickled body).
    struct Timeouts
    {
        // Keep-alive connections with no request under way are closed after this.
        std::chrono::milliseconds idle{120000};
        // From a connection's start (or the first byte of a later request) to the end of the
        // request's headers.
        std::chrono::milliseconds headers{15000};
        // A body must arrive at this average rate after a grace period: each byte received
        // buys 1/minBodyBytesPerSecond s beyond bodyGrace.
        qint64 minBodyBytesPerSecond = 4096;
        std::chrono::milliseconds bodyGrace{10000};
    };

    // Takes ownership of socket (already connected, and encrypted when TLS is used).
    HttpServerConnection(QTcpSocket *socket,
                         const HttpRequestParser::Limits &limits,
                         const Timeouts &timeouts,
                         QObject *parent = nullptr);
    HttpServerConnection(QTcpSocket *socket,
                         const HttpRequestParser::Limits &limits,
                         std::chrono::milliseconds idleTimeout,
                         QObject *parent = nullptr);
    ~HttpServerConnection() override;

    // Decides each request's body limit, or refuses it, once its headers are in.
    void setHeadersCheck(HttpRequestParser::HeadersCheck check);

    QHostAddress peerAddress() const { return m_peer; }
    bool isAwaitingResponse() const { return m_awaitingResponse; }
    // No request under way nor awaiting its answer: the connection may be closed at no loss.
    bool isIdle() const;
    // Answers written but not yet handed to the operating system (they go out as the event
    // loop runs).
    bool hasPendingOutput() const;

    // Closes the connection now (a server short of file descriptors drops idle ones).
    void abort();

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
    // What the connection waits for, which decides its timer.
    enum class Phase { FirstRequest, Idle, Head, Body, Awaiting, Draining };

    void onReadyRead();
    void parseBuffered();
    void refuse(int status, const QString &message);
    void finish();
    void onTimer();
    void enterPhase(Phase phase);
    void updatePhase();

    QPointer<QTcpSocket> m_socket;
    HttpRequestParser m_parser;
    Timeouts m_timeouts;
    QByteArray m_buffer;
    QHostAddress m_peer;
    QTimer m_timer;
    Phase m_phase = Phase::FirstRequest;
    std::chrono::steady_clock::time_point m_phaseStart;
    qint64 m_bodyBytes = 0;    // received since the headers of the request under way
    qint64 m_drainedBytes = 0; // read and dropped after a refusal
    QByteArray m_method;
    qsizetype m_maxBuffered;
    bool m_awaitingResponse = false;
    bool m_keepAlive = true;
    bool m_draining = false; // an error was answered; the rest of the request is read and dropped
    bool m_finished = false;
};

} // namespace Slipway
