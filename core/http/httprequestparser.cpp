#include "httprequestparser.h"

#include <llhttp.h>

static_assert(LLHTTP_VERSION_MAJOR >= 9, "llhttp 9 or later: pausing in the *_complete callbacks");

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

// Comma-separated header tokens, compared case-insensitively.
bool hasToken(QByteArrayView value, QByteArrayView token)
{
    for (QByteArrayView part : QByteArray(value).split(','))
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// The chunk-size line (size and extensions) has no limit of its own in the caller's Limits.
constexpr qint64 MaxChunkLineSize = 1024;

} // namespace

// llhttp's callbacks. The ones at a boundary between parts of the request pause llhttp, so
// that parse() knows the exact offset of the boundary and checks the next part from there.
struct HttpRequestParserCallbacks
{
    static HttpRequestParser *self(llhttp_t *p)
    {
        return static_cast<HttpRequestParser *>(p->data);
    }

    static int pauseAt(llhttp_t *p, HttpRequestParser::Boundary boundary)
    {
        self(p)->m_boundary = boundary;
        return HPE_PAUSED;
    }

    static int onMethod(llhttp_t *p, const char *at, size_t length)
    {
        HttpRequestParser *s = self(p);
        if (s->m_partStart < 0)
            s->m_partStart = s->offsetOf(at);
        s->m_request.method.append(at, qsizetype(length));
        return s->checkLimits(s->offsetOf(at + length)) ? 0 : -1;
    }

    static int onUrl(llhttp_t *p, const char *at, size_t length)
    {
        HttpRequestParser *s = self(p);
        if (!s->checkLimits(s->offsetOf(at + length)))
            return -1;
        s->m_url.append(at, qsizetype(length));
        return 0;
    }

    static int onVersion(llhttp_t *p, const char *at, size_t length)
    {
        HttpRequestParser *s = self(p);
        return s->checkLimits(s->offsetOf(at + length)) ? 0 : -1;
    }

    static int onVersionComplete(llhttp_t *p)
    {
        return pauseAt(p, HttpRequestParser::Boundary::RequestLineEnd);
    }

    // llhttp takes a request line without a version for HTTP/0.9; Slipway does not.
    static bool refuseWithoutVersion(HttpRequestParser *s)
    {
        if (s->m_state != HttpRequestParser::State::RequestLine)
            return false;
        s->fail(400, u"malformed request line (expected METHOD TARGET HTTP/1.1)"_s);
        return true;
    }

    static int onHeaderField(llhttp_t *p, const char *at, size_t length)
    {
        HttpRequestParser *s = self(p);
        if (refuseWithoutVersion(s))
            return -1;
        if (s->m_lineStart < 0)
            s->m_lineStart = s->offsetOf(at);
        if (!s->checkLimits(s->offsetOf(at + length)))
            return -1;
        if (s->m_state == HttpRequestParser::State::Headers) // trailer fields are dropped
            s->m_field.append(at, qsizetype(length));
        return 0;
    }

    static int onHeaderFieldComplete(llhttp_t *p)
    {
        HttpRequestParser *s = self(p);
        s->m_inHeaderValue = true;
        if (s->m_state == HttpRequestParser::State::Headers
            && s->m_request.headers.size() >= s->m_limits.maxHeaders) {
            s->fail(431, u"more than %1 header fields"_s.arg(s->m_limits.maxHeaders));
            return -1;
        }
        return 0;
    }

    static int onHeaderValue(llhttp_t *p, const char *at, size_t length)
    {
        HttpRequestParser *s = self(p);
        if (!s->checkLimits(s->offsetOf(at + length)))
            return -1;
        if (s->m_state == HttpRequestParser::State::Headers)
            s->m_value.append(at, qsizetype(length));
        return 0;
    }

    static int onHeaderValueComplete(llhttp_t *p)
    {
        HttpRequestParser *s = self(p);
        if (s->m_state == HttpRequestParser::State::Headers)
            s->m_request.headers.append({s->m_field.toLower(), s->m_value.trimmed()});
        s->m_field.clear();
        s->m_value.clear();
        s->m_inHeaderValue = false;
        s->m_lineStart = -1;
        return 0;
    }

