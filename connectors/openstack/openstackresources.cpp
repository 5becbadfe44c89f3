#include "openstackresources.h"

#include "connectors/openstack/openstackconnector.h"
#include "core/connector/cloudinit.h"

#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

// Bounds every list: a cloud that keeps sending "next" cannot keep us forever.
constexpr int kMaxPages = 200;

QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

OpenStackResources::OpenStackResources(OpenStackConnector *connector, QObject *parent)
    : QObject(parent)
    , m_connector(connector)
    , m_client(connector->client())
    , m_deadline(std::chrono::seconds(connector->timeoutSeconds()))
{}

void OpenStackResources::abort()
{
    m_aborted = true;
    for (QTimer *t : std::as_const(m_timers))
        t->stop();
    m_client->abort(this);
}

void OpenStackResources::send(const OpenStackRequest &request, OpenStackClient::Callback done)
{
    if (m_aborted)
        return;
    m_client->send(request, this, [this, done](const OpenStackReply &r) {
        if (!m_aborted)
            done(r);
    });
}

void OpenStackResources::poll(std::function<void()> step, std::function<void(QString)> expired)
{
    if (m_aborted)
        return;
    if (m_deadline.hasExpired()) {
        expired(tr("it did not happen within %1 s (the cloud's timeout_s setting)")
                    .arg(m_connector->timeoutSeconds()));
        return;
    }
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    m_timers << timer;
    connect(timer, &QTimer::timeout, this, [this, timer, step] {
        m_timers.removeOne(timer);
        timer->deleteLater();
        if (!m_aborted)
            step();
    });
    timer->start(m_connector->pollIntervalMs());
}

void OpenStackResources::list(const QString &service,
                              const QString &path,
                              const QString &key,
                              ListCallback done)
{
    listPage(service, path, key, {}, 1, std::move(done));
}

void OpenStackResources::listPage(const QString &service,
                                  const QString &url,
                                  const QString &key,
                                  QJsonArray items,
                                  int page,
                                  ListCallback done)
{
    send({service, "GET", url, {}, false, {}},
         [this, service, key, items, page, done](const OpenStackReply &r) mutable {
             if (!r.ok()) {
                 done({}, r.errorMessage);
                 return;
             }
             const QJsonArray got = r.json.value(key).toArray();
             for (const QJsonValue &v : got)
                 items.append(v);
             QString next;
             for (const QJsonValue &l : r.json.value(key + u"_links"_s).toArray()) {
                 if (l.toObject().value(u"rel"_s).toString() == u"next"_s)
                     next = l.toObject().value(u"href"_s).toString();
             }
             if (next.isEmpty())
                 next = r.json.value(u"next"_s).toString(); // Glance
             if (next.isEmpty() || got.isEmpty() || page >= kMaxPages) {
                 done(items, {});
                 return;
             }
             // Links name the cloud's public host, which may not be the endpoint we were
             // given (a proxy, the tests' server): keep their path and query only, on the
             // endpoint's own origin.
             const QUrl link(next);
             QUrl origin(m_client->endpoint(service));
             origin.setPath(link.path());
             origin.setQuery(link.query(QUrl::FullyEncoded), QUrl::StrictMode);
             listPage(service, origin.toString(QUrl::FullyEncoded), key, items, page + 1, done);
         });
}

void OpenStackResources::findFlavor(const QString &flavor,
                                    std::function<void(const QString &, const QString &)> done)
{
    list(u"compute"_s,
         u"/flavors/detail"_s,
         u"flavors"_s,
         [flavor, done](const QJsonArray &items, const QString &error) {
             if (!error.isEmpty()) {
                 done({}, error);
                 return;
             }
             for (const QJsonValue &v : items) {
                 const QJsonObject f = v.toObject();
                 if (f.value(u"id"_s).toString() == flavor
                     || f.value(u"name"_s).toString() == flavor) {
                     done(f.value(u"id"_s).toString(), {});
                     return;
                 }
             }
             done({}, tr("There is no flavour named %1.").arg(flavor));
         });
}

void OpenStackResources::findNetwork(const QString &network,
                                     bool external,
                                     std::function<void(const QString &, const QString &)> done)
{
    const QString query = network.isEmpty() ? u"router:external=true"_s
                                            : u"name="_s + encoded(network);
    list(u"network"_s,
         u"/v2.0/networks?"_s + query,
         u"networks"_s,
         [this, network, external, done](const QJsonArray &items, const QString &error) {
             if (!error.isEmpty()) {
                 done({}, error);
                 return;
             }
             if (!items.isEmpty()) {
                 done(items.first().toObject().value(u"id"_s).toString(), {});
                 return;
             }
             if (network.isEmpty()) {
                 done({}, tr("The cloud has no external network for floating IPs."));
                 return;
             }
             // Not a name: maybe an id.
             send({u"network"_s, "GET", u"/v2.0/networks/"_s + encoded(network), {}, false, {}},
                  [network, external, done](const OpenStackReply &r) {
                      if (r.ok())
                          done(r.json.value(u"network"_s).toObject().value(u"id"_s).toString(), {});
                      else
                          done({},
                               (external ? tr("There is no external network %1.")
                                         : tr("There is no network %1."))
                                   .arg(network));
                  });
         });
}

