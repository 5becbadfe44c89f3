// libFuzzer target for SlipStreamReader: module XML from old SlipStream servers and exports.
// Besides not crashing: an error always says where, and a module always has a valid path.

#include "core/bundle/bundleschema.h"
#include "core/bundle/slipstreamreader.h"

#include <cstddef>
#include <cstdint>

using namespace Slipway;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray xml(reinterpret_cast<const char *>(data), qsizetype(size));
    const BundleReadResult read = SlipStreamReader::read(xml, u"fuzz.xml"_s);
    for (const SourceError &e : read.errors) {
        if (e.location.file != u"fuzz.xml"_s || e.message.isEmpty() || e.location.line < 1)
            __builtin_trap();
    }
    for (const BundleEntry &entry : read.bundle.entries) {
        if (!BundleSchema::isValidPath(entry.path()))
            __builtin_trap();
    }
    return 0;
}
