#include "builtinconnectors.h"

#include "connectors/ec2/ec2connector.h"
#include "connectors/local/localconnector.h"
#include "connectors/openstack/openstackconnector.h"
#include "connectors/ssh/sshconnector.h"

namespace Slipway {

ConnectorRegistry builtinConnectors()
{
    ConnectorRegistry registry;
    registry.add(LocalConnector::connectorKind());
    registry.add(SshConnector::connectorKind());
    registry.add(OpenStackConnector::connectorKind());
    registry.add(Ec2Connector::connectorKind());
    return registry;
}

} // namespace Slipway
