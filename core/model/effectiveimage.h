#pragma once

// Parent-first inheritance of images.
//
// The chain of an image runs from the root (a native image, or the first image without a
// parent) down to the image itself. Along it:
// - recipes are kept per layer, root first: each image's script of a kind runs on its own, in
//   chain order, with its own shebang — the way SlipStream ran them. combinedScript() joins
//   them for display;
// - packages are collected root first; a package named again further down replaces the
//   earlier entry's repository and key but keeps its place;
// - parameters are merged by name, root first; a child's parameter of the same name replaces
//   the parent's (description, default, type, …) in the parent's place; new ones follow;
//   the outputs `hostname` and `instanceid` are always present, first;
// - cloud image ids come from the root; login user and platform from the nearest image that
//   sets them; resources per cloud from the nearest image that sets that cloud.

#include "core/model/module.h"
#include "core/model/result.h"

#include <functional>
#include <optional>

namespace Slipway {

// Finds a module by path: the given version, or the latest when version is empty.
// Returns nothing when the module (or that version) does not exist.
using ModuleLookup
    = std::function<std::optional<Module>(const QString &path, std::optional<int> version)>;

// A lookup over modules in memory (latest only: a pinned version is found when it is the
// module's own), e.g. for validating a bundle before it is imported.
ModuleLookup lookupIn(const QList<Module> &modules);

struct RecipeLayer
{
    QString modulePath;
    QString script;

    friend bool operator==(const RecipeLayer &, const RecipeLayer &) = default;
};

// The names of the outputs every image has.
inline constexpr QStringView implicitOutputNames[] = {u"hostname", u"instanceid"};

struct EffectiveImage
{
    QStringList chain; // module paths, root first, the image itself last
    QList<Package> packages;
    QList<Parameter> parameters; // merged, implicit outputs included
    QList<CloudImageId> imageIds;
    QString loginUser;
    QString platform;
    QList<CloudResources> resources;
    QList<RecipeLayer> recipes[std::size(allRecipeKinds)]; // by RecipeKind, root first, non-empty

    bool rootIsNative = false;

    QList<RecipeLayer> layers(RecipeKind kind) const { return recipes[int(kind)]; }
    // The non-empty layers joined, each after a "# --- from PATH" line; empty when no layer
    // has a script.
    QString combinedScript(RecipeKind kind) const;
    std::optional<Parameter> parameter(const QString &name) const;
    QStringList inputNames() const;
    QStringList outputNames() const;
};

// Fails with a message naming the missing parent, or the cycle ("a → b → a"), or a module
// that is not an image.
Result<EffectiveImage> effectiveImage(const Module &image, const ModuleLookup &lookup);

} // namespace Slipway
