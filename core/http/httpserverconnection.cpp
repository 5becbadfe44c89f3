#include "httpserverconnection.h"

#include "httplogging.h"

#include <QSslSocket>
#include <QTcpSocket>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Slipway {

namespace {

QByteArrayView reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return status < 400 ? "OK" : "Error";
    }
}

bool isHopByHop(QByteArrayView name)
{
    return name == "connection" || name == "keep-alive" || name == "transfer-encoding"
           || name == "te" || name == "upgrade" || name == "trailer" || name == "content-length"
           || name == "content-type" || name == "proxy-connection";
}

} // namespace

namespace {

// A refused request's body is read and dropped for at most this long and this much, so that
// the client reads the answer before the connection closes; then the connection is cut.
constexpr auto DrainTime = std::chrono::milliseconds(2000);
constexpr qint64 MaxDrainBytes = 256 * 1024;
// How often a body's arrival rate is checked.
constexpr auto BodyCheckInterval = std::chrono::milliseconds(1000);

} // namespace

HttpServerConnection::HttpServerConnection(QTcpSocket *socket,
                                           const HttpRequestParser::Limits &limits,
                                           std::chrono::milliseconds idleTimeout,
                                           QObject *parent)
    : HttpServerConnection(socket, limits, Timeouts{idleTimeout}, parent)
{}

HttpServerConnection::HttpServerConnection(QTcpSocket *socket,
                                           const HttpRequestParser::Limits &limits,
                                           const Timeouts &timeouts,
                                           QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_parser(limits)
    , m_timeouts(timeouts)
    , m_peer(socket->peerAddress())
    , m_maxBuffered(limits.maxBodySize + limits.maxHeaderBytes + limits.maxLineSize)
{
    socket->setParent(this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpServerConnection::onTimer);
    connect(socket, &QTcpSocket::readyRead, this, &HttpServerConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &HttpServerConnection::finish);
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e != QAbstractSocket::RemoteHostClosedError)
            qCDebug(lcHttp) << "node connection from" << m_peer
                            << "failed:" << (m_socket ? m_socket->errorString() : QString());
        finish();
    });
    enterPhase(Phase::FirstRequest);
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpServerConnection::onReadyRead, Qt::QueuedConnection);
}

HttpServerConnection::~HttpServerConnection() = default;

void HttpServerConnection::setHeadersCheck(HttpRequestParser::HeadersCheck check)
{
    m_parser.setHeadersCheck(std::move(check));
}

bool HttpServerConnection::isIdle() const
{
    return !m_finished && (m_phase == Phase::Idle || m_phase == Phase::FirstRequest)
           && m_buffer.isEmpty();
}

bool HttpServerConnection::hasPendingOutput() const
{
    if (!m_socket || m_finished)
        return false;
    if (m_socket->bytesToWrite() > 0)
        return true;
    const auto *tls = qobject_cast<const QSslSocket *>(m_socket.data());
    return tls && tls->encryptedBytesToWrite() > 0;
}

void HttpServerConnection::abort()
{
    if (m_socket)
        m_socket->abort();
    finish();
}

void HttpServerConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    Q_EMIT closed();
    deleteLater();
}

void HttpServerConnection::enterPhase(Phase phase)
{
    using namespace std::chrono;
    if (phase != m_phase || phase == Phase::FirstRequest)
        m_phaseStart = steady_clock::now();
    m_phase = phase;
    switch (phase) {
    case Phase::FirstRequest:
    case Phase::Head: {
        // The deadline runs from the phase's start: trickling bytes does not extend it.
        const auto left = m_timeouts.headers
                          - duration_cast<milliseconds>(steady_clock::now() - m_phaseStart);
        m_timer.start(std::max(left, milliseconds(0)));
        return;
    }
    case Phase::Idle:
        m_timer.start(m_timeouts.idle);
        return;
    case Phase::Body:
        if (!m_timer.isActive())
            m_timer.start(BodyCheckInterval);
        return;
    case Phase::Awaiting:
        m_timer.stop(); // a parked get may wait for minutes
        return;
    case Phase::Draining:
        m_timer.start(DrainTime);
        return;
    }
}

// After reading: where the request under way stands.
void HttpServerConnection::updatePhase()
{
    if (m_finished || m_draining || m_awaitingResponse)
        return;
    if (m_parser.isReadingBody()) {
        if (m_phase != Phase::Body)
            m_bodyBytes = 0;
        enterPhase(Phase::Body);
    } else if (m_parser.isInRequest() || !m_buffer.isEmpty()) {
        if (m_phase != Phase::FirstRequest && m_phase != Phase::Head)
            enterPhase(Phase::Head);
    }
}

