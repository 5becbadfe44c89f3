#include "buildstatus.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Slipway::ImageBuildState", text);
}

// When the latest build content of an image was first saved: the time of the oldest version in
// the run of latest versions that share the latest version's build hash.
Result<QDateTime> buildChangedAt(const Catalog &catalog, const ModuleVersion &latest)
{
    const QString hash = imageBuildHash(latest.module);
    QDateTime since = latest.savedAt;
    for (int n = latest.version - 1; n >= 1; --n) {
        auto v = catalog.version(latest.module.path, n);
        if (!v)
            return v.error();
        if (imageBuildHash(v->module) != hash)
            break;
        since = v->savedAt;
    }
    return since;
}

// Why a build made at builtAt on cloud is stale because of the parents of image, or empty.
Result<QString> staleParent(const Catalog &catalog,
                            const Module &image,
                            const QString &cloud,
                            const QDateTime &builtAt)
{
    QSet<QString> seen{image.path};
    QString parentPath = image.image.native ? QString() : image.image.parent;
    while (!parentPath.isEmpty() && !seen.contains(parentPath)) {
        seen.insert(parentPath);
        auto parent = catalog.latest(parentPath);
        if (!parent)
            return tr("the parent image %1 cannot be read: %2")
                .arg(parentPath, parent.errorMessage());
        auto changed = buildChangedAt(catalog, *parent);
        if (!changed)
            return changed.error();
        if (*changed > builtAt)
            return tr("the parent image %1 changed since (version %2)")
                .arg(parentPath)
                .arg(parent->version);
        for (const BuiltImage &b : parent->module.image.builtImages)
            if (b.cloud == cloud && b.builtAt.isValid() && b.builtAt > builtAt)
                return tr("the parent image %1 was built again since").arg(parentPath);
        parentPath = parent->module.image.native ? QString() : parent->module.image.parent;
    }
    return QString();
}

} // namespace

Result<QList<ImageBuildState>> imageBuildStates(const Catalog &catalog, const QString &path)
{
    auto latest = catalog.latest(path);
    if (!latest)
        return latest.error();
    if (latest->module.kind != ModuleKind::Image)
        return Error{tr("%1 is not an image").arg(path)};

    // The newest build per cloud, from the latest version back: a build on the latest version
    // is current as far as the image itself goes, one only on an older version is stale.
    QMap<QString, ImageBuildState> states;
    for (int n = latest->version; n >= 1; --n) {
        auto v = n == latest->version ? Result<ModuleVersion>(*latest) : catalog.version(path, n);
        if (!v)
            return v.error();
        for (const BuiltImage &b : v->module.image.builtImages) {
            if (states.contains(b.cloud))
                continue;
            ImageBuildState s{b.cloud, b.imageId, b.fromVersion, b.builtAt, false, {}};
            if (n != latest->version) {
                s.stale = true;
                s.reason = tr("the image changed since version %1 (now version %2)")
                               .arg(b.fromVersion)
                               .arg(latest->version);
            }
            states.insert(b.cloud, s);
        }
    }
    for (ImageBuildState &s : states) {
        if (s.stale)
            continue;
        auto parent = staleParent(catalog, latest->module, s.cloud, s.builtAt);
        if (!parent)
            return parent.error();
        if (!parent->isEmpty()) {
            s.stale = true;
            s.reason = *parent;
        }
    }
    return states.values();
}

} // namespace Slipway