void OpenStackResources::findImage(const QString &image,
                                   std::function<void(const QString &, const QString &)> done)
{
    if (!QUuid::fromString(image).isNull()) {
        done(image, {});
        return;
    }
    list(u"image"_s,
         u"/v2/images?status=active&name="_s + encoded(image),
         u"images"_s,
         [image, done](const QJsonArray &images, const QString &error) {
             if (!error.isEmpty()) {
                 done({}, error);
                 return;
             }
             for (const QJsonValue &v : images) {
                 if (v.toObject().value(u"name"_s).toString() == image) {
                     done(v.toObject().value(u"id"_s).toString(), {});
                     return;
                 }
             }
             done({}, tr("There is no active image named %1.").arg(image));
         });
}

void OpenStackResources::waitForServer(const QString &serverId,
                                       JsonCallback done,
                                       const QString &wanted)
{
    send({u"compute"_s, "GET", u"/servers/"_s + serverId, {}, false, {}},
         [this, serverId, done, wanted](const OpenStackReply &r) {
             if (r.status == 404) {
                 done({}, tr("The server %1 is gone.").arg(serverId));
                 return;
             }
             if (!r.ok()) {
                 done({}, r.errorMessage);
                 return;
             }
             const QJsonObject server = r.json.value(u"server"_s).toObject();
             const QString status = server.value(u"status"_s).toString();
             const QJsonValue task = server.value(u"OS-EXT-STS:task_state"_s);
             if (status == u"ERROR"_s) {
                 const QString fault
                     = server.value(u"fault"_s).toObject().value(u"message"_s).toString();
                 done({},
                      fault.isEmpty() ? tr("The server went into ERROR.")
                                      : tr("The server went into ERROR: %1").arg(fault));
                 return;
             }
             if (status == (wanted.isEmpty() ? u"ACTIVE"_s : wanted)
                 && (task.isNull() || task.isUndefined())) {
                 done(server, {});
                 return;
             }
             poll([this, serverId, done, wanted] { waitForServer(serverId, done, wanted); },
                  [done, status, wanted](const QString &why) {
                      done({},
                           tr("The server stayed %1 instead of %2: %3")
                               .arg(status, wanted.isEmpty() ? u"ACTIVE"_s : wanted, why));
                  });
         });
}

void OpenStackResources::waitForBootstrap(const QString &serverId,
                                          const QString &label,
                                          std::function<void(int, const QString &)> done)
{
    OpenStackRequest request{u"compute"_s,
                             "POST",
                             u"/servers/"_s + serverId + u"/action"_s,
                             QJsonObject{
                                 {u"os-getConsoleOutput"_s, QJsonObject{{u"length"_s, 200}}}},
                             true,
                             {}};
    send(request, [this, serverId, label, done](const OpenStackReply &r) {
        // Clouds may forbid or lack the console log: the node then reports through the broker.
        if (r.status == 403 || r.status == 409 || r.status == 501) {
            done(kNoConsole, {});
            return;
        }
        if (!r.ok()) {
            done(-1, r.errorMessage);
            return;
        }
        const std::optional<int> status = CloudInit::exitStatus(r.json.value(u"output"_s).toString(),
                                                                label);
        if (status) {
            done(*status, {});
            return;
        }
        poll([this, serverId, label, done] { waitForBootstrap(serverId, label, done); },
             [done](const QString &why) {
                 done(-1, tr("The bootstrap reported no exit status on the console: %1").arg(why));
             });
    });
}

void OpenStackResources::addFloatingIp(const QString &serverId,
                                       const QString &floatingNetworkId,
                                       const QString &description,
                                       std::function<void(const QString &, const QString &)> done)
{
    list(u"network"_s,
         u"/v2.0/ports?device_id="_s + encoded(serverId),
         u"ports"_s,
         [this, floatingNetworkId, description, serverId, done](const QJsonArray &ports,
                                                                const QString &error) {
             if (!error.isEmpty() || ports.isEmpty()) {
                 done({},
                      error.isEmpty()
                          ? tr("The server %1 has no port for a floating IP.").arg(serverId)
                          : error);
                 return;
             }
             const QString port = ports.first().toObject().value(u"id"_s).toString();
             const QJsonObject body{{u"floatingip"_s,
                                     QJsonObject{
                                         {u"floating_network_id"_s, floatingNetworkId},
                                         {u"port_id"_s, port},
                                         {u"description"_s, description},
                                     }}};
             send({u"network"_s, "POST", u"/v2.0/floatingips"_s, body, true, {}},
                  [done](const OpenStackReply &r) {
                      if (!r.ok()) {
                          done({}, r.errorMessage);
                          return;
                      }
                      done(r.json.value(u"floatingip"_s)
                               .toObject()
                               .value(u"floating_ip_address"_s)
                               .toString(),
                           {});
                  });
         });
}

