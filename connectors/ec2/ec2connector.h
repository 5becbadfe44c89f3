#pragma once

#include "connectors/ec2/ec2client.h"
#include "core/connector/connector.h"
#include "core/connector/connectorregistry.h"

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
// EC2 takes user-data only when an instance is launched, and the run engine hands the
// bootstrap (script, token) to bootstrap(), after provision(): provision() checks what the
// run asks for (the images exist and are available) and reserves the instances; bootstrap()
// launches each one with its user-data, waits until it runs and reads the bootstrap's exit
// status from its console output.
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

    // What provision() reserved for bootstrap(): the instance's image and resources.
    struct Reservation
    {
        InstanceRequest request;
        QString owner;
    };
    std::optional<Reservation> reservation(const QString &runId, const InstanceName &name) const;
    void reserve(const QString &runId, const Reservation &reservation);
    void release(const QString &runId, const QString &instance = {});

    // The RunInstances parameters of one instance.
    Ec2Client::Params runInstancesParams(const QString &runId,
                                         const Reservation &reservation,
                                         const QByteArray &userData) const;

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
    QHash<QString, QHash<QString, Reservation>> m_reservations; // run -> instance -> what
    QList<std::pair<QPointer<QObject>, std::function<void(Ec2Client *, const QString &)>>> m_waiting;
    bool m_readingSecret = false;
};

} // namespace Slipway
