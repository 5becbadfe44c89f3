#include "bundleexport.h"

#include "core/catalog/catalog.h"

using namespace Qt::StringLiterals;

namespace Slipway {

void withholdSecrets(Bundle &bundle, const ModuleLookup &lookup)
{
    for (BundleEntry &entry : bundle.entries) {
        for (ModuleVersion &v : entry.versions) {
            const QString where = u"%1 v%2"_s.arg(v.module.path).arg(v.version);
            for (Parameter &p : v.module.image.parameters) {
                if (p.type == ParameterType::Password && !p.defaultValue.isEmpty()) {
                    p.defaultValue.clear();
                    bundle.withheld << u"%1: %2"_s.arg(where, p.name);
                }
            }
            for (Node &node : v.module.deployment.nodes) {
                std::optional<EffectiveImage> image;
                if (std::optional<Module> m = lookup(node.image, node.imageVersion))
                    if (Result<EffectiveImage> e = effectiveImage(*m, lookup))
                        image = *e;
                for (ParameterMapping &m : node.mappings) {
                    if (!m.literal || m.value.isEmpty())
                        continue;
                    const auto input = image ? image->parameter(m.input) : std::nullopt;
                    if (!input || input->type != ParameterType::Password)
                        continue;
                    m.value.clear();
                    bundle.withheld << u"%1: %2:%3"_s.arg(where, node.name, m.input);
                }
            }
        }
    }
}

Result<Bundle> exportBundle(const Catalog &catalog,
                            const QString &root,
                            bool withHistory,
                            bool withSecrets)
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
    if (!withSecrets)
        withholdSecrets(bundle, catalog.lookup());
    return bundle;
}

} // namespace Slipway
