#pragma once

// An incremental HTTP/1.1 request parser for the broker's and the relay's node listeners. The
// syntax is llhttp's (Node.js's parser, strict mode); this class adds Slipway's limits, which
// it enforces while reading (a body announced larger than allowed is refused before it is
// read), which is why neither listener uses QHttpServer 6.8: that buffers any body whole, and
// gives no word when a client with a parked request goes away.

#include "brokerrequest.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

struct llhttp__internal_s; // llhttp_t, kept out of this header

namespace Slipway {

struct HttpRequest
{
    QByteArray method;
    QByteArray path;     // still percent-encoded, starts with '/'
    QByteArray query;    // still percent-encoded, without '?'
    HttpHeaders headers; // lower-case names, in arrival order
    QByteArray body;
    bool keepAlive = true;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[n, v] : headers)
            if (n == name)
                return v;
        return {};
    }
};

class HttpRequestParser
{
public:
    struct Limits
    {
        qsizetype maxLineSize = 8 * 1024;
        qsizetype maxHeaderBytes = 64 * 1024;
        int maxHeaders = 100;
        qsizetype maxBodySize = 16 * 1024 * 1024;
    };

    enum class Result { NeedMore, Complete, Error };

    // What the owner decides once a request's headers are in, before any of its body is read:
    // refuse it now (status 401, 413, ...), or the largest body this route takes.
    struct HeadersDecision
    {
        int refuseStatus = 0; // 0: go on
        QString refuseMessage;
        qsizetype maxBodySize = -1; // -1: Limits::maxBodySize
    };
    // Called with the request line and headers (no body yet).
    using HeadersCheck = std::function<HeadersDecision(const HttpRequest &head)>;

    HttpRequestParser();
    explicit HttpRequestParser(const Limits &limits);
    ~HttpRequestParser();

    // Consumes what it can from the front of buffer; bytes of a following request stay there.
    Result parse(QByteArray &buffer);

    void setHeadersCheck(HeadersCheck check) { m_headersCheck = std::move(check); }

    // True while a request has begun arriving (some of it is read) and is not complete.
    bool isInRequest() const { return m_state != State::RequestLine || m_partStart >= 0; }
    // True once the headers of the request under way are read (its body may be arriving).
    bool isReadingBody() const
    {
        return m_state == State::Body || m_state == State::ChunkSize || m_state == State::ChunkData
               || m_state == State::Trailers;
    }

    // True once per request whose headers asked "Expect: 100-continue" for a body to come.
    bool takeContinueWanted();

    // After Complete: the request, and the parser is ready for the next one.
    HttpRequest takeRequest();

    // After Error: the status to answer (400, 413, 414, 431, 501, 505) and why.
    int errorStatus() const { return m_errorStatus; }
    QString errorString() const { return m_errorString; }

private:
    Q_DISABLE_COPY_MOVE(HttpRequestParser)

    // Where the parser is in the request; each part that has a size limit starts at a known
    // offset (llhttp pauses at the boundaries so that the offsets are exact).
    enum class State { RequestLine, Headers, Body, ChunkSize, ChunkData, Trailers, Done, Failed };
    // The boundary at which llhttp paused (its callbacks return HPE_PAUSED there).
    enum class Boundary { None, RequestLineEnd, HeadersEnd, ChunkHeader, ChunkEnd, MessageEnd };
    friend struct HttpRequestParserCallbacks;

    Result fail(int status, const QString &message);
    void failFromLlhttp(int error, const char *errorPos, const char *chunkEnd);
    // The stream offset of a byte that llhttp handed to a callback.
    qint64 offsetOf(const char *at) const { return m_fed + (at - m_chunk); }
    bool checkLimits(qint64 offset);
    bool atBoundary(qint64 offset);
    bool requestLineDone(qint64 offset);
    bool headersDone();

    Limits m_limits;
    HeadersCheck m_headersCheck;
    qsizetype m_bodyLimit = -1; // of the request under way, once its headers are in
    std::unique_ptr<llhttp__internal_s> m_llhttp;
    State m_state = State::RequestLine;
    Boundary m_boundary = Boundary::None;
    HttpRequest m_request;
    QByteArray m_url;
    QByteArray m_field;
    QByteArray m_value;
    qint64 m_fed = 0;              // bytes handed to llhttp before the current chunk
    const char *m_chunk = nullptr; // the chunk llhttp is reading
    char m_lastFed = 0;            // the last byte of the previous chunk
    qint64 m_partStart = -1;       // offset where the current limited part began (-1: not yet)
    qint64 m_lineStart = -1;       // offset where the current header line began
    qint64 m_headerBytes = 0;      // header bytes of the finished header section
    quint64 m_chunkSize = 0;
    bool m_inHeaderValue = false;
    bool m_http10 = false;
    bool m_continueWanted = false;
    int m_errorStatus = 0;
    QString m_errorString;
};

} // namespace Slipway