    static int onHeadersComplete(llhttp_t *p)
    {
        if (refuseWithoutVersion(self(p)))
            return -1;
        return pauseAt(p, HttpRequestParser::Boundary::HeadersEnd);
    }

    static int onBody(llhttp_t *p, const char *at, size_t length)
    {
        self(p)->m_request.body.append(at, qsizetype(length)); // its size was checked before
        return 0;
    }

    static int onChunkHeader(llhttp_t *p)
    {
        self(p)->m_chunkSize = p->content_length;
        return pauseAt(p, HttpRequestParser::Boundary::ChunkHeader);
    }

    static int onChunkComplete(llhttp_t *p)
    {
        return pauseAt(p, HttpRequestParser::Boundary::ChunkEnd);
    }

    static int onMessageComplete(llhttp_t *p)
    {
        return pauseAt(p, HttpRequestParser::Boundary::MessageEnd);
    }

    static const llhttp_settings_t &settings()
    {
        static const llhttp_settings_t s = [] {
            llhttp_settings_t s;
            llhttp_settings_init(&s);
            s.on_method = onMethod;
            s.on_url = onUrl;
            s.on_version = onVersion;
            s.on_version_complete = onVersionComplete;
            s.on_header_field = onHeaderField;
            s.on_header_field_complete = onHeaderFieldComplete;
            s.on_header_value = onHeaderValue;
            s.on_header_value_complete = onHeaderValueComplete;
            s.on_headers_complete = onHeadersComplete;
            s.on_body = onBody;
            s.on_chunk_header = onChunkHeader;
            s.on_chunk_complete = onChunkComplete;
            s.on_message_complete = onMessageComplete;
            return s;
        }();
        return s;
    }
};

HttpRequestParser::HttpRequestParser()
    : HttpRequestParser(Limits{})
{}

HttpRequestParser::HttpRequestParser(const Limits &limits)
    : m_limits(limits)
    , m_llhttp(std::make_unique<llhttp_t>())
{
    llhttp_init(m_llhttp.get(), HTTP_REQUEST, &HttpRequestParserCallbacks::settings());
    m_llhttp->data = this;
    // Both Content-Length and Transfer-Encoding: headersDone() refuses them, with a clearer
    // message than llhttp's. Spaces after a chunk size: accepted as before llhttp.
    llhttp_set_lenient_chunked_length(m_llhttp.get(), 1);
    llhttp_set_lenient_spaces_after_chunk_size(m_llhttp.get(), 1);
}

HttpRequestParser::~HttpRequestParser() = default;

HttpRequestParser::Result HttpRequestParser::fail(int status, const QString &message)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorString = message;
    return Result::Error;
}

void HttpRequestParser::failFromLlhttp(int error, const char *errorPos, const char *chunkEnd)
{
    switch (error) {
    case HPE_INVALID_METHOD:
        fail(400, u"malformed request line (expected METHOD TARGET HTTP/1.1)"_s);
        return;
    case HPE_INVALID_URL:
        fail(400, u"invalid character in the request target"_s);
        return;
    case HPE_INVALID_CONSTANT:
        if (m_state == State::RequestLine) {
            fail(400, u"malformed HTTP version"_s);
            return;
        }
        break;
    case HPE_INVALID_VERSION:
        // Before the end of the version, llhttp refused the version itself; after it, what
        // follows the version.
        if (m_state == State::RequestLine)
            fail(505, u"HTTP version not supported (only 1.0 and 1.1)"_s);
        else
            fail(400, u"malformed request line (expected METHOD TARGET HTTP/1.1)"_s);
        return;
    case HPE_INVALID_HEADER_TOKEN: {
        if (m_state != State::Headers && m_state != State::Trailers)
            break;
        const char before = errorPos && m_chunk && errorPos > m_chunk ? errorPos[-1] : m_lastFed;
        const bool atWhitespace = errorPos && errorPos < chunkEnd
                                  && (*errorPos == ' ' || *errorPos == '\t');
        if (atWhitespace && before == '\n')
            fail(400, u"folded header lines are not accepted"_s);
        else if (m_inHeaderValue)
            fail(400, u"invalid character in a header value"_s);
        else
            fail(400, u"malformed header line"_s);
        return;
    }
    case HPE_LF_EXPECTED: // a CR not followed by LF
        if (m_inHeaderValue) {
            fail(400, u"invalid character in a header value"_s);
            return;
        }
        break;
    case HPE_CR_EXPECTED: // a LF without CR
        if (m_state == State::Headers || m_state == State::Trailers) {
            fail(400, u"malformed header line (lines end with CR LF)"_s);
            return;
        }
        break;
    case HPE_INVALID_CONTENT_LENGTH:
        fail(400, u"malformed Content-Length"_s);
        return;
    case HPE_UNEXPECTED_CONTENT_LENGTH:
        fail(400, u"conflicting Content-Length headers"_s);
        return;
    case HPE_INVALID_CHUNK_SIZE:
        fail(400, u"malformed chunk size"_s);
        return;
    default:
        break;
    }
    fail(400,
         u"malformed request (%1)"_s.arg(
             QString::fromUtf8(llhttp_get_error_reason(m_llhttp.get()))));
}

