#include "localterminate.h"

#include "connectors/local/localconnector.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

QStringList lines(const ContainerCommand *command)
{
    return command->standardOutputText().split(u'\n', Qt::SkipEmptyParts);
}

bool isMissing(const ContainerCommand *command)
{
    const QString err = command->standardErrorText();
    return err.contains(u"No such"_s, Qt::CaseInsensitive)
           || err.contains(u"not found"_s, Qt::CaseInsensitive)
           || err.contains(u"no container with"_s, Qt::CaseInsensitive)
           || err.contains(u"unable to find network"_s, Qt::CaseInsensitive);
}

// Labels of a container (Config.Labels) or of a network (podman: labels, docker: Labels).
QJsonObject labelsOf(const QJsonObject &object)
{
    const QJsonObject config = object.value(u"Config"_s).toObject();
    if (config.contains(u"Labels"_s))
        return config.value(u"Labels"_s).toObject();
    if (object.contains(u"labels"_s))
        return object.value(u"labels"_s).toObject();
    return object.value(u"Labels"_s).toObject();
}

} // namespace

LocalTerminate::LocalTerminate(LocalConnector *connector, const TerminateRequest &request)
    : TerminateOperation(Kind::Terminate, request.runId, connector)
    , m_connector(connector)
    , m_request(request)
    , m_commands(this)
{}

void LocalTerminate::start()
{
    if (!m_request.instances.isEmpty()) {
        QStringList containers;
        for (const Instance &instance : std::as_const(m_request.instances)) {
            containers << (instance.handle.isEmpty()
                               ? LocalConnector::containerName(m_request.runId, instance.name)
                               : instance.handle);
        }
        reportProgress(tr("Removing %n instance(s)", nullptr, int(containers.size())), 0, 1);
        removeContainers(containers, [this] { finish(); });
        return;
    }
    reportProgress(tr("Removing the run %1").arg(m_request.runId), 0, 2);
    m_commands.run(m_connector->executable(),
                   {u"ps"_s,
                    u"-a"_s,
                    u"-q"_s,
                    u"--no-trunc"_s,
                    u"--filter"_s,
                    u"label=slipway.run="_s + m_request.runId},
                   [this](ContainerCommand *c) {
                       if (isFinished())
                           return;
                       if (!c->succeeded()) {
                           finish(m_connector->commandError(c,
                                                            tr("The run's containers could "
                                                               "not be listed")));
                           return;
                       }
                       removeContainers(lines(c), [this] { removeNetworks(); });
                   });
}

void LocalTerminate::removeContainers(const QStringList &containers, std::function<void()> then)
{
    if (containers.isEmpty()) {
        then();
        return;
    }
    m_commands.run(m_connector->executable(),
                   m_connector->removeArguments(containers),
                   [this, containers, then](ContainerCommand *c) {
                       if (isFinished())
                           return;
                       if (!c->succeeded() && !isMissing(c)) {
                           finish(m_connector->commandError(c,
                                                            tr("Containers could not be "
                                                               "removed")));
                           return;
                       }
                       for (const QString &container : containers)
                           addRemovedInstance(container);
                       reportProgress(tr("Removed %n container(s)", nullptr, int(containers.size())),
                                      1,
                                      2);
                       then();
                   });
}

void LocalTerminate::removeNetworks()
{
    m_commands.run(
        m_connector->executable(),
        {u"network"_s, u"ls"_s, u"-q"_s, u"--filter"_s, u"label=slipway.run="_s + m_request.runId},
        [this](ContainerCommand *c) {
            if (isFinished())
                return;
            const QStringList networks = lines(c);
            if (!c->succeeded() || networks.isEmpty()) {
                if (!c->succeeded()) {
                    finish(m_connector->commandError(c,
                                                     tr("The run's network could "
                                                        "not be listed")));
                } else {
                    addRemovedRun(m_request.runId);
                    finish();
                }
                return;
            }
            m_commands
                .run(m_connector->executable(),
                     QStringList{u"network"_s, u"rm"_s} + networks,
                     [this](ContainerCommand *rm) {
                         if (isFinished())
                             return;
                         if (!rm->succeeded() && !isMissing(rm)) {
                             finish(m_connector->commandError(rm,
                                                              tr("The run's network could not be "
                                                                 "removed")));
                             return;
                         }
                         addRemovedRun(m_request.runId);
                         finish();
                     });
        });
}

void LocalTerminate::stop()
{
    m_commands.killAll();
    finish(cancelledError());
}

LocalOrphanCleanUp::LocalOrphanCleanUp(LocalConnector *connector,
                                       const OrphanCleanUpRequest &request)
    : TerminateOperation(Kind::CleanUp, QString(), connector)
    , m_connector(connector)
    , m_request(request)
    , m_commands(this)
{}

