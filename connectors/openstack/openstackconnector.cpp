#include "openstackconnector.h"

#include "connectors/openstack/openstackbootstrap.h"
#include "connectors/openstack/openstackclient.h"
#include "connectors/openstack/openstackimagebuild.h"
#include "connectors/openstack/openstackprovision.h"
#include "connectors/openstack/openstackresources.h"
#include "connectors/openstack/openstackterminate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Slipway::OpenStackConnector", text);
}

// `cloud test`: authenticates, reads the compute limits (which proves the catalog has a
// usable compute endpoint) and checks that the servers' key pair and security groups exist.
class OpenStackCheck final : public CheckOperation
{
public:
    explicit OpenStackCheck(OpenStackConnector *connector)
        : CheckOperation(connector)
        , m_connector(connector)
        , m_resources(new OpenStackResources(connector, this))
    {}

protected:
    void start() override
    {
        OpenStackClient *client = m_connector->client();
        client->authenticate(this, [this](const OpenStackReply &auth) {
            if (!auth.ok()) {
                finish(ConnectorError{ConnectorError::Code::Failed, auth.errorMessage, {}, -1, {}});
                return;
            }
            m_resources->send({u"compute"_s, "GET", u"/limits"_s, {}, false, {}},
                              [this](const OpenStackReply &r) {
                                  if (!r.ok()) {
                                      finish(ConnectorError{ConnectorError::Code::Failed,
                                                            r.errorMessage,
                                                            {},
                                                            -1,
                                                            {}});
                                      return;
                                  }
                                  m_limits = r.json;
                                  checkKeyPair();
                              });
        });
    }
    // The key pair the servers get must exist, or every provision would fail.
    void checkKeyPair()
    {
        const QString key = m_connector->cloud().setting(QString(OpenStackConnector::kKeyName));
        if (key.isEmpty()) {
            report();
            return;
        }
        m_resources->send({u"compute"_s,
                           "GET",
                           u"/os-keypairs/"_s + QString::fromLatin1(QUrl::toPercentEncoding(key)),
                           {},
                           false,
                           {}},
                          [this, key](const OpenStackReply &r) {
                              if (!r.ok()) {
                                  finish(ConnectorError{ConnectorError::Code::Failed,
                                                        translated("Key pair %1: %2")
                                                            .arg(key, r.errorMessage),
                                                        {},
                                                        -1,
                                                        {}});
                                  return;
                              }
                              checkSecurityGroups();
                          });
    }
    // So must the default security groups (Neutron's, which Nova's names refer to).
    void checkSecurityGroups()
    {
        QStringList groups;
        for (const QString &g : m_connector->cloud()
                                    .setting(QString(OpenStackConnector::kSecurityGroups))
                                    .split(u',', Qt::SkipEmptyParts))
            groups << g.trimmed();
        if (groups.isEmpty()) {
            report();
            return;
        }
        auto left = std::make_shared<int>(int(groups.size()));
        for (const QString &group : std::as_const(groups)) {
            m_resources
                ->list(u"network"_s,
                       u"/v2.0/security-groups?name="_s
                           + QString::fromLatin1(QUrl::toPercentEncoding(group)),
                       u"security_groups"_s,
                       [this, group, left](const QJsonArray &found, const QString &error) {
                           if (isFinished())
                               return;
                           if (!error.isEmpty() || found.isEmpty()) {
                               finish(ConnectorError{
                                   ConnectorError::Code::Failed,
                                   error.isEmpty()
                                       ? translated("There is no security group %1.").arg(group)
                                       : translated("Security group %1: %2").arg(group, error),
                                   {},
                                   -1,
                                   {}});
                               return;
                           }
                           if (--*left == 0)
                               report();
                       });
        }
    }
    void report()
    {
        OpenStackClient *client = m_connector->client();
        const QJsonObject absolute
            = m_limits.value(u"limits"_s).toObject().value(u"absolute"_s).toObject();
        setDetails(
            translated("Keystone v3 token until %1; compute at %2; "
                       "%3 of %4 instances and %5 of %6 cores used")
                .arg(client->tokenExpiry().toString(Qt::ISODate), client->endpoint(u"compute"_s))
                .arg(absolute.value(u"totalInstancesUsed"_s).toInt())
                .arg(absolute.value(u"maxTotalInstances"_s).toInt())
                .arg(absolute.value(u"totalCoresUsed"_s).toInt())
                .arg(absolute.value(u"maxTotalCores"_s).toInt()));
        finish();
    }
    void stop() override
    {
        m_resources->abort();
        m_connector->client()->abort(this);
        finish(cancelledError());
    }

private:
    OpenStackConnector *m_connector;
    OpenStackResources *m_resources;
    QJsonObject m_limits;
};

} // namespace

