// The scaling of a Ready run by the run engine (docs/ARCHITECTURE.md#scaling).

#include "core/broker/runtimeparameterstore.h"
#include "core/connector/connector.h"
#include "core/run/activerun.h"
#include "core/run/vmhookscript.h"

using namespace Qt::StringLiterals;

namespace Slipway {

Result<void> RunEngine::scale(const QString &id, const QString &node, int delta)
{
    ActiveRun *run = active(id);
    if (!run) {
        const std::optional<RunRecord> record = m_records.run(id);
        if (!record)
            return Error{tr("There is no run %1.").arg(id)};
        return Error{tr("The run %1 is %2: only a Ready run can be scaled.").arg(id, record->state)};
    }
    if (run->isBuild())
        return Error{tr("The run %1 is an image build: it cannot be scaled.").arg(id)};
    if (run->finalizing || run->record.terminated || run->record.state != RunState::Ready)
        return Error{
            tr("The run %1 is %2: only a Ready run can be scaled.").arg(id, run->record.state)};
    const PersistedNode *planned = run->plan.node(node);
    if (!planned)
        return Error{tr("The run %1 has no node %2.").arg(id, node)};
    if (delta == 0)
        return Error{tr("Scaling %1 by 0 changes nothing.").arg(node)};
    const QStringList current = m_store->instancesOf(id, node);
    if (current.size() + delta < 1)
        return Error{tr("%1 has %n instance(s): removing %2 would leave none (at least one stays).",
                        nullptr,
                        int(current.size()))
                         .arg(node)
                         .arg(-delta)};
    QString error;
    Connector *connector = connectorFor(*run, planned->cloud, &error);
    if (!connector)
        return Error{error};
    if (!connector->capabilities().scales)
        return Error{
            tr("The cloud %1 cannot add or remove instances of a running run.").arg(planned->cloud)};
    if (delta > 0)
        scaleUp(*run, node, delta);
    else
        scaleDown(*run, node, -delta);
    return {};
}

void RunEngine::scaleUp(ActiveRun &run, const QString &node, int count)
{
    const QString id = run.record.id;
    const PersistedNode planned = *run.plan.node(node); // scale() checked it is there
    NodeLayout layout;
    layout.name = node;
    if (planned.layout) {
        layout.parameters = planned.layout->parameters;
        layout.defaults = planned.layout->defaults;
    }

    QStringList others;
    for (const InstanceRecord &i : std::as_const(run.instances))
        if (i.state == InstanceState::Ready)
            others << i.name;
    // A node an update adds has no instance yet: its mappings come from its plan.
    QList<OutputMapping> mappings;
    for (const QString &m : planned.mappedInputs)
        mappings << OutputMapping{m.section(u'=', 1), node, m.section(u'=', 0, 0)};
    const bool newNode = run.plan.update && !m_store->hasNode(id, node);
    const RuntimeParameterStore::CreatedRun added = m_store->addInstances(id,
                                                                          layout,
                                                                          count,
                                                                          mappings,
                                                                          newNode);
    if (!added.ok()) {
        if (run.plan.update) {
            m_store->abort(id, {}, tr("Could not add instances of %1: %2").arg(node, added.error));
            return;
        }
        event(id, {}, tr("Could not add instances of %1: %2").arg(node, added.error));
        settle(run);
        return;
    }
    QStringList names = added.tokens.keys();
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return a.section(u'.', -1).toInt() < b.section(u'.', -1).toInt();
    });
    std::sort(others.begin(), others.end());
    run.tokens.insert(added.tokens);
    run.hooksPending = -1;
    run.plan.scaling = ScalingState{node,
                                    VmHook::Add,
                                    names,
                                    others,
                                    false,
                                    false,
                                    QDateTime::currentMSecsSinceEpoch()
                                        + run.plan.timeoutSeconds * qint64(1000)};
    InstanceRequest request;
    request.imageId = planned.imageId;
    request.resources = planned.resources.value_or(InstanceResources{});
    QList<InstanceRequest> requests;
    for (const QString &name : std::as_const(names)) {
        InstanceRecord instance;
        instance.run = id;
        instance.name = name;
        instance.node = node;
        instance.cloud = planned.cloud;
        instance.state = InstanceState::Provisioning;
        (void) m_records.upsertInstance(instance);
        run.instances.insert(name, instance);
        Q_EMIT instanceChanged(instance);
        request.name = *InstanceName::parse(name);
        requests << request;
    }
    event(id, {}, tr("Scaling %1 by +%2: %3").arg(node).arg(count).arg(names.join(u", "_s)));
    qCInfo(lcRun) << "run" << id << "adds" << count << "instances of" << node;
    // The new instances meet the barriers as at launch; the others have nothing to do there.
    setRunState(run,
                run.plan.update ? RunState::Updating.toString() : RunState::Scaling.toString(),
                RunState::Provisioning.toString());
    completeScalingOthers(run);
    startScalingTimeout(run);
    provision(run, planned.cloud, requests);
}

