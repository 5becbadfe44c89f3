#include "ec2connector.h"

#include "connectors/ec2/ec2bootstrap.h"
#include "connectors/ec2/ec2imagebuild.h"
#include "connectors/ec2/ec2provision.h"
#include "connectors/ec2/ec2terminate.h"
#include "core/connector/cloudinit.h"
#include "core/secrets/secretstore.h"

#include <QCoreApplication>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("Slipway::Ec2Connector", text);
}

class Ec2Check final : public CheckOperation
{
public:
    explicit Ec2Check(Ec2Connector *connector)
        : CheckOperation(connector)
        , m_connector(connector)
    {}

protected:
    void start() override
    {
        m_connector->withClient(this, [this](Ec2Client *client, const QString &error) {
            if (!client) {
                finish(ec2Failure(ConnectorError::Code::Failed, error));
                return;
            }
            m_client = client;
            client->call(u"DescribeAvailabilityZones"_s,
                         {},
                         this,
                         [this](const XmlElement *response, const Ec2Error *error) {
                             if (error) {
                                 finish(Ec2Connector::cloudError(translate("The cloud refused "
                                                                           "the credentials "
                                                                           "or the region"),
                                                                 *error));
                                 return;
                             }
                             QStringList zones;
                             for (const XmlElement *z : response->descendants(u"zoneName"))
                                 zones << z->text;
                             m_details = u"EC2 %1: %2 availability zones (%3)"_s
                                             .arg(m_client->options().region)
                                             .arg(zones.size())
                                             .arg(zones.join(u", "));
                             checkKeyPair();
                         });
        });
    }
    void stop() override
    {
        if (m_client)
            m_client->cancel(this);
        finish(cancelledError());
    }

private:
    void checkKeyPair()
    {
        const QString keyName = m_connector->cloud().setting(QString(Ec2Connector::kKeyName));
        if (keyName.isEmpty()) {
            setDetails(m_details);
            finish();
            return;
        }
        m_client->call(u"DescribeKeyPairs"_s,
                       {{u"KeyName.1"_s, keyName}},
                       this,
                       [this, keyName](const XmlElement *response, const Ec2Error *error) {
                           if (error) {
                               finish(Ec2Connector::cloudError(translate(
                                                                   "The key pair %1 cannot be used")
                                                                   .arg(keyName),
                                                               *error));
                               return;
                           }
                           const QString fingerprint
                               = response->descendants(u"keyFingerprint").value(0, &m_empty)->text;
                           setDetails(m_details + u"; key pair %1 (%2)"_s.arg(keyName, fingerprint));
                           finish();
                       });
    }

    Ec2Connector *m_connector;
    Ec2Client *m_client = nullptr;
    QString m_details;
    XmlElement m_empty;
};

} // namespace

ConnectorError ec2Failure(ConnectorError::Code code, const QString &message, const QString &instance)
{
    ConnectorError e;
    e.code = code;
    e.message = message;
    e.instance = instance;
    return e;
}

Ec2Instance Ec2Instance::fromItem(const XmlElement &item)
{
    Ec2Instance i;
    i.id = item.value(u"instanceId");
    i.state = item.value(u"instanceState/name");
    i.privateIp = item.value(u"privateIpAddress");
    i.publicIp = item.value(u"ipAddress");
    i.stateReason = item.value(u"stateReason/message");
    for (const XmlElement *tag : item.child(u"tagSet").all(u"item"))
        i.tags.insert(tag->value(u"key"), tag->value(u"value"));
    return i;
}

QList<Ec2Instance> Ec2Instance::fromDescribe(const QList<XmlElement> &pages)
{
    QList<Ec2Instance> instances;
    for (const XmlElement &page : pages)
        for (const XmlElement *reservation : page.child(u"reservationSet").all(u"item"))
            for (const XmlElement *item : reservation->child(u"instancesSet").all(u"item"))
                instances << fromItem(*item);
    return instances;
}

Ec2Connector::Ec2Connector(const CloudConfig &cloud, QObject *parent)
    : Connector(cloud, parent)
{
    const int poll = cloud.setting(QString(kPollInterval)).toInt();
    if (poll > 0)
        m_pollInterval = std::chrono::milliseconds(poll);
}