void OpenStackResources::deleteServer(const QString &serverId, DoneCallback done)
{
    const auto removeServer = [this, serverId, done] {
        send({u"compute"_s, "DELETE", u"/servers/"_s + serverId, {}, false, {}},
             [this, serverId, done](const OpenStackReply &r) {
                 if (r.status == 404) {
                     done({});
                     return;
                 }
                 if (!r.ok()) {
                     done(r.errorMessage);
                     return;
                 }
                 // Deleted when Nova no longer knows it (or shows it DELETED).
                 auto check = std::make_shared<std::function<void()>>();
                 *check = [this, serverId, done, check] {
                     send({u"compute"_s, "GET", u"/servers/"_s + serverId, {}, false, {}},
                          [this, done, check](const OpenStackReply &r) {
                              const QString status = r.json.value(u"server"_s)
                                                         .toObject()
                                                         .value(u"status"_s)
                                                         .toString();
                              if (r.status == 404 || status == u"DELETED"_s) {
                                  done({});
                                  *check = nullptr; // breaks the cycle
                                  return;
                              }
                              if (!r.ok()) {
                                  done(r.errorMessage);
                                  *check = nullptr;
                                  return;
                              }
                              poll(*check, [done, check](const QString &why) {
                                  done(tr("The server was not deleted: %1").arg(why));
                                  *check = nullptr;
                              });
                          });
                 };
                 (*check)();
             });
    };
    // Floating IPs outlive their server in Neutron: release them first.
    list(u"network"_s,
         u"/v2.0/ports?device_id="_s + encoded(serverId),
         u"ports"_s,
         [this, removeServer, done](const QJsonArray &ports, const QString &error) {
             if (!error.isEmpty()) {
                 done(error);
                 return;
             }
             if (ports.isEmpty()) {
                 removeServer();
                 return;
             }
             auto left = std::make_shared<int>(int(ports.size()));
             auto failure = std::make_shared<QString>();
             for (const QJsonValue &p : ports) {
                 const QString port = p.toObject().value(u"id"_s).toString();
                 list(u"network"_s,
                      u"/v2.0/floatingips?port_id="_s + encoded(port),
                      u"floatingips"_s,
                      [this, left, failure, removeServer, done](const QJsonArray &ips,
                                                                const QString &error) {
                          if (!error.isEmpty())
                              *failure = error;
                          auto ipsLeft = std::make_shared<int>(int(ips.size()));
                          const auto portDone = [left, failure, removeServer, done] {
                              if (--*left > 0)
                                  return;
                              if (failure->isEmpty())
                                  removeServer();
                              else
                                  done(*failure);
                          };
                          if (ips.isEmpty()) {
                              portDone();
                              return;
                          }
                          for (const QJsonValue &ip : ips) {
                              const QString id = ip.toObject().value(u"id"_s).toString();
                              send({u"network"_s,
                                    "DELETE",
                                    u"/v2.0/floatingips/"_s + id,
                                    {},
                                    false,
                                    {}},
                                   [ipsLeft, failure, portDone](const OpenStackReply &r) {
                                       if (!r.ok() && r.status != 404)
                                           *failure = r.errorMessage;
                                       if (--*ipsLeft == 0)
                                           portDone();
                                   });
                          }
                      });
             }
         });
}

void OpenStackResources::waitForImage(const QString &imageId, DoneCallback done)
{
    send({u"image"_s, "GET", u"/v2/images/"_s + imageId, {}, false, {}},
         [this, imageId, done](const OpenStackReply &r) {
             if (!r.ok() && r.status != 404) {
                 done(r.errorMessage);
                 return;
             }
             const QString status = r.json.value(u"status"_s).toString();
             if (status == u"active"_s) {
                 done({});
                 return;
             }
             if (status == u"killed"_s || status == u"deleted"_s || status == u"pending_delete"_s) {
                 done(tr("The snapshot %1 failed (Glance status %2).").arg(imageId, status));
                 return;
             }
             // 404 too: Nova registers the snapshot with Glance a moment after answering.
             poll([this, imageId, done] { waitForImage(imageId, done); },
                  [done, imageId](const QString &why) {
                      done(tr("The snapshot %1 did not become active: %2").arg(imageId, why));
                  });
         });
}

QString OpenStackResources::serverAddress(const QJsonObject &server)
{
    QString floating;
    const QJsonObject addresses = server.value(u"addresses"_s).toObject();
    for (auto it = addresses.constBegin(); it != addresses.constEnd(); ++it) {
        for (const QJsonValue &a : it->toArray()) {
            const QJsonObject address = a.toObject();
            if (address.value(u"version"_s).toInt() != 4)
                continue;
            if (address.value(u"OS-EXT-IPS:type"_s).toString() == u"floating"_s) {
                if (floating.isEmpty())
                    floating = address.value(u"addr"_s).toString();
                continue;
            }
            return address.value(u"addr"_s).toString();
        }
    }
    return floating;
}

} // namespace Slipway
