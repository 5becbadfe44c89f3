#pragma once

#include "core/connector/connectoroperation.h"

#include <QPointer>

namespace Slipway {

class SshCommand;
class SshConnector;
class SshSession;

// Opens the reverse port forward from the host to the broker on the instance's connection,
// then sends the environment and the bootstrap script on an exec channel and runs them,
// streaming the output.
class SshBootstrap final : public BootstrapOperation
{
public:
    SshBootstrap(SshConnector *connector, const BootstrapRequest &request);

protected:
    void start() override;
    void stop() override;

private:
    void openForward();
    void runScript(quint16 port);

    SshConnector *m_connector;
    BootstrapRequest m_request;
    QString m_name;
    quint16 m_brokerPort = 0;
    QPointer<SshSession> m_session;
    QPointer<SshCommand> m_command;
    bool m_forwarding = false;
};

} // namespace Slipway
