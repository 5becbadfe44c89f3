#include "openstackprovision.h"

#include "connectors/openstack/openstackbootstrap.h"
#include "connectors/openstack/openstackclient.h"
#include "connectors/openstack/openstackconnector.h"
#include "connectors/openstack/openstackresources.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

// MiB from "4096", "512m", "4g", "4GB"; -1 when it is no size.
qint64 mebibytes(QString text)
{
    text = text.trimmed().toLower();
    if (text.endsWith(u'b'))
        text.chop(1);
    qint64 factor = 1;
    if (text.endsWith(u'g')) {
        factor = 1024;
        text.chop(1);
    } else if (text.endsWith(u'm')) {
        text.chop(1);
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok && value > 0 ? qint64(value * double(factor)) : -1;
}

bool hasFlavor(const OpenStackConnector *connector, const InstanceRequest &instance)
{
    return !instance.resources.instanceType.isEmpty() || !instance.resources.cpu.isEmpty()
           || !instance.resources.ram.isEmpty()
           || !connector->cloud().setting(QString(OpenStackConnector::kFlavor)).isEmpty();
}

QStringList securityGroupsOf(const OpenStackConnector *connector, const InstanceRequest &instance)
{
    if (!instance.resources.securityGroups.isEmpty())
        return instance.resources.securityGroups;
    QStringList groups;
    for (const QString &g : connector->cloud()
                                .setting(QString(OpenStackConnector::kSecurityGroups))
                                .split(u',', Qt::SkipEmptyParts))
        groups << g.trimmed();
    return groups;
}

} // namespace

OpenStackProvision::OpenStackProvision(OpenStackConnector *connector,
                                       const ProvisionRequest &request)
    : ProvisionOperation(request.runId, connector)
    , m_connector(connector)
    , m_request(request)
    , m_resources(new OpenStackResources(connector, this))
{}

Result<QString> OpenStackProvision::chooseFlavor(const QJsonArray &flavors,
                                                 const InstanceResources &resources,
                                                 const QString &defaultFlavor)
{
    const auto byName = [&](const QString &wanted) -> Result<QString> {
        for (const QJsonValue &v : flavors) {
            const QJsonObject f = v.toObject();
            if (f.value(u"id"_s).toString() == wanted || f.value(u"name"_s).toString() == wanted)
                return f.value(u"id"_s).toString();
        }
        return Error{tr("There is no flavour %1.").arg(wanted)};
    };
    if (!resources.instanceType.isEmpty())
        return byName(resources.instanceType);
    if (resources.cpu.isEmpty() && resources.ram.isEmpty())
        return byName(defaultFlavor);

    // The smallest flavour with at least the CPUs and the RAM asked for.
    const int cpu = resources.cpu.isEmpty() ? 0 : resources.cpu.toInt();
    const qint64 ram = resources.ram.isEmpty() ? 0 : mebibytes(resources.ram);
    if (cpu < 0 || ram < 0 || (!resources.cpu.isEmpty() && cpu == 0))
        return Error{tr("cpu %1 and ram %2 are not numbers of CPUs and MiB.")
                         .arg(resources.cpu, resources.ram)};
    QJsonObject best;
    for (const QJsonValue &v : flavors) {
        const QJsonObject f = v.toObject();
        const int vcpus = f.value(u"vcpus"_s).toInt();
        const qint64 mib = qint64(f.value(u"ram"_s).toDouble());
        if (vcpus < cpu || mib < ram)
            continue;
        if (best.isEmpty() || vcpus < best.value(u"vcpus"_s).toInt()
            || (vcpus == best.value(u"vcpus"_s).toInt()
                && mib < qint64(best.value(u"ram"_s).toDouble())))
            best = f;
    }
    if (best.isEmpty())
        return Error{tr("No flavour has at least %1 CPUs and %2 MiB of RAM.").arg(cpu).arg(ram)};
    return best.value(u"id"_s).toString();
}

