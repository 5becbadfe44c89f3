#include "ec2bootstrap.h"

#include "connectors/ec2/ec2connector.h"
#include "core/connector/cloudinit.h"

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

// EC2 takes at most 16 KiB of user-data, before its base64 encoding.
constexpr qsizetype kMaxUserData = 16 * 1024;

} // namespace

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
    m_connector->withClient(this, [this](Ec2Client *client, const QString &error) {
        if (!client) {
            fail(error);
            return;
        }
        m_client = client;
        launch();
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

void Ec2Bootstrap::launch()
{
    const std::optional<Ec2Connector::Reservation> reservation
        = m_connector->reservation(m_request.runId, m_request.instance.name);
    if (!reservation) {
        fail(tr("%1 was not provisioned by this connector (was Slipway restarted before it was "
                "launched?): it cannot be launched now.")
                 .arg(m_label));
        return;
    }
    // The CA is in the environment's bootstrap script already; cloud-init writes the script,
    // the token (0600) and the rest of the environment.
    const Result<CloudInitConfig> config = CloudInit::bootstrapConfig(m_request);
    if (!config) {
        fail(tr("The user-data of %1 cannot be made: %2").arg(m_label, config.errorMessage()));
        return;
    }
    QByteArray userData = CloudInit::userData(*config);
    if (userData.size() > kMaxUserData)
        userData = CloudInit::userData(*config, CloudInit::Compression::Gzip);
    if (userData.size() > kMaxUserData) {
        fail(tr("The user-data of %1 is %2 bytes even compressed; EC2 takes at most %3.")
                 .arg(m_label)
                 .arg(userData.size())
                 .arg(kMaxUserData));
        return;
    }
    reportProgress(tr("Launching %1").arg(m_label), 0, 3, m_label);
    m_client->call(u"RunInstances"_s,
                   m_connector->runInstancesParams(m_request.runId, *reservation, userData),
                   this,
                   [this](const XmlElement *response, const Ec2Error *error) {
                       if (error) {
                           finish(
                               Ec2Connector::cloudError(tr("%1 could not be launched").arg(m_label),
                                                        *error,
                                                        m_label));
                           return;
                       }
                       const XmlElement &item = response->child(u"instancesSet").child(u"item");
                       const Ec2Instance instance = Ec2Instance::fromItem(item);
                       if (instance.id.isEmpty()) {
                           fail(tr("RunInstances named no instance for %1.").arg(m_label));
                           return;
                       }
                       m_instanceId = instance.id;
                       m_connector->release(m_request.runId, m_label);
                       appendOutput(m_label,
                                    u"ec2: launched %1 (%2)\n"_s
                                        .arg(instance.id, item.value(u"instanceType"))
                                        .toUtf8());
                       connect(&m_poll, &QTimer::timeout, this, &Ec2Bootstrap::pollState);
                       m_poll.start(m_connector->pollInterval());
                   });
}

void Ec2Bootstrap::pollState()
{
    m_client->call(
        u"DescribeInstances"_s,
        {{u"InstanceId.1"_s, m_instanceId}},
        this,
        [this](const XmlElement *response, const Ec2Error *error) {
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
                Instance launched = m_request.instance;
                launched.instanceId = m_instanceId;
                launched.hostname = instance.privateIp.isEmpty() ? instance.publicIp
                                                                 : instance.privateIp;
                // The login user is the AMI's: the key pair's user on the public address.
                launched.sshUrl = u"ssh://"_s
                                  + (instance.publicIp.isEmpty() ? launched.hostname
                                                                 : instance.publicIp);
                Q_EMIT instanceLaunched(launched);
                appendOutput(m_label,
                             u"ec2: %1 is running at %2\n"_s
                                 .arg(m_instanceId,
                                      instance.privateIp.isEmpty() ? instance.publicIp
                                                                   : instance.privateIp)
                                 .toUtf8());
                reportProgress(tr("%1 is running; bootstrapping").arg(m_label), 2, 3, m_label);
                disconnect(&m_poll, nullptr, this, nullptr);
                connect(&m_poll, &QTimer::timeout, this, &Ec2Bootstrap::pollConsole);
                pollConsole();
                return;
            }
            if (instance.state == u"shutting-down" || instance.state == u"terminated"
                || instance.state == u"stopped" || instance.state == u"stopping") {
                fail(tr("%1 (%2) is %3: %4")
                         .arg(m_label,
                              m_instanceId,
                              instance.state,
                              instance.stateReason.isEmpty() ? tr("no reason given")
                                                             : instance.stateReason));
                return;
            }
            reportProgress(tr("%1 is %2")
                               .arg(m_label,
                                    instance.state.isEmpty() ? u"pending"_s : instance.state),
                           1,
                           3,
                           m_label);
            m_poll.start(m_connector->pollInterval());
        });
}

void Ec2Bootstrap::pollConsole()
{
    m_client->call(u"GetConsoleOutput"_s,
                   {{u"InstanceId"_s, m_instanceId}, {u"Latest"_s, u"true"_s}},
                   this,
                   [this](const XmlElement *response, const Ec2Error *error) {
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
                                           .arg(m_label, m_instanceId)
                                           .arg(*status)
                                           .arg(QString(CloudInit::kLogFile));
                           finish(e);
                           return;
                       }
                       appendOutput(m_label, "ec2: bootstrap finished\n");
                       flushOutput(m_label);
                       finish();
                   });
}

} // namespace Slipway
