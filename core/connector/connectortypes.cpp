#include "connectortypes.h"

namespace Slipway {

QString ConnectorCapabilities::brokerAddress(quint16 port) const
{
    if (brokerRoute == BrokerRoute::Relay || brokerHost.isEmpty())
        return {};
    return brokerHost + u':' + QString::number(port);
}

int ImageBuildResult::stepsRun() const
{
    int n = 0;
    for (const BuildStepResult &step : steps)
        n += step.reused ? 0 : 1;
    return n;
}

} // namespace Slipway
