#include "httprequestparser.h"

#include <cctype>

using namespace Qt::StringLiterals;

namespace Slipway::Relay {

namespace {

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
           || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView v)
{
    if (v.isEmpty())
        return false;
    for (char c : v)
        if (!isTokenChar(c))
            return false;
    return true;
}

// Comma-separated header tokens, compared case-insensitively.
bool hasToken(QByteArrayView value, QByteArrayView token)
{
    for (QByteArrayView part : QByteArray(value).split(','))
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

HttpRequestParser::HttpRequestParser()
    : HttpRequestParser(Limits{})
{}

HttpRequestParser::HttpRequestParser(const Limits &limits)
    : m_limits(limits)
{}

HttpRequestParser::Result HttpRequestParser::fail(int status, const QString &message)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorString = message;
    return Result::Error;
}

bool HttpRequestParser::takeContinueWanted()
{
    return std::exchange(m_continueWanted, false);
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest r = std::move(m_request);
    m_request = {};
    m_state = State::RequestLine;
    m_headerBytes = 0;
    m_remaining = 0;
    m_http10 = false;
    m_continueWanted = false;
    return r;
}

bool HttpRequestParser::takeLine(QByteArray &buffer,
                                 QByteArray *line,
                                 qsizetype limit,
                                 int statusIfTooLong)
{
    const qsizetype end = buffer.indexOf('\n');
    if (end < 0) {
        if (buffer.size() > limit)
            fail(statusIfTooLong, u"line longer than %1 bytes"_s.arg(limit));
        return false;
    }
    if (end > limit) {
        fail(statusIfTooLong, u"line longer than %1 bytes"_s.arg(limit));
        return false;
    }
    *line = buffer.first(end);
    if (line->endsWith('\r'))
        line->chop(1);
    buffer.remove(0, end + 1);
    return true;
}

bool HttpRequestParser::parseRequestLine(const QByteArray &line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3) {
        fail(400, u"malformed request line (expected METHOD TARGET HTTP/1.1)"_s);
        return false;
    }
    const QByteArray &method = parts[0];
    const QByteArray &target = parts[1];
    const QByteArray &version = parts[2];
    if (!isToken(method) || method.size() > 16) {
        fail(400, u"malformed method"_s);
        return false;
    }
    if (version == "HTTP/1.1") {
        m_http10 = false;
    } else if (version == "HTTP/1.0") {
        m_http10 = true;
    } else if (version.startsWith("HTTP/")) {
        fail(505, u"HTTP version not supported (only 1.0 and 1.1)"_s);
        return false;
    } else {
        fail(400, u"malformed HTTP version"_s);
        return false;
    }
    if (!target.startsWith('/')) {
        fail(400, u"the request target must be a path starting with /"_s);
        return false;
    }
    for (char c : target) {
        if (quint8(c) <= 0x20 || quint8(c) >= 0x7f || c == '#') {
            fail(400, u"invalid character in the request target"_s);
            return false;
        }
    }
    m_request.method = method;
    const qsizetype q = target.indexOf('?');
    m_request.path = q < 0 ? target : target.first(q);
    m_request.query = q < 0 ? QByteArray() : target.sliced(q + 1);
    m_request.keepAlive = !m_http10;
    return true;
}

bool HttpRequestParser::parseHeaderLine(const QByteArray &line)
{
    if (line.startsWith(' ') || line.startsWith('\t')) {
        fail(400, u"folded header lines are not accepted"_s);
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(QByteArrayView(line).first(colon))) {
        fail(400, u"malformed header line"_s);
        return false;
    }
    if (m_request.headers.size() >= m_limits.maxHeaders) {
        fail(431, u"more than %1 header fields"_s.arg(m_limits.maxHeaders));
        return false;
    }
    const QByteArray value = line.sliced(colon + 1).trimmed();
    for (char c : value) {
        if (c == '\0' || c == '\r') {
            fail(400, u"invalid character in a header value"_s);
            return false;
        }
    }
    m_request.headers.append({line.first(colon).toLower(), value});
    return true;
}

