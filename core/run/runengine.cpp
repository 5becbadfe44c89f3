#include "runengine.h"

#include "core/broker/runtimeparameterstore.h"
#include "core/connector/connector.h"
#include "core/connector/connectorregistry.h"
#include "core/run/activerun.h"
#include "core/run/bootstrapscript.h"

#include <QTimer>
#include <QUuid>

#include <algorithm>

Q_LOGGING_CATEGORY(lcRun, "slipway.run")

using namespace Qt::StringLiterals;

namespace Slipway {

RunEngine::RunEngine(RuntimeParameterStore *store,
                     const ConnectorRegistry *registry,
                     CloudResolver clouds,
                     QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_registry(registry)
    , m_clouds(std::move(clouds))
{
    connect(m_store, &RuntimeParameterStore::valueSet, this, &RunEngine::onValueSet);
    connect(m_store, &RuntimeParameterStore::barrierReached, this, &RunEngine::onBarrier);
    connect(m_store, &RuntimeParameterStore::runAborted, this, &RunEngine::onAborted);
}

RunEngine::~RunEngine() = default;

Result<void> RunEngine::open(const QString &databaseFile)
{
    if (Result<void> opened = m_records.open(databaseFile); !opened)
        return opened;
    m_databaseFile = databaseFile;
    const QList<RunRecord> records = m_records.runs();
    for (const RunRecord &record : records) {
        // Runs whose instances are still there: kept ones are served again, the others go on.
        if (!record.terminated && record.state != RunState::Done
            && record.state != RunState::Cancelled)
            resume(record);
    }
    (void) pruneFinishedRuns();
    return {};
}

QStringList RunEngine::pruneFinishedRuns()
{
    QStringList pruned;
    const QList<RunRecord> records = m_records.runs();
    const QList<RetainedRun> verdicts = applyRetention(records,
                                                       m_retention,
                                                       QDateTime::currentDateTimeUtc());
    for (const RetainedRun &v : verdicts) {
        if (v.keep || m_active.contains(v.run) || !m_store->isStored(v.run))
            continue;
        m_store->removeRun(v.run);
        pruned.append(v.run);
        event(v.run,
              {},
              tr("Parameters and reports pruned: Slipway keeps those of %1")
                  .arg(m_retention.describe()));
    }
    if (!pruned.isEmpty())
        qCInfo(lcRun) << "pruned the parameters and reports of" << pruned.size() << "finished runs";
    return pruned;
}

RunEngine::ActiveRun *RunEngine::active(const QString &run) const
{
    return m_active.value(run).get();
}

Connector *RunEngine::connectorFor(ActiveRun &run, const QString &cloud, QString *error)
{
    if (Connector *c = run.connectors.value(cloud))
        return c;
    const std::optional<CloudConfig> config = m_clouds(cloud);
    if (!config) {
        *error = tr("There is no cloud named %1: add it with slipway-cli cloud add.").arg(cloud);
        return nullptr;
    }
    ConnectorError failure;
    Connector *connector = m_registry->create(*config, this, &failure);
    if (!connector) {
        *error = failure.message;
        return nullptr;
    }
    run.connectors.insert(cloud, connector);
    return connector;
}

QString RunEngine::brokerUrlFor(Connector *connector) const
{
    const ConnectorCapabilities caps = connector->capabilities();
    if (caps.brokerRoute == BrokerRoute::Relay)
        return m_endpoint.relayUrl;
    return m_endpoint.scheme + u"://"_s + caps.brokerAddress(m_endpoint.port);
}

Result<QString> RunEngine::launch(const RunPlan &plan)
{
    if (plan.kind == RunKind::Build)
        return launchBuild(plan);
    if (m_endpoint.port == 0)
        return Error{tr("The broker is not listening: the run cannot start.")};

    const QString id = QUuid::createUuid().toString(QUuid::Id128).left(12);
    PersistedPlan saved;
    for (const PlannedNode &node : plan.nodes) {
        const Result<QByteArray> script = bootstrapScript(node, m_endpoint.caPem);
        if (!script)
            return script.error();
        PersistedNode &n = saved.nodes.emplace_back();
        n.name = node.name;
        n.cloud = node.cloud;
        n.imagePath = node.imagePath;
        n.imageVersion = node.imageVersion;
        if (!node.image.layers(RecipeKind::Check).isEmpty())
            n.health = HealthSettings::from(node.health);
        n.multiplicity = node.multiplicity;
        n.maxFailures = node.maxProvisioningFailures;
        n.imageId = node.imageId;
        n.script = *script;
        // What scaling needs to add instances: their parameters, defaults and resources.
        for (const NodeLayout &l : plan.layout.nodes) {
            if (l.name == node.name)
                n.layout = PersistedNode::Layout{l.parameters, l.defaults};
        }
        for (const Parameter &p : node.image.parameters)
            if (p.type == ParameterType::Password)
                n.secrets << p.name;
        for (const CloudResources &r : node.image.resources) {
            if (r.cloud == node.cloud)
                n.resources = InstanceResources{r.instanceType,
                                                r.cpu,
                                                r.ram,
                                                r.disk,
                                                r.network,
                                                r.securityGroups};
        }
    }

    // An input fed by another node's password holds that password too.
    for (const OutputMapping &m : plan.layout.mappings) {
        PersistedNode *target = nullptr;
        for (PersistedNode &n : saved.nodes)
            if (n.name == m.targetNode)
                target = &n;
        if (target && saved.isSecret(m.source) && !target->secrets.contains(m.targetParameter))
            target->secrets << m.targetParameter;
    }

    const RuntimeParameterStore::CreatedRun created = m_store->createRun(id, plan.layout);
    if (!created.ok())
        return Error{created.error};

    auto run = std::make_shared<ActiveRun>();
    run->tokens = created.tokens;
    RunRecord &record = run->record;
    record.id = id;
    record.kind = runKindName(plan.kind);
    record.modulePath = plan.modulePath;
    record.moduleVersion = plan.moduleVersion;
    record.catalog = plan.catalog;
    record.state = RunState::Initializing.toString();
    record.keepRunning = keepRunningName(plan.options.keepRunning);
    record.createdAt = QDateTime::currentDateTimeUtc();
    saved.deadline = record.createdAt.addSecs(plan.options.timeoutSeconds).toMSecsSinceEpoch();
    saved.timeoutSeconds = plan.options.timeoutSeconds;
    saved.tags = plan.options.tags;
    run->plan = std::move(saved);
    record.plan = run->plan.toJson();
    if (Result<void> inserted = m_records.insertRun(record); !inserted) {
        m_store->removeRun(id);
        return inserted.error();
    }

    QHash<QString, QList<InstanceRequest>> byCloud;
    for (const PlannedNode &node : plan.nodes) {
        for (int i = 1; i <= node.multiplicity; ++i) {
            InstanceRecord instance;
            instance.run = id;
            instance.name = InstanceName{node.name, i}.toString();
            instance.node = node.name;
            instance.cloud = node.cloud;
            instance.state = InstanceState::Provisioning;
            (void) m_records.upsertInstance(instance);
            run->instances.insert(instance.name, instance);

            InstanceRequest request;
            request.name = InstanceName{node.name, i};
            request.imageId = node.imageId;
            for (const CloudResources &r : node.image.resources) {
                if (r.cloud == node.cloud)
                    request.resources
                        = {r.instanceType, r.cpu, r.ram, r.disk, r.network, r.securityGroups};
            }
            byCloud[node.cloud] << request;
        }
    }
    m_active.insert(id, run);
    event(id,
          {},
          tr("Launched %1 (version %2) as a %3 run")
              .arg(plan.modulePath)
              .arg(plan.moduleVersion)
              .arg(record.kind));
    qCInfo(lcRun) << "run" << id << "launched:" << plan.modulePath;

    run->timeout = std::make_unique<QTimer>();
    run->timeout->setSingleShot(true);
    const int timeoutSeconds = plan.options.timeoutSeconds;
    connect(run->timeout.get(), &QTimer::timeout, this, [this, id, timeoutSeconds] {
        (void) abortRun(id,
                        AbortOrigin::Timeout,
                        tr("The run did not reach Ready within %1 minutes.")
                            .arg(timeoutSeconds / 60.0, 0, 'g', 3));
    });
    run->timeout->start(std::chrono::seconds(plan.options.timeoutSeconds));

    setRunState(*run, RunState::Provisioning.toString());
    for (auto it = byCloud.cbegin(); it != byCloud.cend(); ++it)
        provision(*run, it.key(), it.value());
    return id;
}

void RunEngine::provision(ActiveRun &run,
                          const QString &cloud,
                          const QList<InstanceRequest> &requests)
{
    const QString id = run.record.id;
    QString error;
    Connector *connector = connectorFor(run, cloud, &error);
    if (!connector) {
        m_store->abort(id, {}, error);
        return;
    }
    QList<InstanceRequest> starting = requests;
    if (connector->capabilities().bootstrapsAtLaunch) {
        // The bootstrap goes with the instance, which then boots once, with it.
        for (InstanceRequest &request : starting) {
            const QString name = request.name.toString();
            const PersistedNode *planned = run.plan.node(request.name.node);
            const QByteArray token = run.tokens.value(name);
            if (!planned || token.isEmpty())
                continue;
            request.bootstrapScript = planned->script;
            request.bootstrapEnvironment = bootstrapEnvironment(brokerUrlFor(connector),
                                                                id,
                                                                name,
                                                                token);
        }
    }
    ProvisionOperation *op = connector->provision({id, m_owner, starting});
    connect(op,
            &ProvisionOperation::instanceProvisioned,
            this,
            [this, id, cloud](const Instance &instance) { onProvisioned(id, cloud, instance); });
    connect(op, &ProvisionOperation::instanceFailed, this, [this, id](const ConnectorError &e) {
        onProvisionFailed(id, e.instance, e.toDisplayString());
    });
    connect(op, &ConnectorOperation::finished, this, [this, id, op] {
        // A failure of the whole operation (no instance named) fails what did not come up.
        if (op->error() && op->error()->instance.isEmpty()) {
            if (ActiveRun *run = active(id)) {
                for (const InstanceRecord &i : std::as_const(run->instances))
                    if (i.state == InstanceState::Provisioning)
                        onProvisionFailed(id, i.name, op->error()->toDisplayString());
            }
        }
        op->deleteLater();
    });
}

void RunEngine::onProvisioned(const QString &id, const QString &cloud, const Instance &instance)
{
    ActiveRun *run = active(id);
    if (!run)
        return;
    const QString name = instance.name.toString();
    if (run->instances.value(name).state == InstanceState::Terminated) {
        removeLateInstance(*run, cloud, instance);
        return;
    }
    InstanceRecord &record = run->instances[name];
    record.handle = instance.handle;
    record.instanceId = instance.instanceId;
    record.hostname = instance.hostname;
    setInstanceState(*run, name, InstanceState::Booting);
    event(id, name, tr("Started on %1 at %2").arg(cloud, instance.hostname));

    // What Slipway publishes for every instance.
    const auto publish = [&](const QString &param, const QString &value) {
        const auto key = ParameterKey::parse(QString(name + u':' + param), {}, 0);
        if (key.ok())
            m_store->set(id, key.key, value, {}, true);
    };
    // Each is published only once known: until then a node's ss-get of it waits instead of
    // reading an empty value.
    if (!instance.hostname.isEmpty())
        publish(u"hostname"_s, instance.hostname);
    if (!instance.instanceId.isEmpty())
        publish(u"instanceid"_s, instance.instanceId);
    if (!instance.sshUrl.isEmpty())
        publish(u"url.ssh"_s, instance.sshUrl);
    if (!instance.imageId.isEmpty())
        publish(u"image.id"_s, instance.imageId);
    publish(u"cloud"_s, cloud);
    // Started with its bootstrap (provision() had the token): the bootstrap is followed only.
    const Connector *connector = run->connectors.value(cloud);
    const bool launched = connector && connector->capabilities().bootstrapsAtLaunch;
    if (run->record.state == RunState::Provisioning)
        bootstrap(*run, name, run->tokens.take(name), {}, launched);
    else if (RunState::isChanging(run->record.state) && run->tokens.contains(name)) {
        bootstrap(*run, name, run->tokens.take(name), {}, launched);
        scalingProvisioned(*run);
    }
}

void RunEngine::onProvisionFailed(const QString &id, const QString &instance, const QString &reason)
{
    ActiveRun *run = active(id);
    if (!run || !run->instances.contains(instance))
        return;
    if (run->instances.value(instance).state == InstanceState::Failed)
        return;
    const QString node = run->instances.value(instance).node;
    setInstanceState(*run, instance, InstanceState::Failed);
    m_store->setInstanceLive(id, instance, false);
    event(id, instance, tr("Could not be started: %1").arg(reason));
    const int failures = ++run->failures[node];
    const PersistedNode *planned = run->plan.node(node);
    const int allowed = planned ? planned->maxFailures : 0;
    if (failures > allowed) {
        m_store->abort(id,
                       {},
                       tr("%1: %2 of its instances could not be started (at most %3 may fail): "
                          "%4")
                           .arg(node)
                           .arg(failures)
                           .arg(allowed)
                           .arg(reason));
    }
    if (RunState::isChanging(run->record.state))
        scalingProvisioned(*run);
}

void RunEngine::bootstrap(ActiveRun &run,
                          const QString &instance,
                          const QByteArray &token,
                          const QByteArray &script,
                          bool launched)
{
    const QString id = run.record.id;
    const InstanceRecord record = run.instances.value(instance);
    QString error;
    Connector *connector = connectorFor(run, record.cloud, &error);
    if (!connector || token.isEmpty()) {
        m_store->abort(id,
                       {},
                       tr("%1 cannot be bootstrapped: %2")
                           .arg(instance, token.isEmpty() ? tr("it has no token") : error));
        return;
    }
    BootstrapRequest request;
    request.runId = id;
    request.instance.name = *InstanceName::parse(instance);
    request.instance.handle = record.handle;
    request.instance.instanceId = record.instanceId;
    request.instance.hostname = record.hostname;
    if (!script.isEmpty())
        request.script = script;
    else if (const PersistedNode *planned = run.plan.node(record.node))
        request.script = planned->script;
    request.environment = bootstrapEnvironment(brokerUrlFor(connector), id, instance, token);
    request.launched = launched;

    BootstrapOperation *op = connector->bootstrap(request);
    connect(op,
            &ConnectorOperation::outputLine,
            this,
            [this, id](const QString &instance, const QString &line) { event(id, instance, line); });
    connect(op, &ConnectorOperation::finished, this, [this, id, instance, op] {
        op->deleteLater();
        ActiveRun *run = active(id);
        // An instance that left the run meanwhile (an update rolled back) is not waited for.
        if (!run || run->instances.value(instance).state == InstanceState::Terminated)
            return;
        if (op->error()) {
            m_store->abort(id,
                           {},
                           tr("%1: the bootstrap failed: %2")
                               .arg(instance, op->error()->toDisplayString()));
            return;
        }
        if (run->instances.value(instance).state == InstanceState::Booting)
            setInstanceState(*run, instance, InstanceState::Installing);
    });
}

void RunEngine::onValueSet(const QString &id, const QString &key, const QString &value)
{
    ActiveRun *run = active(id);
    if (!run)
        return;
    const QString instance = key.section(u':', 0, 0);
    const QString param = key.section(u':', 1);
    if (!run->instances.contains(instance))
        return;
    if (param == u"statecustom") {
        event(id, instance, value);
    } else if (param == u"complete" && !value.isEmpty()
               && run->instances.value(instance).state != InstanceState::Failed
               && !(run->plan.scaling && run->plan.scaling->others.contains(instance))) {
        setInstanceState(*run, instance, InstanceState::Waiting);
    }
}

void RunEngine::onBarrier(const QString &id, const QString &state)
{
    ActiveRun *run = active(id);
    if (!run || run->finalizing)
        return;
    if (RunState::isChanging(run->record.state)) {
        onScalingBarrier(*run, state);
        return;
    }
    if (state == RunState::Provisioning) {
        setRunState(*run, RunState::Executing.toString());
        setLiveInstanceStates(*run, InstanceState::Executing);
    } else if (state == RunState::Executing) {
        setRunState(*run, RunState::SendingReports.toString());
        setLiveInstanceStates(*run, InstanceState::Reporting);
    } else if (state == RunState::SendingReports) {
        setRunState(*run, RunState::Ready.toString());
        setLiveInstanceStates(*run, InstanceState::Ready);
        run->timeout.reset();
        const KeepRunning policy = run->policy();
        if (policy == KeepRunning::Never || policy == KeepRunning::OnError)
            finalize(*run, RunState::Done.toString());
        else
            settle(*run);
    } else if (state == RunState::Aborted) {
        // Every live node has uploaded its reports after the abort.
        if (run->grace)
            run->grace->stop();
        const KeepRunning policy = run->policy();
        if (policy == KeepRunning::Always || policy == KeepRunning::OnError)
            settle(*run);
        else
            finalize(*run, RunState::Aborted.toString());
    }
}

void RunEngine::onAborted(const QString &id, const QString &reason)
{
    ActiveRun *run = active(id);
    if (!run || run->finalizing || run->record.state == RunState::Aborted)
        return;
    // A failed update rolls back instead; a failed rollback aborts.
    if (run->plan.update && !run->plan.update->rollingBack) {
        rollBackUpdate(*run, reason);
        return;
    }
    stopHealthChecks(*run);
    run->record.abortReason = withoutSecrets(id, reason);
    run->timeout.reset();
    event(id, {}, tr("Aborted: %1").arg(reason));
    qCInfo(lcRun) << "run" << id << "aborted";
    setRunState(*run, RunState::Aborted.toString());
    // Aborted while scaling: the instances that were there before have no node agent left to
    // meet the Aborted barrier.
    if (run->plan.scaling)
        completeScalingOthers(*run);

    // The nodes upload their reports, then set `complete` (the Aborted barrier). Only nodes
    // whose bootstrap ran have an agent that can: instances still being started or
    // bootstrapped leave the barrier, and when no node is left there is nothing to wait for.
    QStringList waiting;
    QStringList unstarted;
    for (const InstanceRecord &i : std::as_const(run->instances)) {
        if (!m_store->isInstanceLive(id, i.name))
            continue;
        if (i.state == InstanceState::Provisioning || i.state == InstanceState::Booting)
            unstarted << i.name;
        else if (i.state != InstanceState::Failed && i.state != InstanceState::Terminated)
            waiting << i.name;
    }
    if (waiting.isEmpty()) {
        event(id, {}, tr("No node had started: there are no reports to wait for"));
        for (const QString &name : std::as_const(unstarted))
            m_store->setInstanceLive(id, name, false);
        onBarrier(id, RunState::Aborted.toString());
        return;
    }
    waiting.sort();
    event(id,
          {},
          tr("Waiting up to %1 s for the reports of %2")
              .arg(m_reportGraceMs / 1000)
              .arg(waiting.join(u", "_s)));
    // Leaving the barrier may complete it: onBarrier has then ended the wait already.
    for (const QString &name : std::as_const(unstarted))
        m_store->setInstanceLive(id, name, false);
    run = active(id);
    if (!run || run->finalizing || m_store->isBarrierReached(id))
        return;
    run->grace = std::make_unique<QTimer>();
    run->grace->setSingleShot(true);
    connect(run->grace.get(), &QTimer::timeout, this, [this, id] {
        event(id, {}, tr("The report grace period is over"));
        onBarrier(id, RunState::Aborted.toString());
    });
    run->grace->start(m_reportGraceMs);
}

Result<void> RunEngine::abort(const QString &id, const QString &reason)
{
    return abortRun(id, AbortOrigin::User, reason);
}

Result<void> RunEngine::abortRun(const QString &id, AbortOrigin origin, const QString &reason)
{
    ActiveRun *run = active(id);
    if (!run)
        return Error{tr("The run %1 is not going.").arg(id)};
    if (run->isBuild()) {
        if (run->finalizing || RunState::isFinal(run->record.state))
            return Error{tr("The run %1 is not going.").arg(id)};
        if (run->record.abortReason.isEmpty())
            run->record.abortReason = reason.isEmpty() ? tr("Aborted by the user.") : reason;
        if (run->build)
            run->build->cancel(); // onBuildFinished ends the run
        else
            endBuild(*run, RunState::Aborted.toString(), run->record.abortReason);
        return {};
    }
    const ParameterStatus s = m_store->raiseAbort(id,
                                                  origin,
                                                  reason.isEmpty() && origin == AbortOrigin::User
                                                      ? tr("Aborted by the user.")
                                                      : reason);
    if (!s.ok() && s.code != ParameterStatus::Code::Aborted)
        return Error{s.message};
    return {};
}

Result<void> RunEngine::setTags(const QString &id, const QStringList &tags)
{
    Result<QStringList> normalized = RunRecords::normalizedTags(tags);
    if (!normalized)
        return Error{normalized.errorMessage()};
    if (ActiveRun *run = active(id)) {
        // The engine writes the plan it holds: the tags go there first.
        run->plan.tags = *normalized;
        if (Result<void> saved = save(*run); !saved)
            return saved;
    } else if (Result<void> saved = m_records.setTags(id, *normalized); !saved) {
        return saved;
    }
    Q_EMIT runTagsChanged(id, *normalized);
    return {};
}

Result<void> RunEngine::terminate(const QString &id)
{
    ActiveRun *run = active(id);
    if (!run) {
        const std::optional<RunRecord> record = m_records.run(id);
        if (!record)
            return Error{tr("There is no run %1.").arg(id)};
        if (record->terminated)
            return {};
        resume(*record, false);
        run = active(id);
        if (!run)
            return Error{tr("The run %1 cannot be terminated.").arg(id)};
    }
    if (run->finalizing)
        return {};
    if (run->isBuild() && run->build) {
        event(id, {}, tr("Cancelled by the user"));
        run->cancelled = true;
        run->build->cancel();
        return {};
    }
    const QString state = run->record.state;
    if (state == RunState::Ready || state == RunState::Done)
        finalize(*run, RunState::Done.toString());
    else if (state == RunState::Aborted)
        finalize(*run, RunState::Aborted.toString());
    else {
        event(id, {}, tr("Cancelled by the user"));
        finalize(*run, RunState::Cancelled.toString());
    }
    return {};
}

void RunEngine::finalize(ActiveRun &run, const QString &finalState)
{
    const QString id = run.record.id;
    stopHealthChecks(run);
    run.finalizing = true;
    run.timeout.reset();
    run.grace.reset();
    // The run is over for its nodes: their tokens stop working before the instances go.
    m_store->endRun(id);
    if (finalState == RunState::Done)
        setRunState(run, RunState::Finalizing.toString());
    else if (run.record.state != finalState)
        setRunState(run, finalState);
    run.plan.finalState = finalState;
    (void) save(run);

    QSet<QString> clouds;
    for (const InstanceRecord &i : std::as_const(run.instances))
        clouds.insert(i.cloud);
    auto pending = std::make_shared<int>(int(clouds.size()));
    auto failures = std::make_shared<QStringList>();
    const auto done = [this, id, finalState, pending, failures] {
        if (--*pending > 0)
            return;
        ActiveRun *run = active(id);
        if (!run)
            return;
        if (!failures->isEmpty()) {
            event(id, {}, tr("Could not remove every instance: %1").arg(failures->join(u"; ")));
            run->finalizing = false;
            settle(*run);
            return;
        }
        for (const InstanceRecord &i : std::as_const(run->instances))
            setInstanceState(*run, i.name, InstanceState::Terminated);
        run->record.terminated = true;
        run->record.finishedAt = QDateTime::currentDateTimeUtc();
        event(id, {}, tr("Instances removed"));
        if (run->record.state != finalState)
            setRunState(*run, finalState);
        else
            (void) save(*run);
        settle(*run);
    };
    if (clouds.isEmpty()) {
        ++*pending;
        done();
        return;
    }
    for (const QString &cloud : std::as_const(clouds)) {
        QString error;
        Connector *connector = connectorFor(run, cloud, &error);
        if (!connector) {
            *failures << error;
            done();
            continue;
        }
        QStringList names;
        for (const InstanceRecord &i : std::as_const(run.instances)) {
            if (i.cloud == cloud && i.state != InstanceState::Terminated)
                names << i.name;
        }
        names.sort();
        event(id,
              {},
              tr("Removing what the run has on cloud %1 (%2)").arg(cloud, names.join(u", "_s)));
        TerminateOperation *op = connector->terminate({id, {}});
        // What the removal waits for, as the connector says it.
        connect(op, &ConnectorOperation::progress, this, [this, id](const ConnectorProgress &p) {
            event(id, p.instance, p.message);
        });
        connect(op, &ConnectorOperation::finished, this, [op, failures, done] {
            if (op->error())
                *failures << op->error()->toDisplayString();
            op->deleteLater();
            done();
        });
    }
}

void RunEngine::settle(ActiveRun &run)
{
    const QString id = run.record.id;
    // Done, Cancelled, or Aborted and its nodes' reports in (or their grace over), whether
    // its instances are kept or not: no node of it may call the broker any more.
    if (run.record.terminated || RunState::isFinal(run.record.state))
        m_store->endRun(id);
    if (run.record.state == RunState::Ready && !run.finalizing && !run.record.terminated)
        startHealthChecks(run);
    else
        stopHealthChecks(run);
    if (run.record.terminated || run.record.state == RunState::Done
        || run.record.state == RunState::Cancelled) {
        // Nothing of the run is left to serve: its parameters stay readable in the records,
        // until the retention rule prunes them.
        std::shared_ptr<ActiveRun> keep = m_active.take(id);
        Q_EMIT runSettled(id);
        (void) pruneFinishedRuns();
        return;
    }
    Q_EMIT runSettled(id);
}

void RunEngine::setRunState(ActiveRun &run, const QString &state)
{
    const bool storeFollows = state != RunState::Finalizing && state != RunState::Done
                              && state != RunState::Cancelled && !RunState::isChanging(state);
    setRunState(run, state, storeFollows ? state : QString());
}

void RunEngine::setRunState(ActiveRun &run, const QString &state, const QString &storeState)
{
    run.record.state = state;
    if (RunState::isFinal(state) && !run.record.finishedAt.isValid())
        run.record.finishedAt = QDateTime::currentDateTimeUtc();
    if (Result<void> updated = save(run); !updated)
        qCWarning(lcRun) << updated.errorMessage();
    if (!storeState.isEmpty() && !run.isBuild())
        m_store->advanceState(run.record.id, storeState);
    event(run.record.id, {}, tr("State: %1").arg(state));
    Q_EMIT runStateChanged(run.record.id, state);
}

Result<void> RunEngine::save(ActiveRun &run)
{
    run.record.plan = run.plan.toJson();
    return m_records.updateRun(run.record);
}

void RunEngine::setInstanceState(ActiveRun &run, const QString &instance, InstanceState state)
{
    InstanceRecord &record = run.instances[instance];
    if (record.state == state)
        return;
    record.state = state;
    if (Result<void> updated = m_records.upsertInstance(record); !updated)
        qCWarning(lcRun) << updated.errorMessage();
    Q_EMIT instanceChanged(record);
}

void RunEngine::setLiveInstanceStates(ActiveRun &run, InstanceState state)
{
    for (auto it = run.instances.begin(); it != run.instances.end(); ++it) {
        if (it->state != InstanceState::Failed && it->state != InstanceState::Terminated)
            setInstanceState(run, it.key(), state);
    }
}

QString RunEngine::withoutSecrets(const QString &id, QString text) const
{
    const ActiveRun *run = active(id);
    if (!run || text.isEmpty()
        || std::none_of(run->plan.nodes.cbegin(), run->plan.nodes.cend(), [](const auto &n) {
               return !n.secrets.isEmpty();
           }))
        return text;
    for (const QString &instance : m_store->instances(id)) {
        const PersistedNode *node = run->plan.node(instance.section(u'.', 0, 0));
        if (!node)
            continue;
        for (const QString &name : node->secrets) {
            const QString keyText = instance + u':' + name;
            const ParameterKey::Parsed key = ParameterKey::parse(keyText);
            if (!key.ok())
                continue;
            const ParameterStatus value = m_store->get(id, key.key, true);
            if (value.ok() && value.value.size() >= 4)
                text.replace(value.value, kMaskedValue.toString());
        }
    }
    return text;
}

void RunEngine::event(const QString &run, const QString &instance, const QString &message)
{
    const Result<RunEvent> e = m_records.addEvent(run, instance, withoutSecrets(run, message));
    if (e)
        Q_EMIT eventAdded(*e);
}

void RunEngine::resume(const RunRecord &record, bool afterRestart)
{
    if (record.kind != runKindName(RunKind::Build) && !m_store->hasRun(record.id)) {
        qCWarning(lcRun) << "run" << record.id << "has no parameters left: it cannot resume";
        return;
    }
    auto run = std::make_shared<ActiveRun>();
    run->record = record;
    run->plan = PersistedPlan::fromJson(record.plan);
    for (const InstanceRecord &i : m_records.instances(record.id))
        run->instances.insert(i.name, i);
    const QString id = record.id;
    m_active.insert(id, run);
    if (afterRestart) {
        event(id, {}, tr("Resumed after a restart of Slipway in state %1").arg(record.state));
        qCInfo(lcRun) << "run" << id << "resumed in state" << record.state;
    }

    if (run->isBuild()) {
        if (record.state == RunState::Finalizing && !run->plan.finalState) {
            recordBuild(*run); // the build was done: what is left is to record it
        } else if (record.state == RunState::Finalizing) {
            finalize(*run, *run->plan.finalState);
        } else if (afterRestart) {
            // The build's operation went with the process: what it left is removed and the
            // build starts again, reusing every step it had saved.
            QString error;
            Connector *connector = connectorFor(*run,
                                                run->plan.build ? run->plan.build->cloud : QString(),
                                                &error);
            if (!connector) {
                endBuild(*run, RunState::Aborted.toString(), error);
                return;
            }
            TerminateOperation *op = connector->terminate({id, {}});
            connect(op, &ConnectorOperation::finished, this, [this, id, op] {
                op->deleteLater();
                if (ActiveRun *run = active(id))
                    startBuild(*run);
            });
        }
        return;
    }
    if (record.state == RunState::Finalizing) {
        finalize(*run, run->plan.finalState.value_or(RunState::Done.toString()));
        return;
    }
    if (record.state == RunState::Ready || record.state == RunState::Aborted) {
        // Announced from the event loop, so that whoever opened the engine hears of it.
        QTimer::singleShot(0, this, [this, id] {
            ActiveRun *kept = active(id);
            if (kept && !kept->finalizing
                && (kept->record.state == RunState::Ready
                    || kept->record.state == RunState::Aborted))
                settle(*kept);
        });
        return;
    }
    if (record.state == RunState::Scaling) {
        resumeScaling(*run);
        return;
    }
    if (record.state == RunState::Updating) {
        resumeUpdate(*run);
        return;
    }

    // Instances that were never started, or never bootstrapped, cannot be taken up again
    // with the tokens they were to have: they get new ones, or the run aborts.
    for (const InstanceRecord &i : std::as_const(run->instances)) {
        if (i.state == InstanceState::Provisioning) {
            m_store->abort(id,
                           {},
                           tr("Slipway stopped while %1 was being started: the run cannot go on.")
                               .arg(i.name));
            return;
        }
        if (i.state == InstanceState::Booting && record.state == RunState::Provisioning)
            bootstrap(*run, i.name, m_store->renewToken(id, i.name));
    }

    const qint64 deadline = run->plan.deadline;
    const qint64 left = deadline - QDateTime::currentMSecsSinceEpoch();
    run->timeout = std::make_unique<QTimer>();
    run->timeout->setSingleShot(true);
    connect(run->timeout.get(), &QTimer::timeout, this, [this, id] {
        (void) abortRun(id, AbortOrigin::Timeout, tr("The run did not reach Ready in time."));
    });
    run->timeout->start(std::chrono::milliseconds(std::max<qint64>(left, 0)));

    // A barrier reached while Slipway was away is taken now.
    if (m_store->isAborted(id))
        onAborted(id, m_store->abortReason(id));
    else if (m_store->isBarrierReached(id))
        onBarrier(id, record.state);
}

} // namespace Slipway
