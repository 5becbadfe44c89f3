#include "ec2bootstrap.h"

#include "connectors/ec2/ec2connector.h"
#include "core/connector/cloudinit.h"

using namespace Qt::StringLiterals;

namespace Slipway {

Ec2Bootstrap::Ec2Bootstrap(Ec2Connector *connector, const BootstrapRequest &request)
    : BootstrapOperation(request.runId, request.instance.name, connector)
    , m_connector(connector)
    , m_request(request)
    , m_label(request.instance.name.toString())
{
    m_poll.setSingleShot(true);
}

void Ec2Bootstrap::start()
{
    if (m_request.instance.instanceId.isEmpty()) {
        finish(ec2Failure(ConnectorError::Code::InvalidRequest,
                          tr("%1 has no instance id to follow.").arg(m_label),
                          m_label));
        return;
    }
    if (!m_request.launched) {
        finish(ec2Failure(ConnectorError::Code::Unsupported,
                          tr("%1 (%2) cannot run this script: EC2 runs an instance's user-data "
                             "only when it is launched, and it was launched with its own "
                             "bootstrap (a new token after a restart of Slipway, or a script "
                             "for a running instance, cannot reach it).")
                              .arg(m_label, m_request.instance.instanceId),
                          m_label));
        return;
    }
    m_connector->withClient(this, [this](Ec2Client *client, const QString &error) {
        if (!client) {
            fail(error);
            return;
        }
        m_client = client;
        reportProgress(tr("Waiting for the bootstrap of %1 (%2) on its console")
                           .arg(m_label, m_request.instance.instanceId),
                       1,
                       3,
                       m_label);
        connect(&m_poll, &QTimer::timeout, this, &Ec2Bootstrap::pollState);
        pollState();
    });
}

void Ec2Bootstrap::stop()
{
    m_poll.stop();
    if (m_client)
        m_client->cancel(this);
    finish(cancelledError());
}

void Ec2Bootstrap::fail(const QString &message)
{
    m_poll.stop();
    finish(ec2Failure(ConnectorError::Code::Failed, message, m_label));
}

void Ec2Bootstrap::pollState()
{
    const QString instanceId = m_request.instance.instanceId;
    m_client->call(
        u"DescribeInstances"_s,
        {{u"InstanceId.1"_s, instanceId}},
        this,
        [this, instanceId](const XmlElement *response, const Ec2Error *error) {
            // Just after RunInstances, EC2 may not know the instance yet.
            if (error && error->code != u"InvalidInstanceID.NotFound") {
                finish(Ec2Connector::cloudError(tr("The state of %1 is unknown").arg(m_label),
                                                *error,
                                                m_label));
                return;
            }
            const QList<Ec2Instance> found = error ? QList<Ec2Instance>{}
                                                   : Ec2Instance::fromDescribe({*response});
            const Ec2Instance instance = found.value(0);
            if (instance.state == u"running") {
                if (!m_seenRunning) {
                    m_seenRunning = true;
                    appendOutput(m_label,
                                 u"ec2: %1 is running at %2\n"_s
                                     .arg(instanceId,
                                          instance.privateIp.isEmpty() ? instance.publicIp
                                                                       : instance.privateIp)
                                     .toUtf8());
                    reportProgress(tr("%1 is running; waiting for its bootstrap").arg(m_label),
                                   2,
                                   3,
                                   m_label);
                }
                pollConsole();
                return;
            }
            if (instance.state == u"shutting-down" || instance.state == u"terminated"
                || instance.state == u"stopped" || instance.state == u"stopping") {
                fail(tr("%1 (%2) is %3: %4")
                         .arg(m_label,
                              instanceId,
                              instance.state,
                              instance.stateReason.isEmpty() ? tr("no reason given")
                                                             : instance.stateReason));
                return;
            }
            reportProgress(tr("Waiting for %1 (%2) to run: it is %3")
                               .arg(m_label,
                                    instanceId,
                                    instance.state.isEmpty() ? u"pending"_s : instance.state),
                           1,
                           3,
                           m_label);
            m_poll.start(m_connector->pollInterval());
        });
}

void Ec2Bootstrap::pollConsole()
{
    const QString instanceId = m_request.instance.instanceId;
    m_client->call(u"GetConsoleOutput"_s,
                   {{u"InstanceId"_s, instanceId}, {u"Latest"_s, u"true"_s}},
                   this,
                   [this, instanceId](const XmlElement *response, const Ec2Error *error) {
                       if (error) {
                           finish(Ec2Connector::cloudError(tr("The console of %1 cannot be read")
                                                               .arg(m_label),
                                                           *error,
                                                           m_label));
                           return;
                       }
                       const QString console = QString::fromUtf8(
                           QByteArray::fromBase64(response->value(u"output").toLatin1()));
                       const std::optional<int> status = CloudInit::exitStatus(console, m_label);
                       if (!status) {
                           // Not yet: the instance's state first, then the console again.
                           m_poll.start(m_connector->pollInterval());
                           return;
                       }
                       setExitCode(*status);
                       if (*status != 0) {
                           ConnectorError e;
                           e.code = ConnectorError::Code::ScriptFailed;
                           e.instance = m_label;
                           e.exitCode = *status;
                           e.message = tr("The bootstrap of %1 (%2) ended with exit status %3; "
                                          "its log is %4 on the instance.")
                                           .arg(m_label, instanceId)
                                           .arg(*status)
                                           .arg(QString(CloudInit::kLogFile));
                           finish(e);
                           return;
                       }
                       appendOutput(m_label, "ec2: bootstrap finished\n");
                       flushOutput(m_label);
                       reportProgress(tr("The bootstrap of %1 is done").arg(m_label), 3, 3, m_label);
                       finish();
                   });
}

} // namespace Slipway
