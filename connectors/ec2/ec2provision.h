#pragma once

#include "core/connector/connectoroperation.h"

namespace Slipway {

class Ec2Connector;
class Ec2Client;
struct Ec2Instance;

// Starts the instances of a run: checks that every image exists and is available
// (DescribeImages), then launches each instance (RunInstances) with the cloud-init user-data
// that runs its bootstrap when the request carries one (bootstrapsAtLaunch: an instance
// boots once, with it), and waits until it runs (DescribeInstances), when its address is
// known. bootstrap() then only follows the bootstrap to its exit status.
class Ec2Provision final : public ProvisionOperation
{
    Q_OBJECT
public:
    Ec2Provision(Ec2Connector *connector, const ProvisionRequest &request);

protected:
    void start() override;
    void stop() override;

private:
    void checkImage(const QString &imageId);
    void imageChecked(const QString &imageId, const QString &problem);
    void launch(const InstanceRequest &request);
    void pollState(const InstanceRequest &request, const QString &instanceId);
    void running(const InstanceRequest &request, const Ec2Instance &instance);
    // The end of one instance: a failure names it; an instance launched and not running is
    // terminated (best effort: one request that does not depend on this operation).
    void instanceDone(const InstanceRequest &request,
                      const QString &instanceId,
                      const std::optional<ConnectorError> &failure);

    Ec2Connector *m_connector;
    Ec2Client *m_client = nullptr;
    ProvisionRequest m_request;
    int m_pending = 0;
    int m_done = 0;
};

} // namespace Slipway
