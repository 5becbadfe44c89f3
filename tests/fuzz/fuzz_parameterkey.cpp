// libFuzzer target for ParameterKey::parse, which reads keys straight from nodes' requests.

#include "core/broker/parameterkey.h"

#include <QString>

#include <cstddef>
#include <cstdint>

using namespace Slipway;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // First byte picks the caller's instance index, so bare keys resolve too.
    const int callerIndex = size > 0 ? data[0] % 4 : 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data) + (size > 0),
                                           qsizetype(size > 0 ? size - 1 : 0));
    const auto parsed = ParameterKey::parse(text, u"worker", callerIndex);
    if (parsed.ok()) {
        // A valid key has a canonical form that parses back to itself, from any caller.
        const QString canonical = parsed.key.toString();
        const auto again = ParameterKey::parse(canonical, u"other", 7);
        if (!again.ok() || !(again.key == parsed.key))
            __builtin_trap();
        if (parsed.key.name().isEmpty()
            || (parsed.key.scope() == ParameterKey::Scope::Instance && parsed.key.index() < 1))
            __builtin_trap();
    } else if (parsed.error.size() > 400) {
        __builtin_trap(); // errors never echo a huge input back
    }
    return 0;
}