void RunEngine::scaleDown(ActiveRun &run, const QString &node, int count)
{
    const QString id = run.record.id;
    QStringList current = m_store->instancesOf(id, node);
    std::sort(current.begin(), current.end(), [](const QString &a, const QString &b) {
        return a.section(u'.', -1).toInt() < b.section(u'.', -1).toInt();
    });
    removeForScaling(run, node, current.mid(current.size() - count));
}

void RunEngine::removeForScaling(ActiveRun &run, const QString &node, const QStringList &removed)
{
    const QString id = run.record.id;
    const int count = int(removed.size());
    QStringList others;
    for (const InstanceRecord &i : std::as_const(run.instances))
        if (i.state == InstanceState::Ready && !removed.contains(i.name))
            others << i.name;
    std::sort(others.begin(), others.end());
    // The store first: multiplicity and ids say what stays when on-vm-remove runs, while the
    // removed instances' values can still be read.
    // An update rolling back may remove instances the store no longer has.
    QStringList inStore;
    const QStringList all = m_store->instances(id);
    for (const QString &name : removed)
        if (all.contains(name))
            inStore << name;
    const ParameterStatus status = inStore.isEmpty() ? ParameterStatus{}
                                                     : m_store->removeInstances(id, inStore);
    if (!status.ok()) {
        if (run.plan.update) {
            m_store->abort(id,
                           {},
                           tr("Could not remove instances of %1: %2").arg(node, status.message));
            return;
        }
        event(id, {}, tr("Could not remove instances of %1: %2").arg(node, status.message));
        settle(run);
        return;
    }
    run.hooksPending = -1;
    run.plan.scaling = ScalingState{node, VmHook::Remove, removed, others, false, true, 0};
    event(id, {}, tr("Scaling %1 by -%2: %3").arg(node).arg(count).arg(removed.join(u", "_s)));
    qCInfo(lcRun) << "run" << id << "removes" << count << "instances of" << node;
    setRunState(run,
                run.plan.update ? RunState::Updating.toString() : RunState::Scaling.toString(),
                QString());
    startScalingTimeout(run);
    // A roll back that ends a removal the update began (the instances left the store, their
    // on-vm-remove ran or failed on the others) only takes them away: the others are not told
    // again, with recipes of the version that failed; what the roll back adds next is
    // announced to them by on-vm-add.
    if (inStore.isEmpty() && run.plan.update && run.plan.update->rollingBack) {
        run.plan.scaling->hooksDone = true;
        (void) save(run);
        removeScaledInstances(run);
        return;
    }
    runVmHooks(run);
}

void RunEngine::startScalingTimeout(ActiveRun &run)
{
    const QString id = run.record.id;
    const qint64 deadline = run.plan.scaling ? run.plan.scaling->deadline : 0;
    run.timeout.reset();
    if (deadline == 0)
        return;
    run.timeout = std::make_unique<QTimer>();
    run.timeout->setSingleShot(true);
    connect(run.timeout.get(), &QTimer::timeout, this, [this, id] {
        (void) abortRun(id, AbortOrigin::Timeout, tr("The scaling of the run did not end in time."));
    });
    run.timeout->start(std::chrono::milliseconds(
        std::max<qint64>(deadline - QDateTime::currentMSecsSinceEpoch(), 0)));
}

// Every new instance is up (or failed): the others learn of them.
void RunEngine::scalingProvisioned(ActiveRun &run)
{
    if (run.hooksPending >= 0 || !run.plan.scaling || run.plan.scaling->hooksDone)
        return;
    for (const QString &name : std::as_const(run.plan.scaling->instances))
        if (run.instances.value(name).state == InstanceState::Provisioning)
            return;
    runVmHooks(run);
}