Ec2Connector::~Ec2Connector() = default;

ConnectorKind Ec2Connector::connectorKind()
{
    ConnectorKind kind;
    kind.name = QString(kKind);
    kind.displayName = translate("AWS EC2");
    kind.capabilities = Ec2Connector(CloudConfig{u"ec2"_s, QString(kKind), {}}).capabilities();
    kind.settings = {
        {QString(kRegion), translate("The AWS region, e.g. eu-west-1"), u"us-east-1"_s},
        {QString(kAccessKeyId),
         translate("The access key id (the secret access key goes to the keychain)"),
         {}},
        {QString(kEndpoint),
         translate("The EC2 endpoint; empty: https://ec2.<region>.amazonaws.com"),
         {}},
        {QString(kCaFile),
         translate("A CA certificate (PEM) to trust for the endpoint, besides the system's"),
         {}},
        {QString(kInstanceType),
         translate("The instance type when the image names none"),
         u"t3.micro"_s},
        {QString(kKeyName), translate("The key pair to install on the instances"), {}},
        {QString(kSecurityGroups),
         translate("Security group ids (sg-...) or names, comma-separated, when the image "
                   "names none"),
         {}},
        {QString(kSubnet), translate("The subnet to start the instances in"), {}},
        {QString(kRootDevice),
         translate("The root device that the image's disk size applies to"),
         u"/dev/xvda"_s},
        {QString(kPollInterval),
         translate("How often to poll an instance's state, in milliseconds"),
         u"5000"_s},
        {QString(kRetryDelay),
         translate("The first delay before a throttled call is retried, in milliseconds"),
         u"500"_s},
    };
    kind.factory = [](const CloudConfig &cloud, QObject *parent) -> Connector * {
        return new Ec2Connector(cloud, parent);
    };
    kind.secret = ConnectorSecret{};
    kind.secret->label = translate("Secret access key:");
    kind.secret->description = translate("The secret access key of the access key id");
    kind.secret->name = [](const CloudConfig &) {
        return QString(kSecretName);
    };
    return kind;
}

ConnectorCapabilities Ec2Connector::capabilities() const
{
    ConnectorCapabilities caps;
    caps.buildsImages = true;
    caps.incrementalBuilds = false;
    caps.scales = true;
    caps.bootstrapsAtLaunch = true;
    caps.brokerRoute = BrokerRoute::Relay;
    return caps;
}

void Ec2Connector::withClient(QObject *context,
                              std::function<void(Ec2Client *, const QString &)> done)
{
    if (m_client) {
        done(m_client.get(), {});
        return;
    }
    m_waiting.append({context, std::move(done)});
    if (m_readingSecret)
        return;
    const auto fail = [this](const QString &error) {
        const auto waiting = std::exchange(m_waiting, {});
        for (const auto &[ctx, callback] : waiting)
            if (ctx)
                callback(nullptr, error);
    };

    Ec2Client::Options options;
    options.region = cloud().setting(QString(kRegion), u"us-east-1"_s);
    options.accessKeyId = cloud().setting(QString(kAccessKeyId));
    const QString endpoint = cloud().setting(QString(kEndpoint));
    options.endpoint = endpoint.isEmpty() ? Ec2Client::endpointForRegion(options.region)
                                          : QUrl(endpoint);
    if (!options.endpoint.isValid() || options.endpoint.scheme() != u"https") {
        fail(translate("The endpoint of the cloud %1 must be an https URL, not \"%2\".")
                 .arg(cloud().name, endpoint));
        return;
    }
    if (options.accessKeyId.isEmpty()) {
        fail(translate("The cloud %1 has no access key id: set %2.")
                 .arg(cloud().name, QString(kAccessKeyId)));
        return;
    }
    const QString caFile = cloud().setting(QString(kCaFile));
    if (!caFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(caFile);
        if (cas.isEmpty()) {
            fail(translate("No CA certificate in %1.").arg(caFile));
            return;
        }
        options.tls.addCaCertificates(cas);
    }
    const int retryDelay = cloud().setting(QString(kRetryDelay)).toInt();
    if (retryDelay > 0)
        options.baseDelay = std::chrono::milliseconds(retryDelay);

    m_readingSecret = true;
    readSecret(cloud().name,
               QString(kSecretName),
               this,
               [this, options, fail](Result<QByteArray> secret) mutable {
                   m_readingSecret = false;
                   if (!secret || secret->isEmpty()) {
                       fail(
                           secret
                               ? translate("The secret access key of %1 is empty.").arg(cloud().name)
                               : secret.errorMessage());
                       return;
                   }
                   options.secretAccessKey = *secret;
                   m_client = std::make_unique<Ec2Client>(std::move(options));
                   const auto waiting = std::exchange(m_waiting, {});
                   for (const auto &[ctx, callback] : waiting)
                       if (ctx)
                           callback(m_client.get(), {});
               });
}

