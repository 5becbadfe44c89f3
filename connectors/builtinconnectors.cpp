#include "builtinconnectors.h"

#include "connectors/local/localconnector.h"
#include "connectors/openstack/openstackconnector.h"

namespace Slipway {

ConnectorRegistry builtinConnectors()
{
    ConnectorRegistry registry;
    registry.add(LocalConnector::connectorKind());
    registry.add(OpenStackConnector::connectorKind());
    return registry;
}

} // namespace Slipway
