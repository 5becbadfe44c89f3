#include "bundle.h"

#include "bundlelogging.h"

Q_LOGGING_CATEGORY(lcBundle, "slipway.bundle")

namespace Slipway {

const BundleEntry *Bundle::find(const QString &path) const
{
    for (const BundleEntry &entry : entries) {
        if (entry.path() == path)
            return &entry;
    }
    return nullptr;
}

} // namespace Slipway
