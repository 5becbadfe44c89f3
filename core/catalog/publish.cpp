#include "publish.h"

#include "core/bundle/bundleexport.h"
#include "core/catalog/catalog.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

#include <functional>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Slipway::Publish", text);
}

// The modules a version refers to: an image's parent, a deployment's node images.
QStringList referencesOf(const Module &m)
{
    QStringList out;
    if (m.kind == ModuleKind::Image && !m.image.parent.isEmpty())
        out << m.image.parent;
    if (m.kind == ModuleKind::Deployment)
        for (const Node &node : m.deployment.nodes)
            if (!node.image.isEmpty() && !out.contains(node.image))
                out << node.image;
    return out;
}

// What is compared between the catalogs: the content without the rights grid (each catalog
// keeps its own; the team's server sets the owner) and without built images.
Module comparable(Module m)
{
    m.authz = {};
    m.image.builtImages.clear();
    return m;
}

} // namespace

int PublishSummary::copiedVersions() const
{
    int n = 0;
    for (const PublishedModule &m : modules)
        n += m.versions;
    return n;
}

Result<PublishSummary> publishModule(const Catalog &from,
                                     Catalog &to,
                                     const QString &path,
                                     const PublishOptions &options)
{
    if (!from.isOpen() || !to.isOpen())
        return Error{tr("Publishing %1: both catalogs must be open").arg(path)};
    if (&from == &to)
        return Error{tr("Publishing %1: the module is already in that catalog").arg(path)};

    // The closure of references, each module after those it refers to.
    Bundle bundle;
    QSet<QString> seen;
    std::function<Result<void>(const QString &, const QString &)> visit =
        [&](const QString &p, const QString &usedBy) -> Result<void> {
        if (seen.contains(p))
            return {};
        seen.insert(p);
        if (!from.contains(p))
            return Error{
                usedBy.isEmpty()
                    ? tr("There is no module %1 in %2").arg(p, from.fileName())
                    : tr("%1 refers to %2, which is not in %3").arg(usedBy, p, from.fileName())};
        const auto history = from.history(p);
        if (!history)
            return history.error();
        BundleEntry entry;
        for (const VersionSummary &summary : *history) {
            auto v = from.version(p, summary.version);
            if (!v)
                return v.error();
            v->module.image.builtImages.clear();
            entry.versions.append(*v);
        }
        for (const QString &reference : referencesOf(entry.latest().module))
            if (auto r = visit(reference, p); !r)
                return r;
        bundle.entries.append(std::move(entry));
        return {};
    };
    if (auto r = visit(path, {}); !r)
        return r.error();
    PublishSummary summary;
    if (!options.withSecrets) {
        withholdSecrets(bundle, from.lookup());
        summary.withheld = bundle.withheld;
    }

    QList<ModuleVersion> copies;
    QStringList diverged;
    for (const BundleEntry &entry : std::as_const(bundle.entries)) {
        const QString p = entry.path();
        PublishedModule published{p, 0, 0, false};
        const auto present = to.list(p, ListOptions{true, false});
        if (!present)
            return present.error();
        const auto found = std::find_if(present->cbegin(),
                                        present->cend(),
                                        [&](const CatalogEntry &e) { return e.path == p; });
        qsizetype firstToCopy = 0;
        Authorization grid = entry.latest().module.authz;
        if (found != present->cend()) {
            if (found->deleted) {
                diverged << tr("%1 is deleted in %2 (restore it there, or publish under "
                               "another path)")
                                .arg(p, to.fileName());
                continue;
            }
            const auto theirs = to.latest(p);
            if (!theirs)
                return theirs.error();
            const Module target = comparable(theirs->module);
            qsizetype same = -1;
            for (qsizetype i = entry.versions.size() - 1; i >= 0 && same < 0; --i)
                if (comparable(entry.versions.at(i).module) == target)
                    same = i;
            if (same < 0) {
                diverged << tr("%1 has other content in %2 (version %3 by %4)")
                                .arg(p, to.fileName())
                                .arg(theirs->version)
                                .arg(theirs->author);
                continue;
            }
            firstToCopy = same + 1;
            published.continued = true;
            published.targetVersion = theirs->version;
            grid = theirs->module.authz; // appended versions leave the target's grid alone
        }
        for (qsizetype i = firstToCopy; i < entry.versions.size(); ++i) {
            ModuleVersion copy = entry.versions.at(i);
            if (published.continued)
                copy.module.authz = grid;
            copies.append(copy);
            ++published.versions;
        }
        if (published.versions == 0)
            published.continued = false;
        summary.modules.append(published);
    }
    if (!diverged.isEmpty())
        return Error{tr("Nothing was published:\n%1").arg(diverged.join(u'\n'))};
    if (copies.isEmpty())
        return summary;

    const auto numbers = to.importVersions(copies);
    if (!numbers)
        return Error{tr("Nothing was published: %1").arg(numbers.errorMessage())};
    for (qsizetype i = 0; i < copies.size(); ++i)
        for (PublishedModule &m : summary.modules)
            if (m.path == copies.at(i).module.path)
                m.targetVersion = numbers->at(i);
    return summary;
}

} // namespace Slipway
