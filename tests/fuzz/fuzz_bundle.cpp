// libFuzzer target for BundleReader, which reads bundles from anywhere (mail, git, the web).
// Besides not crashing: every error has a location, and a bundle that reads writes out to
// text that reads back to the same modules.

#include "core/bundle/bundlereader.h"
#include "core/bundle/bundlewriter.h"

#include <cstddef>
#include <cstdint>

using namespace Slipway;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray yaml(reinterpret_cast<const char *>(data), qsizetype(size));
    const BundleReadResult read = BundleReader::read(yaml, u"fuzz.yaml"_s);
    if (!read.ok()) {
        for (const SourceError &e : read.errors) {
            if (e.location.file != u"fuzz.yaml"_s || e.message.isEmpty())
                __builtin_trap();
        }
        return 0;
    }
    const BundleReadResult again = BundleReader::read(BundleWriter::toYaml(read.bundle), u"x"_s);
    if (!again.ok() || again.bundle.entries.size() != read.bundle.entries.size())
        __builtin_trap();
    for (qsizetype i = 0; i < read.bundle.entries.size(); ++i) {
        const auto &a = read.bundle.entries.at(i).versions;
        const auto &b = again.bundle.entries.at(i).versions;
        if (a.size() != b.size())
            __builtin_trap();
        for (qsizetype v = 0; v < a.size(); ++v) {
            if (!(a.at(v).module == b.at(v).module) || a.at(v).comment != b.at(v).comment
                || a.at(v).author != b.at(v).author)
                __builtin_trap();
        }
    }
    return 0;
}
