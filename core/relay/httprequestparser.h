#pragma once

// An incremental HTTP/1.1 request parser for the relay's node listener. It enforces its
// limits while reading (a body announced larger than allowed is refused before it is read),
// which is why the relay does not use QHttpServer 6.8: that buffers any body whole, and gives
// no word when a client with a parked request goes away.

#include "core/broker/brokerrequest.h"

#include <QByteArray>
#include <QString>

namespace Slipway::Relay {

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

    HttpRequestParser();
    explicit HttpRequestParser(const Limits &limits);

    // Consumes what it can from the front of buffer; bytes of a following request stay there.
    Result parse(QByteArray &buffer);

    // True once per request whose headers asked "Expect: 100-continue" for a body to come.
    bool takeContinueWanted();

    // After Complete: the request, and the parser is ready for the next one.
    HttpRequest takeRequest();

    // After Error: the status to answer (400, 413, 414, 431, 501, 505) and why.
    int errorStatus() const { return m_errorStatus; }
    QString errorString() const { return m_errorString; }

private:
    enum class State {
        RequestLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Trailers,
        Done,
        Failed
    };

    Result fail(int status, const QString &message);
    // A complete line (without CR LF) from the front of buffer, or nothing yet.
    bool takeLine(QByteArray &buffer, QByteArray *line, qsizetype limit, int statusIfTooLong);
    bool parseRequestLine(const QByteArray &line);
    bool parseHeaderLine(const QByteArray &line);
    bool headersDone();

    Limits m_limits;
    State m_state = State::RequestLine;
    HttpRequest m_request;
    qsizetype m_headerBytes = 0;
    qint64 m_remaining = 0; // body bytes (or bytes of the current chunk) still to read
    bool m_http10 = false;
    bool m_continueWanted = false;
    int m_errorStatus = 0;
    QString m_errorString;
};

} // namespace Slipway::Relay