void RunEngine::runVmHooks(ActiveRun &run)
{
    const QString id = run.record.id;
    const ScalingState scaling = run.plan.scaling.value_or(ScalingState{});
    const VmHook hook = scaling.action;
    const QString node = scaling.node;
    QStringList changed;
    for (const QString &name : scaling.instances)
        if (hook == VmHook::Remove || run.instances.value(name).state != InstanceState::Failed)
            changed << name;
    const QStringList others = scaling.others;
    run.hooksPending = int(others.size());
    const int round = ++run.hookRound;
    const auto hookDone = [this, id, round] {
        ActiveRun *run = active(id);
        if (!run || !RunState::isChanging(run->record.state) || run->hookRound != round
            || --run->hooksPending > 0)
            return;
        ScalingState &scaling = run->plan.scaling ? *run->plan.scaling
                                                  : run->plan.scaling.emplace();
        scaling.hooksDone = true;
        (void) save(*run);
        if (scaling.action == VmHook::Remove)
            removeScaledInstances(*run);
        else if (scaling.barriersDone)
            finishScaling(*run);
    };
    if (others.isEmpty()) {
        run.hooksPending = 1;
        hookDone();
        return;
    }
    for (const QString &instance : others) {
        const InstanceRecord record = run.instances.value(instance);
        QString error;
        Connector *connector = connectorFor(run, record.cloud, &error);
        if (!connector) {
            m_store->abort(id, {}, tr("%1: %2").arg(instance, error));
            return;
        }
        BootstrapRequest request;
        request.runId = id;
        request.instance.name = *InstanceName::parse(instance);
        request.instance.handle = record.handle;
        request.instance.instanceId = record.instanceId;
        request.instance.hostname = record.hostname;
        request.script = vmHookScript();
        request.environment = vmHookEnvironment(hook, id, instance, node, changed);
        event(id, instance, tr("Running %1 for %2").arg(vmHookRecipeName(hook), changed.join(u' ')));
        BootstrapOperation *op = connector->bootstrap(request);
        connect(op,
                &ConnectorOperation::outputLine,
                this,
                [this, id](const QString &instance, const QString &line) {
                    event(id, instance, line);
                });
        connect(op,
                &ConnectorOperation::finished,
                this,
                [this, id, instance, hook, op, hookDone, round] {
                    op->deleteLater();
                    const ActiveRun *run = active(id);
                    if (!run || run->hookRound != round)
                        return;
                    if (op->error()) {
                        m_store->abort(id,
                                       {},
                                       tr("%1: %2 failed: %3")
                                           .arg(instance,
                                                vmHookRecipeName(hook),
                                                op->error()->toDisplayString()));
                        return;
                    }
                    hookDone();
                });
    }
}

void RunEngine::removeScaledInstances(ActiveRun &run)
{
    const QString id = run.record.id;
    QHash<QString, QList<Instance>> byCloud;
    const QStringList removed = run.plan.scaling ? run.plan.scaling->instances : QStringList();
    for (const QString &name : removed) {
        const InstanceRecord &i = run.instances[name];
        Instance instance;
        instance.name = *InstanceName::parse(name);
        instance.handle = i.handle;
        instance.instanceId = i.instanceId;
        instance.hostname = i.hostname;
        byCloud[i.cloud] << instance;
    }
    auto pending = std::make_shared<int>(int(byCloud.size()));
    const auto done = [this, id, pending](const QString &failure) {
        ActiveRun *run = active(id);
        if (!run)
            return;
        if (!failure.isEmpty())
            event(id, {}, tr("Could not remove every instance: %1").arg(failure));
        if (--*pending > 0)
            return;
        if (run->plan.scaling) {
            for (const QString &name : std::as_const(run->plan.scaling->instances))
                setInstanceState(*run, name, InstanceState::Terminated);
        }
        finishScaling(*run);
    };
    if (byCloud.isEmpty()) {
        *pending = 1;
        done({});
        return;
    }
    for (auto it = byCloud.cbegin(); it != byCloud.cend(); ++it) {
        QString error;
        Connector *connector = connectorFor(run, it.key(), &error);
        if (!connector) {
            done(error);
            continue;
        }
        TerminateOperation *op = connector->terminate({id, it.value()});
        connect(op, &ConnectorOperation::finished, this, [op, done] {
            op->deleteLater();
            done(op->error() ? op->error()->toDisplayString() : QString());
        });
    }
}

// The instances that were there before a scaling up have no barrier to meet: Slipway sets
// their `complete` for them at each state.
void RunEngine::completeScalingOthers(ActiveRun &run)
{
    if (!run.plan.scaling)
        return;
    for (const QString &instance : std::as_const(run.plan.scaling->others)) {
        const auto key = ParameterKey::parse(QString(instance + u":complete"_s), {}, 0);
        if (key.ok() && m_store->isInstanceLive(run.record.id, instance))
            m_store->set(run.record.id, key.key, u"true"_s, {}, true);
    }
}

