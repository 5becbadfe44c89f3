#include "ec2terminate.h"

#include "connectors/ec2/ec2connector.h"

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

// Instances that still cost something or may come back.
const QStringList kLiveStates{u"pending"_s, u"running"_s, u"stopping"_s, u"stopped"_s};

// TerminateInstances of `instances`, then `done` with the error if any.
void terminateInstances(Ec2Client *client,
                        const QList<Ec2Instance> &instances,
                        QObject *context,
                        std::function<void(const Ec2Error *)> done)
{
    Ec2Client::Params params;
    for (int i = 0; i < instances.size(); ++i)
        params.append({u"InstanceId.%1"_s.arg(i + 1), instances.at(i).id});
    client->call(u"TerminateInstances"_s,
                 params,
                 context,
                 [done](const XmlElement *, const Ec2Error *error) { done(error); });
}

QString handleOf(const Ec2Instance &instance)
{
    return instance.tags.value(u"Name"_s, instance.id);
}

} // namespace

Ec2Terminate::Ec2Terminate(Ec2Connector *connector, const TerminateRequest &request)
    : TerminateOperation(Kind::Terminate, request.runId, connector)
    , m_connector(connector)
    , m_request(request)
{}

void Ec2Terminate::start()
{
    m_connector->withClient(this, [this](Ec2Client *client, const QString &error) {
        if (!client) {
            finish(ec2Failure(ConnectorError::Code::Failed, error));
            return;
        }
        m_client = client;
        reportProgress(tr("Finding the instances of the run"), 0, 0);
        const Ec2Client::Params params
            = Ec2Connector::filter(1, u"tag:slipway.run"_s, {m_request.runId})
              + Ec2Connector::filter(2, u"instance-state-name"_s, kLiveStates);
        client->callAll(
            u"DescribeInstances"_s,
            params,
            this,
            [this](const QList<XmlElement> &pages, const Ec2Error *error) {
                if (error) {
                    finish(Ec2Connector::cloudError(tr("The instances of the run %1 cannot be "
                                                       "listed")
                                                        .arg(m_request.runId),
                                                    *error));
                    return;
                }
                QList<Ec2Instance> targets;
                for (const Ec2Instance &i : Ec2Instance::fromDescribe(pages)) {
                    if (i.tags.value(u"slipway.run"_s) != m_request.runId)
                        continue; // a filter the cloud ignored must not cost an instance
                    bool wanted = m_request.instances.isEmpty();
                    for (const Instance &r : std::as_const(m_request.instances))
                        wanted = wanted || r.instanceId == i.id
                                 || r.name.toString() == i.tags.value(u"slipway.instance"_s);
                    if (wanted)
                        targets << i;
                }
                if (targets.isEmpty()) {
                    if (m_request.instances.isEmpty())
                        addRemovedRun(m_request.runId);
                    finish();
                    return;
                }
                reportProgress(tr("Terminating %n instance(s)", nullptr, int(targets.size())),
                               0,
                               int(targets.size()));
                terminateInstances(m_client, targets, this, [this, targets](const Ec2Error *error) {
                    if (error) {
                        finish(Ec2Connector::cloudError(tr("The instances of the run %1 could "
                                                           "not be terminated")
                                                            .arg(m_request.runId),
                                                        *error));
                        return;
                    }
                    for (const Ec2Instance &i : targets)
                        addRemovedInstance(handleOf(i));
                    if (m_request.instances.isEmpty())
                        addRemovedRun(m_request.runId);
                    reportProgress(tr("Terminated %n instance(s)", nullptr, int(targets.size())),
                                   int(targets.size()),
                                   int(targets.size()));
                    finish();
                });
            });
    });
}

void Ec2Terminate::stop()
{
    if (m_client)
        m_client->cancel(this);
    finish(cancelledError());
}

Ec2OrphanCleanUp::Ec2OrphanCleanUp(Ec2Connector *connector, const OrphanCleanUpRequest &request)
    : TerminateOperation(Kind::CleanUp, {}, connector)
    , m_connector(connector)
    , m_request(request)
{}

void Ec2OrphanCleanUp::start()
{
    m_connector->withClient(this, [this](Ec2Client *client, const QString &error) {
        if (!client) {
            finish(ec2Failure(ConnectorError::Code::Failed, error));
            return;
        }
        m_client = client;
        const Ec2Client::Params params
            = Ec2Connector::filter(1, u"tag:slipway.owner"_s, {m_request.owner})
              + Ec2Connector::filter(2, u"instance-state-name"_s, kLiveStates);
        client->callAll(u"DescribeInstances"_s,
                        params,
                        this,
                        [this](const QList<XmlElement> &pages, const Ec2Error *error) {
                            if (error) {
                                finish(Ec2Connector::cloudError(
                                    tr("The instances of %1 cannot be listed").arg(m_request.owner),
                                    *error));
                                return;
                            }
                            QList<Ec2Instance> orphans;
                            QStringList runs;
                            for (const Ec2Instance &i : Ec2Instance::fromDescribe(pages)) {
                                const QString run = i.tags.value(u"slipway.run"_s);
                                if (i.tags.value(u"slipway.owner"_s) != m_request.owner
                                    || run.isEmpty() || m_request.activeRunIds.contains(run))
                                    continue;
                                orphans << i;
                                if (!runs.contains(run))
                                    runs << run;
                            }
                            if (orphans.isEmpty()) {
                                finish();
                                return;
                            }
                            terminateInstances(m_client,
                                               orphans,
                                               this,
                                               [this, orphans, runs](const Ec2Error *error) {
                                                   if (error) {
                                                       finish(Ec2Connector::cloudError(
                                                           tr("Instances left behind could not be "
                                                              "terminated"),
                                                           *error));
                                                       return;
                                                   }
                                                   for (const Ec2Instance &i : orphans)
                                                       addRemovedInstance(handleOf(i));
                                                   for (const QString &run : runs)
                                                       addRemovedRun(run);
                                                   finish();
                                               });
                        });
    });
}

void Ec2OrphanCleanUp::stop()
{
    if (m_client)
        m_client->cancel(this);
    finish(cancelledError());
}

} // namespace Slipway
