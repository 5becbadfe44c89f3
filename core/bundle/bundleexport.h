#pragma once

#include "core/bundle/bundle.h"
#include "core/model/result.h"

namespace Slipway {

class Catalog;

// Takes a subtree of a catalog (root and everything under it; "" = all) into a bundle: the
// latest version of each live module, or its whole history. Built images are left out.
Result<Bundle> exportBundle(const Catalog &catalog, const QString &root, bool withHistory);

} // namespace Slipway
