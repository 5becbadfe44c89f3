#pragma once

#include "core/connector/connector.h"
#include "core/connector/connectorregistry.h"

#include <QString>

namespace Slipway {

class OpenStackClient;

// OpenStack: Keystone v3, Nova, Neutron, Glance over their REST APIs.
// Each instance is a server slipway-<run>-<node>-<index> with metadata slipway_run,
// slipway_owner, slipway_instance and slipway_image (what orphan clean-up and terminate go
// by). Nodes reach the broker through slipway-relay (BrokerRoute::Relay) and are bootstrapped
// by cloud-init: each server is created with the user-data that runs its bootstrap
// (bootstrapsAtLaunch), so it boots once, and bootstrap() reads the bootstrap's exit status
// from the console log (a server whose token was renewed after a restart is rebuilt with new
// user-data, Nova microversion 2.57). Image builds run the build
// steps the same way on a server of the base image and snapshot it (createImage), reusing a
// snapshot whose slipway_cache_key matches. Secrets (password or application credential
// secret) come from the keychain only.
class OpenStackConnector : public Connector
{
    Q_OBJECT
public:
    static constexpr auto kKind = u"openstack";
    // Per-cloud resource defaults (an image's resource parameters win).
    static constexpr auto kFlavor = u"flavor";
    static constexpr auto kNetwork = u"network";
    static constexpr auto kFloatingNetwork = u"floating_network";
    static constexpr auto kKeyName = u"key_name";
    static constexpr auto kSecurityGroups = u"security_groups";
    static constexpr auto kPollInterval = u"poll_interval_ms";
    static constexpr auto kTimeout = u"timeout_s";

    // Server metadata keys.
    static constexpr auto kRunKey = u"slipway_run";
    static constexpr auto kOwnerKey = u"slipway_owner";
    static constexpr auto kInstanceKey = u"slipway_instance";
    static constexpr auto kImageKey = u"slipway_image";
    static constexpr auto kCacheKey = u"slipway_cache_key";

    explicit OpenStackConnector(const CloudConfig &cloud, QObject *parent = nullptr);

    static ConnectorKind connectorKind();

    ConnectorCapabilities capabilities() const override;
    ProvisionOperation *provision(const ProvisionRequest &request) override;
    BootstrapOperation *bootstrap(const BootstrapRequest &request) override;
    TerminateOperation *terminate(const TerminateRequest &request) override;
    TerminateOperation *cleanUpOrphans(const OrphanCleanUpRequest &request) override;
    ImageBuildOperation *buildImage(const ImageBuildRequest &request) override;
    CheckOperation *check() override;

    OpenStackClient *client() const { return m_client; }
    int pollIntervalMs() const;
    // How long one operation may wait for the cloud (servers, bootstrap, snapshots).
    int timeoutSeconds() const;

    // The keychain name of the secret a cloud with these settings authenticates with:
    // "password", or "application_credential_secret" with auth_type=application_credential.
    static QString secretName(const CloudConfig &cloud)
    {
        return cloud.setting(QStringLiteral("auth_type"))
                       == QLatin1StringView("application_credential")
                   ? QStringLiteral("application_credential_secret")
                   : QStringLiteral("password");
    }

    static QString serverPrefix(const QString &runId);
    static QString serverName(const QString &runId, const InstanceName &instance);

private:
    OpenStackClient *m_client;
};

} // namespace Slipway
