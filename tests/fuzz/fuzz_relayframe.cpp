// libFuzzer target: the relay's frame decoder, fed whatever a hostile link could send.
// Besides "never crash", it checks that a frame that decodes re-encodes to the same bytes
// (the format has one encoding per frame, up to lower-cased header names and the query).

#include "core/relay/relayframe.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

using namespace Slipway::Relay;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FrameLimits limits;
    limits.maxFrameSize = 1 << 20;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<Frame> frame = decodeFrame(input, limits, &error);
    if (!frame) {
        if (error.isEmpty())
            std::abort(); // every refusal says why
        return 0;
    }
    const QByteArray again = encodeFrame(*frame);
    const std::optional<Frame> second = decodeFrame(again, limits, &error);
    if (!second || encodeFrame(*second) != again)
        std::abort(); // what we encode, we must read back unchanged
    return 0;
}
