#pragma once

#include "core/connector/connectoroperation.h"
#include "core/model/result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Slipway {

class OpenStackConnector;
class OpenStackResources;

// Creates one Nova server per instance (in parallel): flavour, image (by id or Glance
// name), key pair, security
// groups, network and disk from the instance's resources or the cloud's settings, metadata
// naming the run, owner and instance, and the instance's bootstrap as cloud-init user-data
// (it boots once, with it); waits for ACTIVE and, for network=public, gives it a floating IP. A server that goes into ERROR is deleted and reported with Nova's fault.
class OpenStackProvision final : public ProvisionOperation
{
    Q_OBJECT
public:
    OpenStackProvision(OpenStackConnector *connector, const ProvisionRequest &request);

    // The flavour id for an instance from Nova's flavours (with vcpus and ram, as
    // /flavors/detail gives them): the one its instance type names, else the smallest with
    // at least its cpu and ram (MiB, or "4g"), else the cloud's default flavour.
    static Result<QString> chooseFlavor(const QJsonArray &flavors,
                                        const InstanceResources &resources,
                                        const QString &defaultFlavor);

    // The body of POST /servers for one instance.
    static QJsonObject serverBody(const ProvisionRequest &request,
                                  const InstanceRequest &instance,
                                  const QString &flavorId,
                                  const QString &networkId,
                                  const QStringList &securityGroups,
                                  const QString &keyName,
                                  const QByteArray &userData = {});

protected:
    void start() override;
    void stop() override;

private:
    void resolveThenCreate();
    void create(const InstanceRequest &requested);
    void instanceDone(const InstanceRequest &instance,
                      const QString &serverId,
                      const QString &error);

    OpenStackConnector *m_connector;
    ProvisionRequest m_request;
    OpenStackResources *m_resources;
    QHash<QString, QString> m_flavorIds; // instance -> flavour id
    QHash<QString, QString> m_imageIds;  // as requested (id or name) -> id
    QString m_networkId;
    QString m_floatingNetworkId;
    int m_pending = 0;
    int m_done = 0;
};

} // namespace Slipway
