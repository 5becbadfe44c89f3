#pragma once

#include "core/bundle/bundle.h"
#include "core/model/effectiveimage.h"
#include "core/model/result.h"

namespace Slipway {

class Catalog;

// Takes a subtree of a catalog (root and everything under it; "" = all) into a bundle: the
// latest version of each live module, or its whole history. Built images are left out, and so
// are the values of passwords (defaults, and values a deployment gives to a password input)
// unless withSecrets: Bundle::withheld names them.
Result<Bundle> exportBundle(const Catalog &catalog,
                            const QString &root,
                            bool withHistory,
                            bool withSecrets = false);

// Clears the values of passwords in every version of the bundle and names them in
// Bundle::withheld. lookup finds the images that deployments' nodes use.
void withholdSecrets(Bundle &bundle, const ModuleLookup &lookup);

} // namespace Slipway