Result<QByteArray> Ec2Connector::userData(const QByteArray &script,
                                          const QMap<QString, QString> &environment,
                                          const QString &label)
{
    const Result<CloudInitConfig> config = CloudInit::bootstrapConfig(script, environment, label);
    if (!config)
        return config.error();
    QByteArray data = CloudInit::userData(*config);
    if (data.size() > kMaxUserData)
        data = CloudInit::userData(*config, CloudInit::Compression::Gzip);
    if (data.size() > kMaxUserData)
        return Error{translate("the user-data is %1 bytes even compressed; EC2 takes at most %2.")
                         .arg(data.size())
                         .arg(kMaxUserData)};
    return data;
}

QString Ec2Connector::instanceName(const QString &runId, const InstanceName &instance)
{
    return u"slipway-"_s + toHostLabel(runId, 40) + u'-' + instance.hostLabel();
}

QString Ec2Connector::clientToken(const QString &runId, const InstanceName &instance)
{
    // At most 64 ASCII characters.
    return QString(toHostLabel(runId, 40) + u'-' + instance.hostLabel()).left(64);
}

Ec2Client::Params Ec2Connector::filter(int index, const QString &name, const QStringList &values)
{
    Ec2Client::Params params{{u"Filter.%1.Name"_s.arg(index), name}};
    for (int i = 0; i < values.size(); ++i)
        params.append({u"Filter.%1.Value.%2"_s.arg(index).arg(i + 1), values.at(i)});
    return params;
}