QJsonObject OpenStackProvision::serverBody(const ProvisionRequest &request,
                                           const InstanceRequest &instance,
                                           const QString &flavorId,
                                           const QString &networkId,
                                           const QStringList &securityGroups,
                                           const QString &keyName,
                                           const QByteArray &userData)
{
    QJsonObject server{
        {u"name"_s, OpenStackConnector::serverName(request.runId, instance.name)},
        {u"flavorRef"_s, flavorId},
        {u"metadata"_s,
         QJsonObject{
             {QString(OpenStackConnector::kRunKey), request.runId},
             {QString(OpenStackConnector::kOwnerKey), request.owner},
             {QString(OpenStackConnector::kInstanceKey), instance.name.toString()},
             {QString(OpenStackConnector::kImageKey), instance.imageId},
         }},
    };
    bool diskOk = false;
    const int disk = instance.resources.disk.toInt(&diskOk);
    if (diskOk && disk > 0) {
        // A root disk of the asked size: boot from a volume made from the image.
        server.insert(u"imageRef"_s, QString());
        server.insert(u"block_device_mapping_v2"_s,
                      QJsonArray{QJsonObject{
                          {u"boot_index"_s, 0},
                          {u"uuid"_s, instance.imageId},
                          {u"source_type"_s, u"image"_s},
                          {u"destination_type"_s, u"volume"_s},
                          {u"volume_size"_s, disk},
                          {u"delete_on_termination"_s, true},
                      }});
    } else {
        server.insert(u"imageRef"_s, instance.imageId);
    }
    if (!networkId.isEmpty())
        server.insert(u"networks"_s, QJsonArray{QJsonObject{{u"uuid"_s, networkId}}});
    if (!securityGroups.isEmpty()) {
        QJsonArray groups;
        for (const QString &g : securityGroups)
            groups.append(QJsonObject{{u"name"_s, g}});
        server.insert(u"security_groups"_s, groups);
    }
    if (!keyName.isEmpty())
        server.insert(u"key_name"_s, keyName);
    if (!userData.isEmpty())
        server.insert(u"user_data"_s, QString::fromLatin1(userData));
    return QJsonObject{{u"server"_s, server}};
}

void OpenStackProvision::start()
{
    if (m_request.instances.isEmpty() || m_request.runId.isEmpty()) {
        finish(ConnectorError{ConnectorError::Code::InvalidRequest,
                              tr("Nothing to provision: the request names no run or no "
                                 "instance."),
                              {},
                              -1,
                              {}});
        return;
    }
    for (const InstanceRequest &i : std::as_const(m_request.instances)) {
        if (!hasFlavor(m_connector, i) || i.imageId.isEmpty()) {
            finish(ConnectorError{ConnectorError::Code::InvalidRequest,
                                  i.imageId.isEmpty()
                                      ? tr("%1 has no image in cloud %2.")
                                            .arg(i.name.toString(), m_connector->cloud().name)
                                      : tr("%1 has no flavour: set the image's instance type "
                                           "(or cpu and ram) or the cloud's flavor setting.")
                                            .arg(i.name.toString()),
                                  i.name.toString(),
                                  -1,
                                  {}});
            return;
        }
    }
    reportProgress(tr("Looking up flavours and networks"), 0, int(m_request.instances.size()));
    resolveThenCreate();
}

void OpenStackProvision::resolveThenCreate()
{
    // Everything the servers refer to by name is looked up once, then all servers start.
    auto left = std::make_shared<int>(1);
    auto failed = std::make_shared<bool>(false);
    const auto fail = [this, failed](const QString &error) {
        if (*failed || isFinished())
            return;
        *failed = true;
        finish(ConnectorError{ConnectorError::Code::Failed, error, {}, -1, {}});
    };
    const auto stepDone = [this, left, failed] {
        if (--*left > 0 || *failed || isFinished())
            return;
        m_pending = int(m_request.instances.size());
        for (const InstanceRequest &i : std::as_const(m_request.instances))
            create(i);
    };

    ++*left;
    m_resources->list(u"compute"_s,
                      u"/flavors/detail"_s,
                      u"flavors"_s,
                      [this, fail, stepDone](const QJsonArray &flavors, const QString &error) {
                          if (!error.isEmpty()) {
                              fail(error);
                              return;
                          }
                          const QString fallback = m_connector->cloud().setting(
                              QString(OpenStackConnector::kFlavor));
                          for (const InstanceRequest &i : std::as_const(m_request.instances)) {
                              const Result<QString> id = chooseFlavor(flavors,
                                                                      i.resources,
                                                                      fallback);
                              if (!id) {
                                  fail(tr("%1 in cloud %2: %3")
                                           .arg(i.name.toString(),
                                                m_connector->cloud().name,
                                                id.errorMessage()));
                                  return;
                              }
                              m_flavorIds.insert(i.name.toString(), *id);
                          }
                          stepDone();
                      });

    const QString network = m_connector->cloud().setting(QString(OpenStackConnector::kNetwork));
    if (!network.isEmpty()) {
        ++*left;
        m_resources->findNetwork(network,
                                 false,
                                 [this, fail, stepDone](const QString &id, const QString &error) {
                                     if (!error.isEmpty()) {
                                         fail(error);
                                         return;
                                     }
                                     m_networkId = id;
                                     stepDone();
                                 });
    }
    const bool anyPublic = std::any_of(m_request.instances.cbegin(),
                                       m_request.instances.cend(),
                                       [](const InstanceRequest &i) {
                                           return i.resources.network == u"public"_s;
                                       });
    if (anyPublic) {
        ++*left;
        m_resources->findNetwork(m_connector->cloud().setting(
                                     QString(OpenStackConnector::kFloatingNetwork)),
                                 true,
                                 [this, fail, stepDone](const QString &id, const QString &error) {
                                     if (!error.isEmpty()) {
                                         fail(error);
                                         return;
                                     }
                                     m_floatingNetworkId = id;
                                     stepDone();
                                 });
    }
    // Images given by name (ids pass through without a request).
    QStringList images;
    for (const InstanceRequest &i : std::as_const(m_request.instances)) {
        if (!images.contains(i.imageId))
            images << i.imageId;
    }
    for (const QString &image : std::as_const(images)) {
        ++*left;
        m_resources->findImage(image,
                               [this, image, fail, stepDone](const QString &id,
                                                             const QString &error) {
                                   if (!error.isEmpty()) {
                                       fail(error);
                                       return;
                                   }
                                   m_imageIds.insert(image, id);
                                   stepDone();
                               });
    }
    stepDone();
}