bool LocalOrphanCleanUp::isOrphan(const QString &runId) const
{
    return !runId.isEmpty() && !m_request.activeRunIds.contains(runId);
}

void LocalOrphanCleanUp::fail(const ContainerCommand *command, const QString &what)
{
    finish(m_connector->commandError(command, what));
}

void LocalOrphanCleanUp::start()
{
    if (m_request.owner.isEmpty()) {
        // Without an owner every Slipway's runs would look like orphans.
        finish(ConnectorError{ConnectorError::Code::InvalidRequest,
                              tr("The orphan clean-up needs the owner of the runs."),
                              {},
                              -1,
                              {}});
        return;
    }
    reportProgress(tr("Looking for containers of finished runs"), 0, 2);
    m_commands.run(m_connector->executable(),
                   {u"ps"_s,
                    u"-a"_s,
                    u"-q"_s,
                    u"--no-trunc"_s,
                    u"--filter"_s,
                    u"label=slipway.owner="_s + m_request.owner},
                   [this](ContainerCommand *c) {
                       if (isFinished())
                           return;
                       if (!c->succeeded())
                           return fail(c, tr("Containers could not be listed"));
                       inspectContainers(lines(c));
                   });
}

void LocalOrphanCleanUp::inspectContainers(const QStringList &ids)
{
    if (ids.isEmpty()) {
        listNetworks();
        return;
    }
    m_commands
        .run(m_connector->executable(),
             QStringList{u"inspect"_s} + ids,
             [this](ContainerCommand *c) {
                 if (isFinished())
                     return;
                 // A container removed meanwhile makes inspect fail for it only.
                 const QJsonArray containers = QJsonDocument::fromJson(c->standardOutput()).array();
                 QStringList orphans;
                 QStringList runs;
                 for (const QJsonValue &value : containers) {
                     const QJsonObject container = value.toObject();
                     const QString run = labelsOf(container).value(u"slipway.run"_s).toString();
                     if (isOrphan(run)) {
                         orphans << container.value(u"Id"_s).toString();
                         runs << run;
                     }
                 }
                 if (orphans.isEmpty()) {
                     listNetworks();
                     return;
                 }
                 m_commands.run(m_connector->executable(),
                                m_connector->removeArguments(orphans),
                                [this, orphans, runs](ContainerCommand *rm) {
                                    if (isFinished())
                                        return;
                                    if (!rm->succeeded() && !isMissing(rm))
                                        return fail(rm,
                                                    tr("Orphan containers could "
                                                       "not be removed"));
                                    for (const QString &id : orphans)
                                        addRemovedInstance(id);
                                    for (const QString &run : runs)
                                        addRemovedRun(run);
                                    listNetworks();
                                });
             });
}

void LocalOrphanCleanUp::listNetworks()
{
    reportProgress(tr("Looking for networks of finished runs"), 1, 2);
    m_commands.run(m_connector->executable(),
                   {u"network"_s,
                    u"ls"_s,
                    u"-q"_s,
                    u"--filter"_s,
                    u"label=slipway.owner="_s + m_request.owner},
                   [this](ContainerCommand *c) {
                       if (isFinished())
                           return;
                       if (!c->succeeded())
                           return fail(c, tr("Networks could not be listed"));
                       const QStringList networks = lines(c);
                       if (networks.isEmpty()) {
                           finish();
                           return;
                       }
                       m_commands.run(m_connector->executable(),
                                      QStringList{u"network"_s, u"inspect"_s} + networks,
                                      [this](ContainerCommand *inspect) {
                                          if (isFinished())
                                              return;
                                          QStringList orphans;
                                          const QJsonArray list = QJsonDocument::fromJson(
                                                                      inspect->standardOutput())
                                                                      .array();
                                          for (const QJsonValue &value : list) {
                                              const QJsonObject network = value.toObject();
                                              const QString run = labelsOf(network)
                                                                      .value(u"slipway.run"_s)
                                                                      .toString();
                                              if (!isOrphan(run))
                                                  continue;
                                              addRemovedRun(run);
                                              orphans << (network.contains(u"name"_s)
                                                              ? network.value(u"name"_s)
                                                              : network.value(u"Name"_s))
                                                             .toString();
                                          }
                                          removeNetworks(orphans);
                                      });
                   });
}

void LocalOrphanCleanUp::removeNetworks(const QStringList &names)
{
    if (names.isEmpty()) {
        finish();
        return;
    }
    m_commands.run(m_connector->executable(),
                   QStringList{u"network"_s, u"rm"_s} + names,
                   [this](ContainerCommand *rm) {
                       if (isFinished())
                           return;
                       if (!rm->succeeded() && !isMissing(rm))
                           return fail(rm, tr("Orphan networks could not be removed"));
                       finish();
                   });
}

void LocalOrphanCleanUp::stop()
{
    m_commands.killAll();
    finish(cancelledError());
}

} // namespace Slipway
