#pragma once

#include "connectors/local/containercommand.h"
#include "core/connector/connectoroperation.h"

#include <QHash>

namespace Slipway {

class LocalConnector;

// The run's network (kept if it exists: scaling provisions again), then every container at
// once, then one inspect for their addresses.
class LocalProvision final : public ProvisionOperation
{
public:
    LocalProvision(LocalConnector *connector, const ProvisionRequest &request);

    // `run` arguments of one instance (public for the benchmark's hand-made anchor).
    static QStringList runArguments(const ProvisionRequest &request,
                                    const InstanceRequest &instance,
                                    bool docker);

protected:
    void start() override;
    void stop() override;

private:
    void startContainers();
    void inspectContainers();

    LocalConnector *m_connector;
    ProvisionRequest m_request;
    ContainerCommandGroup m_commands;
    QHash<QString, InstanceName> m_started; // container id -> instance
    int m_pending = 0;
};

} // namespace Slipway
