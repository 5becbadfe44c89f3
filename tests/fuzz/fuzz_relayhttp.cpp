// libFuzzer target: the HTTP/1.1 request parser of the broker and the relay (llhttp with
// Slipway's limits), fed in pieces as a socket would.

#include "core/http/httprequestparser.h"

#include <cstdint>
#include <cstdlib>

using namespace Slipway;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    HttpRequestParser::Limits limits;
    limits.maxBodySize = 4096;
    limits.maxHeaderBytes = 2048;
    limits.maxLineSize = 1024;
    HttpRequestParser parser(limits);
    // The first byte picks the piece size, the rest is the stream.
    const qsizetype piece = 1 + data[0] % 64;
    const QByteArray stream(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QByteArray buffer;
    for (qsizetype at = 0; at < stream.size(); at += piece) {
        buffer.append(stream.mid(at, piece));
        for (;;) {
            const auto result = parser.parse(buffer);
            if (result == HttpRequestParser::Result::Error) {
                const int status = parser.errorStatus();
                if (status < 400 || status > 599 || parser.errorString().isEmpty())
                    std::abort();
                return 0;
            }
            if (result == HttpRequestParser::Result::NeedMore)
                break;
            const HttpRequest request = parser.takeRequest();
            if (request.body.size() > limits.maxBodySize || !request.path.startsWith('/'))
                std::abort();
        }
    }
    return 0;
}
