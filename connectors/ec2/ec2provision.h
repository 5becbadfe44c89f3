#pragma once

#include "core/connector/connectoroperation.h"

namespace Slipway {

class Ec2Connector;
class Ec2Client;

// Checks that every image of the run exists and is available (DescribeImages), then
// reserves the instances for bootstrap(), which launches them with their user-data.
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

    Ec2Connector *m_connector;
    Ec2Client *m_client = nullptr;
    ProvisionRequest m_request;
    int m_imagesLeft = 0;
};

} // namespace Slipway
