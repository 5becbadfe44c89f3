#include "builtinconnectors.h"

#include "connectors/local/localconnector.h"

namespace Slipway {

ConnectorRegistry builtinConnectors()
{
    ConnectorRegistry registry;
    registry.add(LocalConnector::connectorKind());
    return registry;
}

} // namespace Slipway
