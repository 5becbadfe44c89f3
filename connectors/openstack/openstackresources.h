#pragma once

#include "connectors/openstack/openstackclient.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Slipway {

class OpenStackConnector;

// The OpenStack calls the operations are made of (Nova servers, Neutron ports and floating
// IPs, Glance images), each asynchronous with a callback that gets the value or the cloud's
// message. One object per operation: abort() stops its requests and its polling at once.
class OpenStackResources : public QObject
{
    Q_OBJECT
public:
    using JsonCallback = std::function<void(const QJsonObject &value, const QString &error)>;
    using ListCallback = std::function<void(const QJsonArray &items, const QString &error)>;
    using DoneCallback = std::function<void(const QString &error)>;

    static constexpr int kNoConsole = -1000;

    // Waits end with an error once the cloud's timeout_s has passed since this object was
    // made (one per operation).
    OpenStackResources(OpenStackConnector *connector, QObject *parent);

    void abort();

    // Any request; `done` gets the reply as it came.
    void send(const OpenStackRequest &request, OpenStackClient::Callback done);

    // Every item of a paginated list (Nova/Neutron "<key>_links" rel=next, Glance "next").
    void list(const QString &service, const QString &path, const QString &key, ListCallback done);

    // The flavour named or with the id `flavor`: its id.
    void findFlavor(const QString &flavor,
                    std::function<void(const QString &id, const QString &error)> done);
    // A network by id or name (external ones with `external`): its id.
    void findNetwork(const QString &network,
                     bool external,
                     std::function<void(const QString &id, const QString &error)> done);

    // An image by id or by name (Glance, active ones): its id. Ids are taken as they are.
    void findImage(const QString &image,
                   std::function<void(const QString &id, const QString &error)> done);

    // Polls the server until it is in `status` (default ACTIVE; SHUTOFF) with no task (the server's
    // JSON) or ERROR (its fault message) or gone.
    void waitForServer(const QString &serverId, JsonCallback done, const QString &status = {});
    // Polls the server's console log until the cloud-init bootstrap of `label` says how it
    // ended: its exit status, or kNoConsole when the cloud does not show console logs.
    void waitForBootstrap(const QString &serverId,
                          const QString &label,
                          std::function<void(int status, const QString &error)> done);
    // Gives the server a floating IP from `floatingNetworkId` on its first port: the address.
    void addFloatingIp(const QString &serverId,
                       const QString &floatingNetworkId,
                       const QString &description,
                       std::function<void(const QString &address, const QString &error)> done);
    // Releases the floating IPs of the server's ports, deletes the server and waits until it
    // is gone. A server already gone is no error.
    void deleteServer(const QString &serverId, DoneCallback done);
    // Polls a Glance image until it is active.
    void waitForImage(const QString &imageId, DoneCallback done);

    // The first IPv4 address of a server (fixed before floating), "" when it has none.
    static QString serverAddress(const QJsonObject &server);

private:
    // Runs `step` after the poll interval, or `expired` once the operation's time is up.
    void poll(std::function<void()> step, std::function<void(QString)> expired);
    void listPage(const QString &service,
                  const QString &url,
                  const QString &key,
                  QJsonArray items,
                  int page,
                  ListCallback done);

    OpenStackConnector *m_connector;
    OpenStackClient *m_client;
    QDeadlineTimer m_deadline;
    bool m_aborted = false;
    QList<QTimer *> m_timers;
};

} // namespace Slipway
