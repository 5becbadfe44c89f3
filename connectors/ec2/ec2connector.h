#pragma once

#include "connectors/ec2/ec2client.h"
#include "core/connector/connector.h"
#include "core/connector/connectorregistry.h"
#include "core/model/result.h"

#include <QHash>

#include <functional>
#include <memory>

namespace Slipway {

// A connector error with a message fit to show.
ConnectorError ec2Failure(ConnectorError::Code code,
                          const QString &message,
                          const QString &instance = {});

// One instance as DescribeInstances and RunInstances describe it.
struct Ec2Instance
{
    QString id;
    QString state; // pending, running, shutting-down, terminated, stopping, stopped
    QString privateIp;
    QString publicIp;
    QString stateReason;
    QHash<QString, QString> tags;

    static Ec2Instance fromItem(const XmlElement &item);
    // Every instance of every reservation of DescribeInstances pages.
    static QList<Ec2Instance> fromDescribe(const QList<XmlElement> &pages);
};

// AWS EC2 through the EC2 Query API signed with SigV4. Instances are tagged
// Name=slipway-<run>-<node>-<index>, slipway.run, slipway.instance and slipway.owner; the
// nodes reach the broker through slipway-relay (BrokerRoute::Relay) and are bootstrapped by
// cloud-init user-data. The access key id is a setting; the secret access key lives only in
// the keychain, as "<cloud>/secret-access-key".
//
// EC2 takes user-data only when an instance is launched (bootstrapsAtLaunch): provision()
// checks the images, launches each instance with the user-data that runs its bootstrap and
// waits until it runs; bootstrap() follows that bootstrap to the exit status the console
// output shows.
class Ec2Connector : public Connector
{
    Q_OBJECT
public:
    static constexpr auto kKind = u"ec2";
    static constexpr auto kSecretName = u"secret-access-key";

    // Settings (ConnectorKind::settings describes them).
    static constexpr auto kRegion = u"region";
    static constexpr auto kEndpoint = u"endpoint";
    static constexpr auto kAccessKeyId = u"access-key-id";
    static constexpr auto kCaFile = u"ca-file";
    static constexpr auto kInstanceType = u"instance-type";
    static constexpr auto kKeyName = u"key-name";
    static constexpr auto kSecurityGroups = u"security-groups";
    static constexpr auto kSubnet = u"subnet-id";
    static constexpr auto kRootDevice = u"root-device";
    static constexpr auto kPollInterval = u"poll-interval-ms";
    static constexpr auto kRetryDelay = u"retry-delay-ms";

    explicit Ec2Connector(const CloudConfig &cloud, QObject *parent = nullptr);
    ~Ec2Connector() override;

    static ConnectorKind connectorKind();

    ConnectorCapabilities capabilities() const override;
    ProvisionOperation *provision(const ProvisionRequest &request) override;
    BootstrapOperation *bootstrap(const BootstrapRequest &request) override;
    TerminateOperation *terminate(const TerminateRequest &request) override;
    TerminateOperation *cleanUpOrphans(const OrphanCleanUpRequest &request) override;
    ImageBuildOperation *buildImage(const ImageBuildRequest &request) override;
    CheckOperation *check() override;

    // The client, once the secret access key was read from the keychain (once per
    // connector). `done` gets nullptr and a message fit to show when it cannot be made.
    void withClient(QObject *context, std::function<void(Ec2Client *, const QString &error)> done);

    // The RunInstances parameters of one instance; userData (raw, not base64) may be empty.
    Ec2Client::Params runInstancesParams(const QString &runId,
                                         const InstanceRequest &request,
                                         const QString &owner,
                                         const QByteArray &userData) const;
    // The user-data that runs `script` with `environment` at first boot under `label`:
    // gzip-compressed past EC2's 16 KiB, an error when even that is too large.
    static Result<QByteArray> userData(const QByteArray &script,
                                       const QMap<QString, QString> &environment,
                                       const QString &label);
    // EC2 takes at most 16 KiB of user-data, before its base64 encoding.
    static constexpr qsizetype kMaxUserData = 16 * 1024;

    static QString instanceName(const QString &runId, const InstanceName &instance);
    // Idempotency token of a launch: a retried RunInstances never starts a second instance.
    static QString clientToken(const QString &runId, const InstanceName &instance);
    // "Filter.N.Name=tag:slipway.run ..." parameters, N from `first`.
    static Ec2Client::Params filter(int index, const QString &name, const QStringList &values);

    std::chrono::milliseconds pollInterval() const { return m_pollInterval; }

    // An error of the cloud, as a ConnectorError whose message names what failed.
    static ConnectorError cloudError(const QString &what,
                                     const Ec2Error &error,
                                     const QString &instance = {});

private:
    std::unique_ptr<Ec2Client> m_client;
    std::chrono::milliseconds m_pollInterval{5000};
    QList<std::pair<QPointer<QObject>, std::function<void(Ec2Client *, const QString &)>>> m_waiting;
    bool m_readingSecret = false;
};

} // namespace Slipway
