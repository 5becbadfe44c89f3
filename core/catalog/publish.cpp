#include "publish.h"

#include "core/bundle/bundleexport.h"
#include "core/catalog/catalog.h"

#include <QCoreApplication>
#include <QHash>
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

// Content compared to find a version's counterpart in the other catalog: also without
// passwords' values, which a publish may have left behind.
Module withoutSecrets(Module m)
{
    m = comparable(std::move(m));
    for (Parameter &p : m.image.parameters)
        if (p.type == ParameterType::Password)
            p.defaultValue.clear();
    for (Node &node : m.deployment.nodes)
        for (ParameterMapping &mapping : node.mappings)
            if (mapping.literal)
                mapping.value.clear();
    return m;
}

// Which version of the target holds what a version of the source holds, for the pinned image
// versions of deployments (Node::imageVersion). Versions that the publish copies are known
// before they are written (a module's next numbers; checked after the import); the others are
// found by content in the target's history.
class VersionMap
{
public:
    VersionMap(const Catalog &from, const Catalog &to)
        : m_from(from)
        , m_to(to)
    {}

    void set(const QString &path, int sourceVersion, int targetVersion)
    {
        m_known[path].insert(sourceVersion, targetVersion);
    }
    // Source content of versions the publish carries (secrets withheld as they are copied).
    void setContent(const QString &path, int sourceVersion, const Module &content)
    {
        m_content[path].insert(sourceVersion, content);
    }

    enum class Found { Mapped, NotInSource, NoCounterpart };
    // The target's number of version `version` of `path` in the source.
    Found map(const QString &path, int version, int *target)
    {
        if (const auto known = m_known.value(path); known.contains(version)) {
            *target = known.value(version);
            return Found::Mapped;
        }
        std::optional<Module> source;
        if (const auto carried = m_content.value(path); carried.contains(version)) {
            source = carried.value(version);
        } else if (auto v = m_from.version(path, version)) {
            source = v->module;
        }
        if (!source)
            return Found::NotInSource;
        const Module wanted = withoutSecrets(*source);
        const QList<std::pair<int, Module>> &theirs = targetVersions(path);
        for (auto it = theirs.crbegin(); it != theirs.crend(); ++it)
            if (it->second == wanted) {
                set(path, version, it->first);
                *target = it->first;
                return Found::Mapped;
            }
        return Found::NoCounterpart;
    }

    bool targetHas(const QString &path, int version) { return bool(m_to.version(path, version)); }

private:
    // Every version of path in the target, oldest first, compared without secrets (read once).
    const QList<std::pair<int, Module>> &targetVersions(const QString &path)
    {
        auto it = m_target.find(path);
        if (it != m_target.end())
            return *it;
        QList<std::pair<int, Module>> versions;
        if (const auto history = m_to.history(path))
            for (const VersionSummary &summary : *history)
                if (auto v = m_to.version(path, summary.version))
                    versions.append({summary.version, withoutSecrets(v->module)});
        return *m_target.insert(path, versions);
    }

    const Catalog &m_from;
    const Catalog &m_to;
    QHash<QString, QHash<int, int>> m_known;
    QHash<QString, QHash<int, Module>> m_content;
    QHash<QString, QList<std::pair<int, Module>>> m_target;
};