Ec2Client::Params Ec2Connector::runInstancesParams(const QString &runId,
                                                   const InstanceRequest &request,
                                                   const QString &owner,
                                                   const QByteArray &userData) const
{
    const InstanceResources &resources = request.resources;
    Ec2Client::Params p{
        {u"ImageId"_s, request.imageId},
        {u"InstanceType"_s,
         resources.instanceType.isEmpty() ? cloud().setting(QString(kInstanceType), u"t3.micro"_s)
                                          : resources.instanceType},
        {u"MinCount"_s, u"1"_s},
        {u"MaxCount"_s, u"1"_s},
        {u"ClientToken"_s, clientToken(runId, request.name)},
    };
    if (!userData.isEmpty())
        p.append({u"UserData"_s, QString::fromLatin1(userData.toBase64())});
    // IMDSv2 only: the user-data holds the instance's token.
    p.append({u"MetadataOptions.HttpTokens"_s, u"required"_s});
    const QString keyName = cloud().setting(QString(kKeyName));
    if (!keyName.isEmpty())
        p.append({u"KeyName"_s, keyName});

    QStringList groups = resources.securityGroups;
    if (groups.isEmpty())
        groups = cloud().setting(QString(kSecurityGroups)).split(u',', Qt::SkipEmptyParts);
    for (QString &g : groups)
        g = g.trimmed();
    QString subnet = cloud().setting(QString(kSubnet));
    if (resources.network.startsWith(u"subnet-"))
        subnet = resources.network;
    const bool publicIp = resources.network == u"public";
    const bool privateIp = resources.network == u"private";

    if (!subnet.isEmpty() && (publicIp || privateIp)) {
        // The public address is a property of the network interface.
        p.append({u"NetworkInterface.1.DeviceIndex"_s, u"0"_s});
        p.append({u"NetworkInterface.1.SubnetId"_s, subnet});
        p.append(
            {u"NetworkInterface.1.AssociatePublicIpAddress"_s, publicIp ? u"true"_s : u"false"_s});
        int n = 0;
        for (const QString &g : std::as_const(groups))
            p.append({u"NetworkInterface.1.SecurityGroupId.%1"_s.arg(++n), g});
    } else {
        if (!subnet.isEmpty())
            p.append({u"SubnetId"_s, subnet});
        int ids = 0;
        int names = 0;
        for (const QString &g : std::as_const(groups)) {
            if (g.startsWith(u"sg-"))
                p.append({u"SecurityGroupId.%1"_s.arg(++ids), g});
            else
                p.append({u"SecurityGroup.%1"_s.arg(++names), g});
        }
    }

    bool diskOk = false;
    const int diskGiB = QString(resources.disk)
                            .remove(u"GiB"_s)
                            .remove(u"GB"_s)
                            .remove(u'G')
                            .trimmed()
                            .toInt(&diskOk);
    if (diskOk && diskGiB > 0) {
        p.append({u"BlockDeviceMapping.1.DeviceName"_s,
                  cloud().setting(QString(kRootDevice), u"/dev/xvda"_s)});
        p.append({u"BlockDeviceMapping.1.Ebs.VolumeSize"_s, QString::number(diskGiB)});
        p.append({u"BlockDeviceMapping.1.Ebs.DeleteOnTermination"_s, u"true"_s});
    }

    const QList<std::pair<QString, QString>> tags{
        {u"Name"_s, instanceName(runId, request.name)},
        {u"slipway.run"_s, runId},
        {u"slipway.instance"_s, request.name.toString()},
        {u"slipway.owner"_s, owner},
    };
    p.append({u"TagSpecification.1.ResourceType"_s, u"instance"_s});
    for (int i = 0; i < tags.size(); ++i) {
        p.append({u"TagSpecification.1.Tag.%1.Key"_s.arg(i + 1), tags.at(i).first});
        p.append({u"TagSpecification.1.Tag.%1.Value"_s.arg(i + 1), tags.at(i).second});
    }
    return p;
}

ConnectorError Ec2Connector::cloudError(const QString &what,
                                        const Ec2Error &error,
                                        const QString &instance)
{
    ConnectorError e;
    e.code = ConnectorError::Code::Failed;
    e.instance = instance;
    e.message = what + u": "_s + error.toDisplayString();
    // The cloud's words name the failure; what to do about it is ours to say.
    static const QStringList credentials{u"AuthFailure"_s,
                                         u"SignatureDoesNotMatch"_s,
                                         u"IncompleteSignature"_s,
                                         u"InvalidClientTokenId"_s,
                                         u"UnrecognizedClientException"_s};
    if (credentials.contains(error.code))
        e.message += u' '
                     + translate("Check the cloud's access key id (setting %1) and its secret "
                                 "access key in the keychain: `slipway-cli cloud add` (or the "
                                 "cloud's settings in the application) stores them again.")
                           .arg(QString(kAccessKeyId));
    return e;
}

ProvisionOperation *Ec2Connector::provision(const ProvisionRequest &request)
{
    return new Ec2Provision(this, request);
}

BootstrapOperation *Ec2Connector::bootstrap(const BootstrapRequest &request)
{
    return new Ec2Bootstrap(this, request);
}

TerminateOperation *Ec2Connector::terminate(const TerminateRequest &request)
{
    return new Ec2Terminate(this, request);
}

TerminateOperation *Ec2Connector::cleanUpOrphans(const OrphanCleanUpRequest &request)
{
    return new Ec2OrphanCleanUp(this, request);
}

ImageBuildOperation *Ec2Connector::buildImage(const ImageBuildRequest &request)
{
    return new Ec2ImageBuild(this, request);
}

CheckOperation *Ec2Connector::check()
{
    return new Ec2Check(this);
}

} // namespace Slipway