OpenStackConnector::OpenStackConnector(const CloudConfig &cloud, QObject *parent)
    : Connector(cloud, parent)
    , m_client(new OpenStackClient(cloud, this))
{}

ConnectorKind OpenStackConnector::connectorKind()
{
    ConnectorKind kind;
    kind.name = QString(kKind);
    kind.displayName = translated("OpenStack (Keystone v3, Nova, Neutron, Glance)");
    kind.capabilities = OpenStackConnector(CloudConfig{u"openstack"_s, QString(kKind), {}})
                            .capabilities();
    kind.settings = {
        {QString(OpenStackClient::kAuthUrl),
         translated("Keystone's URL (https://keystone.example:5000/v3)"),
         {}},
        {QString(OpenStackClient::kAuthType),
         translated("password or application_credential (its secret goes to the keychain)"),
         u"password"_s},
        {QString(OpenStackClient::kUserName), translated("User name (password auth)"), {}},
        {QString(OpenStackClient::kUserDomain), translated("User's domain"), u"Default"_s},
        {QString(OpenStackClient::kProjectName), translated("Project (password auth)"), {}},
        {QString(OpenStackClient::kProjectDomain), translated("Project's domain"), u"Default"_s},
        {QString(OpenStackClient::kApplicationCredentialId),
         translated("Application credential id (application_credential auth)"),
         {}},
        {QString(OpenStackClient::kRegion), translated("Region (empty: the catalog's first)"), {}},
        {QString(OpenStackClient::kInterface),
         translated("Endpoint interface: public, internal or admin"),
         u"public"_s},
        {QString(OpenStackClient::kCaFile),
         translated("Extra CA file (PEM) for the cloud's TLS"),
         {}},
        {QString(kFlavor), translated("Default flavour, name or id"), {}},
        {QString(kNetwork), translated("Network of the servers, name or id (empty: Nova's)"), {}},
        {QString(kFloatingNetwork),
         translated("External network of floating IPs (empty: the first external one)"),
         {}},
        {QString(kKeyName), translated("Key pair given to the servers"), {}},
        {QString(kSecurityGroups), translated("Default security groups, comma-separated"), {}},
        {QString(kPollInterval), translated("Milliseconds between status polls"), u"3000"_s},
        {QString(kTimeout),
         translated("Seconds an operation waits for servers, bootstraps and snapshots"),
         u"1800"_s},
    };
    kind.factory = [](const CloudConfig &cloud, QObject *parent) -> Connector * {
        return new OpenStackConnector(cloud, parent);
    };
    kind.secret = ConnectorSecret{};
    kind.secret->label = translated("Password or secret:");
    kind.secret->description = translated("The password, or the application credential's secret");
    kind.secret->name = &OpenStackConnector::secretName;
    return kind;
}

ConnectorCapabilities OpenStackConnector::capabilities() const
{
    ConnectorCapabilities caps;
    caps.buildsImages = true;
    caps.incrementalBuilds = false;
    caps.scales = true;
    caps.bootstrapsAtLaunch = true;
    caps.brokerRoute = BrokerRoute::Relay;
    return caps;
}

int OpenStackConnector::pollIntervalMs() const
{
    bool ok = false;
    const int ms = cloud().setting(QString(kPollInterval)).toInt(&ok);
    return ok && ms > 0 ? ms : 3000;
}

int OpenStackConnector::timeoutSeconds() const
{
    bool ok = false;
    const int s = cloud().setting(QString(kTimeout)).toInt(&ok);
    return ok && s > 0 ? s : 1800;
}

QString OpenStackConnector::serverPrefix(const QString &runId)
{
    return u"slipway-"_s + toHostLabel(runId, 40) + u'-';
}

QString OpenStackConnector::serverName(const QString &runId, const InstanceName &instance)
{
    return serverPrefix(runId) + instance.hostLabel();
}

ProvisionOperation *OpenStackConnector::provision(const ProvisionRequest &request)
{
    return new OpenStackProvision(this, request);
}

BootstrapOperation *OpenStackConnector::bootstrap(const BootstrapRequest &request)
{
    return new OpenStackBootstrap(this, request);
}

TerminateOperation *OpenStackConnector::terminate(const TerminateRequest &request)
{
    return new OpenStackTerminate(this, request);
}

TerminateOperation *OpenStackConnector::cleanUpOrphans(const OrphanCleanUpRequest &request)
{
    return new OpenStackOrphanCleanUp(this, request);
}

ImageBuildOperation *OpenStackConnector::buildImage(const ImageBuildRequest &request)
{
    return new OpenStackImageBuild(this, request);
}

CheckOperation *OpenStackConnector::check()
{
    return new OpenStackCheck(this);
}

} // namespace Slipway