// A version of a deployment with its pinned image versions in the target's numbers; an error
// (named by the deployment's version, the node and the pin) when a pin has no counterpart
// there. A pin the source itself cannot resolve stays as it is when the target cannot either
// (it was broken already, and stays so), else it is an error too.
Result<ModuleVersion> repinned(ModuleVersion v,
                               VersionMap &versions,
                               const QString &fromName,
                               const QString &toName,
                               QStringList *changes)
{
    for (Node &node : v.module.deployment.nodes) {
        if (!node.imageVersion || node.image.isEmpty())
            continue;
        const int pinned = *node.imageVersion;
        int target = 0;
        switch (versions.map(node.image, pinned, &target)) {
        case VersionMap::Found::Mapped:
            if (target != pinned && changes)
                *changes << tr("%1 v%2: node %3 pins %4 version %5 (version %6 in %7)")
                                .arg(v.module.path)
                                .arg(v.version)
                                .arg(node.name, node.image)
                                .arg(target)
                                .arg(pinned)
                                .arg(fromName);
            node.imageVersion = target;
            break;
        case VersionMap::Found::NotInSource:
            if (!versions.targetHas(node.image, pinned))
                break;
            return Error{tr("%1 version %2: node %3 pins %4 version %5, which %6 does not have, "
                            "while %7 has another version %5")
                             .arg(v.module.path)
                             .arg(v.version)
                             .arg(node.name, node.image)
                             .arg(pinned)
                             .arg(fromName, toName)};
        case VersionMap::Found::NoCounterpart:
            return Error{tr("%1 version %2: node %3 pins %4 version %5, whose content %6 does "
                            "not have in any version (pin a version that is there, or follow "
                            "the latest)")
                             .arg(v.module.path)
                             .arg(v.version)
                             .arg(node.name, node.image)
                             .arg(pinned)
                             .arg(toName)};
        }
    }
    return v;
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

    VersionMap versions(from, to);
    QList<ModuleVersion> copies;
    QList<int> predicted; // the target's number of each copy, known before the import
    QStringList diverged;
    QStringList unmappable;
    for (const BundleEntry &entry : std::as_const(bundle.entries)) {
        const QString p = entry.path();
        for (const ModuleVersion &v : entry.versions)
            versions.setContent(p, v.version, v.module);
        PublishedModule published{p, 0, 0, false};
        const auto present = to.list(p, ListOptions{true, false});
        if (!present)
            return present.error();
        const auto found = std::find_if(present->cbegin(),
                                        present->cend(),
                                        [&](const CatalogEntry &e) { return e.path == p; });
        // Each version as it would be in the target: pinned image versions in its numbers
        // (nullopt: a pin that cannot be mapped, kept in pinErrors).
        QList<std::optional<ModuleVersion>> mapped;
        QStringList pinErrors;
        QList<QStringList> changes; // per version: its pins that changed
        for (const ModuleVersion &v : entry.versions) {
            QStringList changed;
            auto r = repinned(v, versions, from.fileName(), to.fileName(), &changed);
            mapped.append(r ? std::optional(*r) : std::nullopt);
            pinErrors << (r ? QString() : r.errorMessage());
            changes << changed;
        }
        qsizetype firstToCopy = 0;
        int firstNumber = 1;
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
                if (mapped.at(i) && comparable(mapped.at(i)->module) == target)
                    same = i;
            if (same < 0) {
                diverged << tr("%1 has other content in %2 (version %3 by %4)")
                                .arg(p, to.fileName())
                                .arg(theirs->version)
                                .arg(theirs->author);
                continue;
            }
            versions.set(p, entry.versions.at(same).version, theirs->version);
            firstToCopy = same + 1;
            firstNumber = theirs->version + 1;
            published.continued = true;
            published.targetVersion = theirs->version;
            grid = theirs->module.authz; // appended versions leave the target's grid alone
        }
        for (qsizetype i = firstToCopy; i < entry.versions.size(); ++i) {
            if (!mapped.at(i)) {
                unmappable << pinErrors.at(i);
                continue;
            }
            ModuleVersion copy = *mapped.at(i);
            if (published.continued)
                copy.module.authz = grid;
            const int number = firstNumber + int(i - firstToCopy);
            versions.set(p, entry.versions.at(i).version, number);
            copies.append(copy);
            predicted.append(number);
            summary.repinned += changes.at(i);
            ++published.versions;
        }
        if (published.versions == 0)
            published.continued = false;
        summary.modules.append(published);
    }
    if (!diverged.isEmpty())
        return Error{tr("Nothing was published:\n%1").arg(diverged.join(u'\n'))};
    if (!unmappable.isEmpty())
        return Error{tr("Nothing was published: pinned image versions cannot be carried over:\n%1")
                         .arg(unmappable.join(u'\n'))};
    if (copies.isEmpty())
        return summary;

    // The numbers the pins were given are checked in the same transaction: someone who
    // saved one of these modules meanwhile makes the publish fail whole, never pin wrong.
    QList<int> numbers;
    const auto imported = to.transaction([&]() -> Result<void> {
        auto r = to.importVersions(copies);
        if (!r)
            return r.error();
        for (qsizetype i = 0; i < copies.size(); ++i)
            if (r->at(i) != predicted.at(i))
                return Error{tr("%1 changed in %2 while it was being published (version %3 "
                                "became %4); publish again")
                                 .arg(copies.at(i).module.path, to.fileName())
                                 .arg(predicted.at(i))
                                 .arg(r->at(i))};
        numbers = *r;
        return {};
    });
    if (!imported)
        return Error{tr("Nothing was published: %1").arg(imported.errorMessage())};
    for (qsizetype i = 0; i < copies.size(); ++i)
        for (PublishedModule &m : summary.modules)
            if (m.path == copies.at(i).module.path)
                m.targetVersion = numbers.at(i);
    return summary;
}

} // namespace Slipway
