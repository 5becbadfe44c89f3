#pragma once

#include "core/connector/connectoroperation.h"

#include <QTimer>

namespace Slipway {

class Ec2Connector;
class Ec2Client;
struct XmlElement;

// Follows the bootstrap an instance was launched with (provision() gave it as cloud-init
// user-data: BootstrapRequest::launched) to its end: until the console output
// (GetConsoleOutput) shows its exit status, checking between two reads of the console that
// the instance still runs (DescribeInstances), so that a terminated instance ends the wait.
// EC2 runs user-data only at an instance's first boot: any other script (a new token after a
// restart of Slipway, a script on a running instance) is refused with the reason.
class Ec2Bootstrap final : public BootstrapOperation
{
    Q_OBJECT
public:
    Ec2Bootstrap(Ec2Connector *connector, const BootstrapRequest &request);

    QString instanceId() const { return m_request.instance.instanceId; }

protected:
    void start() override;
    void stop() override;

private:
    void pollState();
    void pollConsole();
    void fail(const QString &message);

    Ec2Connector *m_connector;
    Ec2Client *m_client = nullptr;
    BootstrapRequest m_request;
    QString m_label;
    QTimer m_poll;
    bool m_seenRunning = false;
};

} // namespace Slipway
