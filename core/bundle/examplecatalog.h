#pragma once

// The example catalog shipped with Slipway (resources/examples/examples.yaml, compiled in as
// the Qt resource :/examples/examples.yaml): a native Debian 13 image for the local container
// connector, RStudio, WordPress, the Torque cluster and a LAMP stack. A new catalog gets it on
// first start, in the GUI and in slipway-cli alike.

#include "core/bundle/bundlereader.h"
#include "core/model/result.h"

namespace Slipway {

class Catalog;

class ExampleCatalog
{
public:
    static QString resourcePath();
    static BundleReadResult read();
    // Imports the examples into an empty catalog (no module, not even a deleted one) and
    // answers the number of modules imported; answers 0 and changes nothing otherwise.
    static Result<int> installIfEmpty(Catalog &catalog);
};

} // namespace Slipway
