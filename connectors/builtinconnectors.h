#pragma once

#include "core/connector/connectorregistry.h"

namespace Slipway {

// Every connector kind this build of Slipway has. Add a new connector here (and link its
// library to slipway_connectors in connectors/CMakeLists.txt): nowhere else.
ConnectorRegistry builtinConnectors();

} // namespace Slipway