void OpenStackProvision::create(const InstanceRequest &requested)
{
    InstanceRequest instance = requested;
    instance.imageId = m_imageIds.value(requested.imageId, requested.imageId);
    const QString name = instance.name.toString();
    reportProgress(tr("Starting %1").arg(name), m_done, int(m_request.instances.size()), name);
    QByteArray userData;
    if (!instance.bootstrapScript.isEmpty()) {
        // The servers reach the broker only through slipway-relay: without its address the
        // node could never report, and the run would only time out.
        if (instance.bootstrapEnvironment.value(u"SLIPWAY_BROKER_URL"_s).isEmpty()) {
            instanceDone(instance,
                         {},
                         tr("OpenStack servers reach the broker through slipway-relay, and no "
                            "relay is configured."));
            return;
        }
        const Result<QByteArray> data = OpenStackBootstrap::userData(
            instance.bootstrapScript,
            instance.bootstrapEnvironment,
            OpenStackBootstrap::launchLabel(instance.name, instance.bootstrapEnvironment));
        if (!data) {
            instanceDone(instance, {}, data.errorMessage());
            return;
        }
        userData = *data;
    }
    const QJsonObject body = serverBody(m_request,
                                        instance,
                                        m_flavorIds.value(instance.name.toString()),
                                        m_networkId,
                                        securityGroupsOf(m_connector, instance),
                                        m_connector->cloud().setting(
                                            QString(OpenStackConnector::kKeyName)),
                                        userData);
    m_resources->send(
        {u"compute"_s, "POST", u"/servers"_s, body, true, {}},
        [this, instance](const OpenStackReply &r) {
            if (!r.ok()) {
                instanceDone(instance, {}, r.errorMessage);
                return;
            }
            const QString id = r.json.value(u"server"_s).toObject().value(u"id"_s).toString();
            m_resources->waitForServer(
                id, [this, instance, id](const QJsonObject &server, const QString &error) {
                    if (!error.isEmpty()) {
                        instanceDone(instance, id, error);
                        return;
                    }
                    Instance started;
                    started.name = instance.name;
                    started.instanceId = id;
                    started.handle = server.value(u"name"_s).toString();
                    started.hostname = OpenStackResources::serverAddress(server);
                    started.imageId = instance.imageId;
                    // The login user is the image's: the key pair's user on the address.
                    started.sshUrl = u"ssh://"_s + started.hostname;
                    if (instance.resources.network != u"public"_s) {
                        addInstance(started);
                        instanceDone(instance, id, {});
                        return;
                    }
                    m_resources->addFloatingIp(id,
                                               m_floatingNetworkId,
                                               u"slipway run %1 %2"_s.arg(m_request.runId,
                                                                          instance.name.toString()),
                                               [this,
                                                instance,
                                                id,
                                                started](const QString &address,
                                                         const QString &error) mutable {
                                                   if (!error.isEmpty()) {
                                                       instanceDone(instance, id, error);
                                                       return;
                                                   }
                                                   started.hostname = address;
                                                   started.sshUrl = u"ssh://"_s + address;
                                                   addInstance(started);
                                                   instanceDone(instance, id, {});
                                               });
                });
        });
}

void OpenStackProvision::instanceDone(const InstanceRequest &instance,
                                      const QString &serverId,
                                      const QString &error)
{
    const QString name = instance.name.toString();
    ++m_done;
    if (!error.isEmpty()) {
        addFailure(ConnectorError{ConnectorError::Code::Failed,
                                  tr("%1 could not be started: %2").arg(name, error),
                                  name,
                                  -1,
                                  {}});
        // A server that did not come up is of no use: remove it (best effort).
        // One request, sent now: it must not depend on this operation living on.
        if (!serverId.isEmpty())
            m_resources->send({u"compute"_s, "DELETE", u"/servers/"_s + serverId, {}, false, {}},
                              [](const OpenStackReply &) {});
    } else {
        reportProgress(tr("%1 is up").arg(name), m_done, int(m_request.instances.size()), name);
    }
    if (--m_pending > 0)
        return;
    finish(failures().isEmpty() ? std::nullopt : std::optional(failures().first()));
}

void OpenStackProvision::stop()
{
    m_resources->abort();
    finish(cancelledError());
}

} // namespace Slipway