void RunEngine::onScalingBarrier(ActiveRun &run, const QString &storeState)
{
    const QString id = run.record.id;
    const QStringList added = run.plan.scaling ? run.plan.scaling->instances : QStringList();
    const auto setAdded = [&](InstanceState state) {
        for (const QString &name : added) {
            const InstanceState current = run.instances.value(name).state;
            if (current != InstanceState::Failed && current != InstanceState::Terminated)
                setInstanceState(run, name, state);
        }
    };
    if (storeState == RunState::Provisioning) {
        m_store->advanceState(id, RunState::Executing.toString());
        setAdded(InstanceState::Executing);
        completeScalingOthers(run);
    } else if (storeState == RunState::Executing) {
        m_store->advanceState(id, RunState::SendingReports.toString());
        setAdded(InstanceState::Reporting);
        completeScalingOthers(run);
    } else if (storeState == RunState::SendingReports) {
        m_store->advanceState(id, RunState::Ready.toString());
        setAdded(InstanceState::Ready);
        ScalingState &scaling = run.plan.scaling ? *run.plan.scaling : run.plan.scaling.emplace();
        scaling.barriersDone = true;
        (void) save(run);
        if (scaling.hooksDone)
            finishScaling(run);
    }
}

void RunEngine::finishScaling(ActiveRun &run)
{
    const QString id = run.record.id;
    const QString node = run.plan.scaling ? run.plan.scaling->node : QString();
    run.plan.scaling.reset();
    run.timeout.reset();
    run.hooksPending = -1;
    if (run.plan.update) {
        updateStepDone(run);
        return;
    }
    event(id,
          {},
          tr("Scaled %1: %n instance(s)", nullptr, int(m_store->instancesOf(id, node).size()))
              .arg(node));
    setRunState(run, RunState::Ready.toString(), QString());
    settle(run);
}

void RunEngine::resumeScaling(ActiveRun &run)
{
    const QString id = run.record.id;
    const ScalingState scaling = run.plan.scaling.value_or(ScalingState{});
    startScalingTimeout(run);
    if (m_store->isAborted(id)) {
        onAborted(id, m_store->abortReason(id));
        return;
    }
    if (scaling.action == VmHook::Remove) {
        // on-vm-remove is run again when it may not have ended: the recipes must bear it.
        if (scaling.hooksDone)
            removeScaledInstances(run);
        else
            runVmHooks(run);
        return;
    }
    // Instances never started cannot be taken up with the tokens they were to have: they
    // leave the run; those started are bootstrapped again with new tokens.
    QStringList abandoned;
    QStringList kept;
    for (const QString &name : scaling.instances) {
        const InstanceState state = run.instances.value(name).state;
        if (state == InstanceState::Provisioning)
            abandoned << name;
        else
            kept << name;
    }
    if (!abandoned.isEmpty()) {
        (void) m_store->removeInstances(id, abandoned);
        QList<Instance> instances;
        for (const QString &name : std::as_const(abandoned)) {
            setInstanceState(run, name, InstanceState::Terminated);
            Instance instance;
            instance.name = *InstanceName::parse(name);
            instances << instance;
        }
        QString error;
        if (Connector *connector = connectorFor(run,
                                                run.instances.value(abandoned.constFirst()).cloud,
                                                &error)) {
            TerminateOperation *op = connector->terminate({id, instances});
            connect(op, &ConnectorOperation::finished, op, &QObject::deleteLater);
        }
        event(id,
              {},
              tr("Slipway stopped while %1 were being started: they leave the run")
                  .arg(abandoned.join(u", "_s)));
        if (run.plan.scaling)
            run.plan.scaling->instances = kept;
        (void) save(run);
    }
    if (kept.isEmpty()) {
        m_store->advanceState(id, RunState::Ready.toString());
        finishScaling(run);
        return;
    }
    if (m_store->state(id) == RunState::Provisioning) {
        for (const QString &name : std::as_const(kept))
            if (run.instances.value(name).state == InstanceState::Booting)
                bootstrap(run, name, m_store->renewToken(id, name));
    }
    if (!scaling.hooksDone)
        runVmHooks(run);
    if (m_store->isBarrierReached(id))
        onScalingBarrier(run, m_store->state(id));
}

} // namespace Slipway
