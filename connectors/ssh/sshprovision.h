#pragma once

#include "core/connector/connectoroperation.h"

#include <QStringList>

namespace Slipway {

class SshConnector;

// Leases a free host of the pool for each instance and logs in to it; an instance is up once
// its connection is open (the connection stays for the bootstrap and the run's life).
class SshProvision final : public ProvisionOperation
{
public:
    SshProvision(SshConnector *connector, const ProvisionRequest &request);

protected:
    void start() override;
    void stop() override;

private:
    void startInstance(const QString &instance);
    void failed(const QString &instance, const QString &message);
    void settle();

    SshConnector *m_connector;
    ProvisionRequest m_request;
    QStringList m_opening;
    int m_pending = 0;
    int m_done = 0;
};

} // namespace Slipway
