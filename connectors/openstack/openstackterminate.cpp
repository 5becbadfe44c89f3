#include "openstackterminate.h"

#include "connectors/openstack/openstackclient.h"
#include "connectors/openstack/openstackconnector.h"
#include "connectors/openstack/openstackresources.h"

#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

QString metadata(const QJsonObject &server, QStringView key)
{
    return server.value(u"metadata"_s).toObject().value(key.toString()).toString();
}

// Nova's name filter is a regular expression; server names hold no character special in
// one outside brackets ([a-z0-9-]).
QString nameFilter(const QString &prefix)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(u'^' + prefix));
}

} // namespace

OpenStackTerminate::OpenStackTerminate(OpenStackConnector *connector,
                                       const TerminateRequest &request)
    : TerminateOperation(Kind::Terminate, request.runId, connector)
    , m_connector(connector)
    , m_request(request)
    , m_resources(new OpenStackResources(connector, this))
{}

void OpenStackTerminate::start()
{
    if (!m_request.instances.isEmpty()) {
        QList<std::pair<QString, QString>> servers;
        for (const Instance &i : std::as_const(m_request.instances)) {
            if (!i.instanceId.isEmpty())
                servers.append({i.instanceId,
                                i.handle.isEmpty()
                                    ? OpenStackConnector::serverName(m_request.runId, i.name)
                                    : i.handle});
        }
        remove(servers);
        return;
    }
    reportProgress(tr("Looking for the servers of run %1").arg(m_request.runId), 0, 0);
    m_resources->list(u"compute"_s,
                      u"/servers/detail?name="_s
                          + nameFilter(OpenStackConnector::serverPrefix(m_request.runId)),
                      u"servers"_s,
                      [this](const QJsonArray &found, const QString &error) {
                          if (!error.isEmpty()) {
                              finish(ConnectorError{ConnectorError::Code::Failed,
                                                    tr("The servers of run %1 could not be "
                                                       "listed: %2")
                                                        .arg(m_request.runId, error),
                                                    {},
                                                    -1,
                                                    {}});
                              return;
                          }
                          QList<std::pair<QString, QString>> servers;
                          for (const QJsonValue &v : found) {
                              const QJsonObject s = v.toObject();
                              if (metadata(s, OpenStackConnector::kRunKey) == m_request.runId)
                                  servers.append(
                                      {s.value(u"id"_s).toString(), s.value(u"name"_s).toString()});
                          }
                          remove(servers);
                      });
}

void OpenStackTerminate::remove(const QList<std::pair<QString, QString>> &servers)
{
    if (servers.isEmpty()) {
        if (m_request.instances.isEmpty())
            addRemovedRun(m_request.runId);
        finish();
        return;
    }
    auto left = std::make_shared<int>(int(servers.size()));
    const int total = int(servers.size());
    for (const auto &[id, name] : servers) {
        reportProgress(tr("Deleting %1; waiting until Nova no longer has it").arg(name),
                       total - *left,
                       total);
        m_resources->deleteServer(id, [this, left, total, name](const QString &error) {
            if (error.isEmpty())
                addRemovedInstance(name);
            else
                m_errors << tr("%1: %2").arg(name, error);
            reportProgress(tr("Deleted %1").arg(name), total - *left + 1, total);
            if (--*left > 0)
                return;
            if (!m_errors.isEmpty()) {
                finish(ConnectorError{ConnectorError::Code::Failed,
                                      tr("Some servers could not be deleted: %1")
                                          .arg(m_errors.join(u"; "_s)),
                                      {},
                                      -1,
                                      {}});
                return;
            }
            if (m_request.instances.isEmpty())
                addRemovedRun(m_request.runId);
            finish();
        });
    }
}

void OpenStackTerminate::stop()
{
    m_resources->abort();
    finish(cancelledError());
}

OpenStackOrphanCleanUp::OpenStackOrphanCleanUp(OpenStackConnector *connector,
                                               const OrphanCleanUpRequest &request)
    : TerminateOperation(Kind::CleanUp, {}, connector)
    , m_connector(connector)
    , m_request(request)
    , m_resources(new OpenStackResources(connector, this))
{}

QJsonArray OpenStackOrphanCleanUp::orphans(const QJsonArray &servers,
                                           const QString &owner,
                                           const QStringList &activeRunIds)
{
    QJsonArray result;
    for (const QJsonValue &v : servers) {
        const QJsonObject s = v.toObject();
        const QString run = metadata(s, OpenStackConnector::kRunKey);
        if (run.isEmpty() || metadata(s, OpenStackConnector::kOwnerKey) != owner
            || activeRunIds.contains(run))
            continue;
        result.append(s);
    }
    return result;
}

void OpenStackOrphanCleanUp::start()
{
    if (m_request.owner.isEmpty()) {
        finish(ConnectorError{ConnectorError::Code::InvalidRequest,
                              tr("Orphan clean-up needs the owner of the runs."),
                              {},
                              -1,
                              {}});
        return;
    }
    m_resources
        ->list(u"compute"_s,
               u"/servers/detail?name="_s + nameFilter(u"slipway-"_s),
               u"servers"_s,
               [this](const QJsonArray &found, const QString &error) {
                   if (!error.isEmpty()) {
                       finish(ConnectorError{ConnectorError::Code::Failed,
                                             tr("The servers could not be listed: %1").arg(error),
                                             {},
                                             -1,
                                             {}});
                       return;
                   }
                   const QJsonArray gone = orphans(found, m_request.owner, m_request.activeRunIds);
                   if (gone.isEmpty()) {
                       finish();
                       return;
                   }
                   auto left = std::make_shared<int>(int(gone.size()));
                   for (const QJsonValue &v : gone) {
                       const QJsonObject s = v.toObject();
                       const QString name = s.value(u"name"_s).toString();
                       const QString run = metadata(s, OpenStackConnector::kRunKey);
                       m_resources->deleteServer(
                           s.value(u"id"_s).toString(),
                           [this, left, name, run](const QString &error) {
                               if (error.isEmpty()) {
                                   addRemovedInstance(name);
                                   addRemovedRun(run);
                               } else {
                                   m_errors << tr("%1: %2").arg(name, error);
                               }
                               if (--*left > 0)
                                   return;
                               if (m_errors.isEmpty()) {
                                   finish();
                                   return;
                               }
                               finish(ConnectorError{ConnectorError::Code::Failed,
                                                     tr("Some servers could not be deleted: %1")
                                                         .arg(m_errors.join(u"; "_s)),
                                                     {},
                                                     -1,
                                                     {}});
                           });
                   }
               });
}

void OpenStackOrphanCleanUp::stop()
{
    m_resources->abort();
    finish(cancelledError());
}

} // namespace Slipway