void HttpServerConnection::onTimer()
{
    using namespace std::chrono;
    switch (m_phase) {
    case Phase::FirstRequest:
    case Phase::Head:
        qCDebug(lcHttp) << "closing a connection from" << m_peer << "that sent no request in time";
        if (m_parser.isInRequest() || !m_buffer.isEmpty()) {
            refuse(408, u"the request's headers did not arrive in time"_s);
            return;
        }
        abort(); // a silent connection: nothing to answer
        return;
    case Phase::Body: {
        const auto elapsed = duration_cast<milliseconds>(steady_clock::now() - m_phaseStart);
        const auto earned = milliseconds(m_bodyBytes * 1000
                                         / std::max<qint64>(1, m_timeouts.minBodyBytesPerSecond));
        if (elapsed > m_timeouts.bodyGrace + earned) {
            refuse(408,
                   u"the request's body arrives slower than %1 bytes per second"_s.arg(
                       m_timeouts.minBodyBytesPerSecond));
            return;
        }
        m_timer.start(BodyCheckInterval);
        return;
    }
    case Phase::Idle:
    case Phase::Draining:
        abort();
        return;
    case Phase::Awaiting:
        return;
    }
}

void HttpServerConnection::onReadyRead()
{
    if (!m_socket || m_finished)
        return;
    if (m_draining) {
        m_drainedBytes += m_socket->readAll().size();
        if (m_drainedBytes > MaxDrainBytes)
            abort();
        return;
    }
    const QByteArray data = m_socket->readAll();
    if (m_parser.isReadingBody())
        m_bodyBytes += data.size();
    m_buffer.append(data);
    if (m_awaitingResponse) {
        // A pipelined request waits for this answer; bounded, so a node cannot fill memory.
        if (m_buffer.size() > m_maxBuffered)
            m_socket->abort();
        return;
    }
    parseBuffered();
}

void HttpServerConnection::parseBuffered()
{
    if (m_awaitingResponse || m_draining || m_finished || !m_socket)
        return;
    const HttpRequestParser::Result result = m_parser.parse(m_buffer);
    if (m_parser.takeContinueWanted() && result == HttpRequestParser::Result::NeedMore)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    switch (result) {
    case HttpRequestParser::Result::NeedMore:
        updatePhase();
        return;
    case HttpRequestParser::Result::Error:
        refuse(m_parser.errorStatus(), m_parser.errorString());
        return;
    case HttpRequestParser::Result::Complete: {
        HttpRequest request = m_parser.takeRequest();
        m_awaitingResponse = true;
        m_keepAlive = request.keepAlive;
        m_method = request.method;
        enterPhase(Phase::Awaiting);
        Q_EMIT requestReceived(request);
        return;
    }
    }
}

void HttpServerConnection::refuse(int status, const QString &message)
{
    qCDebug(lcHttp) << "refused a request from" << m_peer << "with" << status << message;
    m_awaitingResponse = true;
    m_keepAlive = false;
    // Read and drop what the node still sends, so that closing does not reset the connection
    // before it has read the answer; bounded in time and bytes (a refused 16 MiB upload is
    // not read).
    m_draining = true;
    m_buffer.clear();
    respondText(status, message);
    enterPhase(Phase::Draining);
}

void HttpServerConnection::respondText(int status,
                                       const QString &message,
                                       const HttpHeaders &headers)
{
    respond(status, "text/plain; charset=utf-8", headers, QByteArray(message.toUtf8() + '\n'));
}

void HttpServerConnection::respond(int status,
                                   QByteArrayView contentType,
                                   const HttpHeaders &headers,
                                   QByteArrayView body)
{
    if (!m_awaitingResponse || !m_socket || m_finished)
        return;
    m_awaitingResponse = false;
    const bool head = m_method == "HEAD";
    QByteArray out;
    out.reserve(256 + body.size());
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : headers) {
        if (isHopByHop(name) || value.contains('\n') || value.contains('\r'))
            continue;
        out += name + ": " + value + "\r\n";
    }
    out += m_keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    if (!head)
        out += body;
    m_socket->write(out);
    // Hand the answer to the kernel now rather than on the next pass of the event loop, which
    // may first run other queued work (a woken long-poll must not wait behind a commit).
    m_socket->flush();
    if (m_draining)
        return;
    if (!m_keepAlive) {
        m_socket->disconnectFromHost();
        return;
    }
    if (!m_buffer.isEmpty()) { // a pipelined request is already here
        enterPhase(Phase::Head);
        QMetaObject::invokeMethod(this, &HttpServerConnection::parseBuffered, Qt::QueuedConnection);
    } else {
        enterPhase(Phase::Idle);
    }
}

} // namespace Slipway