bool HttpRequestParser::takeContinueWanted()
{
    return std::exchange(m_continueWanted, false);
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest r = std::move(m_request);
    m_request = {};
    m_url.clear();
    m_field.clear();
    m_value.clear();
    m_state = State::RequestLine;
    m_boundary = Boundary::None;
    m_partStart = -1;
    m_lineStart = -1;
    m_headerBytes = 0;
    m_bodyLimit = -1;
    m_chunkSize = 0;
    m_inHeaderValue = false;
    m_http10 = false;
    m_continueWanted = false;
    // llhttp starts again (also after a request that asked to close the connection).
    llhttp_reset(m_llhttp.get());
    return r;
}

// offset: the stream offset just after the last byte llhttp has read.
bool HttpRequestParser::checkLimits(qint64 offset)
{
    switch (m_state) {
    case State::RequestLine:
        if (m_partStart >= 0 && offset - m_partStart > m_limits.maxLineSize) {
            fail(414, u"request line longer than %1 bytes"_s.arg(m_limits.maxLineSize));
            return false;
        }
        return true;
    case State::Headers:
    case State::Trailers:
        if (m_headerBytes + (offset - m_partStart) > m_limits.maxHeaderBytes) {
            fail(431, u"header fields longer than %1 bytes in all"_s.arg(m_limits.maxHeaderBytes));
            return false;
        }
        if (m_lineStart >= 0 && offset - m_lineStart > m_limits.maxLineSize) {
            fail(431, u"header line longer than %1 bytes"_s.arg(m_limits.maxLineSize));
            return false;
        }
        return true;
    case State::ChunkSize:
        if (offset - m_partStart > MaxChunkLineSize) {
            fail(400, u"chunk size line longer than %1 bytes"_s.arg(MaxChunkLineSize));
            return false;
        }
        return true;
    case State::Body:
    case State::ChunkData:
    case State::Done:
    case State::Failed:
        return true;
    }
    return true;
}

bool HttpRequestParser::requestLineDone(qint64 offset)
{
    if (m_llhttp->http_major != 1 || m_llhttp->http_minor > 1) {
        fail(505, u"HTTP version not supported (only 1.0 and 1.1)"_s);
        return false;
    }
    m_http10 = m_llhttp->http_minor == 0;
    if (m_request.method.size() > 16) {
        fail(400, u"malformed method"_s);
        return false;
    }
    if (!m_url.startsWith('/')) {
        fail(400, u"the request target must be a path starting with /"_s);
        return false;
    }
    for (char c : std::as_const(m_url)) {
        if (quint8(c) <= 0x20 || quint8(c) >= 0x7f || c == '#') {
            fail(400, u"invalid character in the request target"_s);
            return false;
        }
    }
    const qsizetype q = m_url.indexOf('?');
    m_request.path = q < 0 ? m_url : m_url.first(q);
    m_request.query = q < 0 ? QByteArray() : m_url.sliced(q + 1);
    m_request.keepAlive = !m_http10;
    m_state = State::Headers;
    m_partStart = offset;
    return true;
}

