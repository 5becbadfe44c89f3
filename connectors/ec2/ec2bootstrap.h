#pragma once

#include "core/connector/connectoroperation.h"

#include <QTimer>

namespace Slipway {

class Ec2Connector;
class Ec2Client;
struct XmlElement;

// Launches a reserved instance with cloud-init user-data that runs the bootstrap
// (RunInstances), waits until it runs (DescribeInstances), then until its console output
// (GetConsoleOutput) shows the bootstrap's exit status.
class Ec2Bootstrap final : public BootstrapOperation
{
    Q_OBJECT
public:
    Ec2Bootstrap(Ec2Connector *connector, const BootstrapRequest &request);

    QString instanceId() const { return m_instanceId; } // once launched

protected:
    void start() override;
    void stop() override;

private:
    void launch();
    void pollState();
    void pollConsole();
    void fail(const QString &message);

    Ec2Connector *m_connector;
    Ec2Client *m_client = nullptr;
    BootstrapRequest m_request;
    QString m_label;
    QString m_instanceId;
    QTimer m_poll;
};

} // namespace Slipway
