#include "bundleexport.h"

#include "core/catalog/catalog.h"

using namespace Qt::StringLiterals;

namespace Slipway {

Result<Bundle> exportBundle(const Catalog &catalog, const QString &root, bool withHistory)
{
    const auto entries = catalog.list(root);
    if (!entries)
        return entries.error();
    if (!root.isEmpty() && entries->isEmpty())
        return Error{u"There is no module at or under %1 in the catalog"_s.arg(root)};
    Bundle bundle;
    bundle.root = root;
    bundle.withHistory = withHistory;
    for (const CatalogEntry &e : *entries) {
        if (e.deleted)
            continue;
        BundleEntry entry;
        if (withHistory) {
            const auto history = catalog.history(e.path);
            if (!history)
                return history.error();
            for (const VersionSummary &summary : *history) {
                auto v = catalog.version(e.path, summary.version);
                if (!v)
                    return v.error();
                v->module.image.builtImages.clear();
                entry.versions.append(*v);
            }
        } else {
            auto v = catalog.latest(e.path);
            if (!v)
                return v.error();
            v->module.image.builtImages.clear();
            entry.versions.append(*v);
        }
        bundle.entries.append(entry);
    }
    return bundle;
}

} // namespace Slipway