bool HttpRequestParser::headersDone()
{
    bool chunked = false;
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        if (name == "transfer-encoding") {
            chunked = value.compare("chunked", Qt::CaseInsensitive) == 0;
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
    const auto flags = m_llhttp->flags;
    if ((flags & F_TRANSFER_ENCODING) && (flags & F_CONTENT_LENGTH)) {
        fail(400, u"both Content-Length and Transfer-Encoding"_s);
        return false;
    }
    if (chunked != bool(flags & F_CHUNKED)) { // llhttp reads the body as these headers say
        fail(400, u"malformed Transfer-Encoding"_s);
        return false;
    }
    m_bodyLimit = m_limits.maxBodySize;
    if (m_headersCheck) {
        const HeadersDecision decision = m_headersCheck(m_request);
        if (decision.refuseStatus != 0) {
            fail(decision.refuseStatus, decision.refuseMessage);
            return false;
        }
        if (decision.maxBodySize >= 0)
            m_bodyLimit = std::min(decision.maxBodySize, m_limits.maxBodySize);
    }
    quint64 length = 0;
    if (flags & F_CONTENT_LENGTH) {
        length = m_llhttp->content_length;
        if (length > quint64(m_bodyLimit)) {
            fail(413,
                 u"request body of %1 bytes exceeds this relay's limit of %2 bytes"_s.arg(length)
                     .arg(m_bodyLimit));
            return false;
        }
    }
    const bool bodyFollows = chunked || length > 0;
    m_continueWanted = bodyFollows && !m_http10
                       && m_request.header("expect").compare("100-continue", Qt::CaseInsensitive)
                              == 0;
    m_state = chunked ? State::ChunkSize : State::Body;
    return true;
}

bool HttpRequestParser::atBoundary(qint64 offset)
{
    switch (std::exchange(m_boundary, Boundary::None)) {
    case Boundary::None:
        return true;
    case Boundary::RequestLineEnd:
        return requestLineDone(offset);
    case Boundary::HeadersEnd:
        m_headerBytes = offset - m_partStart;
        m_partStart = offset;
        return headersDone();
    case Boundary::ChunkHeader:
        if (m_chunkSize > quint64(m_bodyLimit - m_request.body.size())) {
            fail(413,
                 u"chunked request body exceeds this relay's limit of %1 bytes"_s.arg(m_bodyLimit));
            return false;
        }
        // The last chunk is followed by trailer fields, read within the header limits.
        m_state = m_chunkSize == 0 ? State::Trailers : State::ChunkData;
        m_partStart = offset;
        return true;
    case Boundary::ChunkEnd:
        if (m_state == State::ChunkData) {
            m_state = State::ChunkSize;
            m_partStart = offset;
        }
        return true;
    case Boundary::MessageEnd:
        m_state = State::Done;
        return true;
    }
    return true;
}

HttpRequestParser::Result HttpRequestParser::parse(QByteArray &buffer)
{
    qsizetype used = 0;
    bool paused = false; // llhttp may have more to do without more input (a request's end)
    while (m_state != State::Done && m_state != State::Failed && (used < buffer.size() || paused)) {
        const char *chunk = buffer.constData() + used;
        const qsizetype size = buffer.size() - used;
        m_chunk = chunk;
        const llhttp_errno_t error = llhttp_execute(m_llhttp.get(), chunk, size_t(size));
        qsizetype consumed = size;
        paused = error == HPE_PAUSED;
        if (paused) {
            consumed = llhttp_get_error_pos(m_llhttp.get()) - chunk;
            llhttp_resume(m_llhttp.get());
        } else if (error != HPE_OK) {
            if (m_state != State::Failed) // not refused by one of the callbacks
                failFromLlhttp(error, llhttp_get_error_pos(m_llhttp.get()), chunk + size);
            break;
        }
        if (consumed > 0)
            m_lastFed = chunk[consumed - 1];
        m_fed += consumed;
        used += consumed;
        if (!checkLimits(m_fed) || !atBoundary(m_fed))
            break;
    }
    m_chunk = nullptr;
    if (m_state == State::Failed)
        return Result::Error;
    buffer.remove(0, used);
    return m_state == State::Done ? Result::Complete : Result::NeedMore;
}

} // namespace Slipway
