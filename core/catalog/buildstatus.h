#pragma once

// Which clouds an image is built for, and which of those builds are stale: the image, or an
// image it derives from, changed or was built again since.
//
// What a build was made from is read from the catalog: the built image records the image
// version it was built from and when; every version keeps its content, from which the build
// hash (core/model/module.h, imageBuildHash) tells whether a later version changed the build.
// A build is current when the latest version still carries it (a save carries built images
// over only while the build hash stays the same) and no image up the parent chain changed
// its build or was built again after it.

#include "core/catalog/catalog.h"

namespace Slipway {

struct ImageBuildState
{
    QString cloud;
    QString imageId;
    int fromVersion = 0; // the image version the build was made from
    QDateTime builtAt;
    bool stale = false;
    QString reason; // why it is stale, fit to show; empty when current
};

// One entry per cloud the image was ever built for (the newest build there), sorted by cloud.
Result<QList<ImageBuildState>> imageBuildStates(const Catalog &catalog, const QString &path);

} // namespace Slipway
