#pragma once

#include "connectors/local/containercommand.h"
#include "core/connector/connectoroperation.h"

namespace Slipway {

class LocalConnector;

// `exec` of the script in the instance's container (LocalConnector::execCommand). The
// environment, then the script, go through stdin: the script into a temporary file (so it may
// read its own stdin and carry any shebang), the values into its environment (none on a
// command line). Cancelling kills every process of the script in the container, found by a
// marker in their environment.
class LocalBootstrap final : public BootstrapOperation
{
public:
    LocalBootstrap(LocalConnector *connector, const BootstrapRequest &request);

    // The sh program that receives a script on stdin and runs it, removing it afterwards;
    // its exit status is the script's. With SLIPWAY_OPERATION set, environmentBlock() comes
    // first on stdin.
    static QString runnerScript();
    static QByteArray environmentBlock(const QMap<QString, QString> &environment,
                                       const QString &marker);
    static bool isVariableName(const QString &name);

protected:
    void start() override;
    void stop() override;

private:
    QString container() const;

    LocalConnector *m_connector;
    BootstrapRequest m_request;
    QString m_marker;
    ContainerCommandGroup m_commands;
    bool m_killing = false;
};

} // namespace Slipway
