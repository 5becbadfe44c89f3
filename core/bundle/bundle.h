#pragma once

// A bundle: modules taken out of a catalog (or read from files) to move them elsewhere.
// Each entry is one module path with one or more versions, oldest first; the last one is the
// module as it should be after an import.

#include "core/bundle/sourcelocation.h"
#include "core/model/module.h"

#include <QList>
#include <QString>

namespace Slipway {

// A module path that an entry refers to (an image's parent, a node's image), and where.
struct ModuleReference
{
    QString path;
    QString field; // "image.parent", "deployment.nodes[web].image"
    SourceLocation location;
};

struct BundleEntry
{
    QList<ModuleVersion> versions;     // oldest first, never empty once read
    SourceLocation location;           // where the entry starts in its file
    QList<ModuleReference> references; // made by the latest version

    const ModuleVersion &latest() const { return versions.constLast(); }
    QString path() const { return versions.constLast().module.path; }
};

struct Bundle
{
    static constexpr int kFormatVersion = 1;

    QString root; // the subtree that was exported ("" = the whole catalog)
    bool withHistory = false;
    QList<BundleEntry> entries;
    // Passwords whose value was left out ("examples/db v3: admin_password"), named in the
    // bundle's head so that whoever imports it knows what to set again.
    QStringList withheld;

    const BundleEntry *find(const QString &path) const;
};

} // namespace Slipway