bool HttpRequestParser::headersDone()
{
    QByteArray contentLength;
    bool chunked = false;
    bool sawTransferEncoding = false;
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        if (name == "content-length") {
            if (!contentLength.isNull() && contentLength != value) {
                fail(400, u"conflicting Content-Length headers"_s);
                return false;
            }
            contentLength = value;
        } else if (name == "transfer-encoding") {
            sawTransferEncoding = true;
            chunked = value.trimmed().compare("chunked", Qt::CaseInsensitive) == 0;
            if (!chunked) {
                fail(501, u"only the chunked transfer coding is supported"_s);
                return false;
            }
        } else if (name == "connection") {
            if (hasToken(value, "close"))
                m_request.keepAlive = false;
            else if (m_http10 && hasToken(value, "keep-alive"))
                m_request.keepAlive = true;
        }
    }
    if (sawTransferEncoding && !contentLength.isNull()) {
        fail(400, u"both Content-Length and Transfer-Encoding"_s);
        return false;
    }
    qint64 length = 0;
    if (!contentLength.isNull()) {
        bool ok = contentLength.size() <= 18 && !contentLength.isEmpty();
        for (char c : contentLength)
            ok = ok && c >= '0' && c <= '9';
        length = ok ? contentLength.toLongLong(&ok) : 0;
        if (!ok) {
            fail(400, u"malformed Content-Length"_s);
            return false;
        }
        if (length > m_limits.maxBodySize) {
            fail(413,
                 u"request body of %1 bytes exceeds this relay's limit of %2 bytes"_s.arg(length)
                     .arg(m_limits.maxBodySize));
            return false;
        }
    }
    const bool bodyFollows = chunked || length > 0;
    m_continueWanted = bodyFollows && !m_http10
                       && m_request.header("expect").compare("100-continue", Qt::CaseInsensitive)
                              == 0;
    if (chunked) {
        m_state = State::ChunkSize;
    } else if (length > 0) {
        m_remaining = length;
        m_state = State::Body;
    } else {
        m_state = State::Done;
    }
    return true;
}

HttpRequestParser::Result HttpRequestParser::parse(QByteArray &buffer)
{
    QByteArray line;
    for (;;) {
        switch (m_state) {
        case State::Failed:
            return Result::Error;
        case State::Done:
            return Result::Complete;
        case State::RequestLine:
            if (!takeLine(buffer, &line, m_limits.maxLineSize, 414))
                return m_state == State::Failed ? Result::Error : Result::NeedMore;
            if (line.isEmpty())
                continue; // an empty line before a request is allowed (RFC 9112 2.2)
            if (!parseRequestLine(line))
                return Result::Error;
            m_state = State::Headers;
            break;
        case State::Headers:
        case State::Trailers: {
            const qsizetype left = m_limits.maxHeaderBytes - m_headerBytes;
            if (!takeLine(buffer, &line, qMin(left, m_limits.maxLineSize), 431))
                return m_state == State::Failed ? Result::Error : Result::NeedMore;
            m_headerBytes += line.size() + 2;
            if (line.isEmpty()) {
                if (m_state == State::Trailers)
                    m_state = State::Done;
                else if (!headersDone())
                    return Result::Error;
            } else if (m_state == State::Headers && !parseHeaderLine(line)) {
                return Result::Error;
            } // trailer fields are read and dropped
            break;
        }
        case State::Body:
        case State::ChunkData: {
            const qsizetype n = qsizetype(qMin<qint64>(m_remaining, buffer.size()));
            m_request.body.append(buffer.constData(), n);
            buffer.remove(0, n);
            m_remaining -= n;
            if (m_remaining > 0)
                return Result::NeedMore;
            m_state = m_state == State::Body ? State::Done : State::ChunkEnd;
            break;
        }
        case State::ChunkSize: {
            if (!takeLine(buffer, &line, 1024, 400))
                return m_state == State::Failed ? Result::Error : Result::NeedMore;
            const qsizetype semicolon = line.indexOf(';');
            const QByteArray hex = (semicolon < 0 ? line : line.first(semicolon)).trimmed();
            bool ok = !hex.isEmpty() && hex.size() <= 15;
            for (char c : hex)
                ok = ok && std::isxdigit(quint8(c));
            const qint64 size = ok ? hex.toLongLong(&ok, 16) : 0;
            if (!ok)
                return fail(400, u"malformed chunk size"_s);
            if (size > m_limits.maxBodySize - m_request.body.size())
                return fail(413,
                            u"chunked request body exceeds this relay's limit of %1 bytes"_s.arg(
                                m_limits.maxBodySize));
            m_remaining = size;
            m_state = size == 0 ? State::Trailers : State::ChunkData;
            break;
        }
        case State::ChunkEnd:
            if (!takeLine(buffer, &line, 2, 400))
                return m_state == State::Failed ? Result::Error : Result::NeedMore;
            if (!line.isEmpty())
                return fail(400, u"chunk data not followed by CR LF"_s);
            m_state = State::ChunkSize;
            break;
        }
    }
}

} // namespace Slipway::Relay
