#pragma once

#include "connectors/ssh/sshhostaddress.h"
#include "core/connector/connectoroperation.h"

namespace Slipway {

class SshConnector;

// Terminate and clean-up: on a fresh connection to each target's host, kills the run's
// processes and removes its files (SshConnector::cleanUpCommand), then frees the host's lease.
class SshTerminate final : public TerminateOperation
{
public:
    struct Target
    {
        QString run;
        QString instance;
        SshHostAddress host;
    };

    SshTerminate(Kind kind,
                 SshConnector *connector,
                 const QString &runId,
                 QList<Target> targets,
                 bool wholeRun);

protected:
    void start() override;
    void stop() override;

private:
    void cleanUp(const Target &t);
    void settleOne();
    void done();

    SshConnector *m_connector;
    QList<Target> m_targets;
    bool m_wholeRun;
    int m_pending = 0;
    int m_done = 0;
    QList<ConnectorError> m_errors;
};

} // namespace Slipway
