// The update of a Ready run to another version of its module by the run engine, and its roll
// back (docs/ARCHITECTURE.md#updates). An update is a list of steps kept in the run's plan:
// instances added or removed through the scaling's path (the new ones meet the barriers, the
// others run on-vm-add / on-vm-remove), or bootstrapped again so that execute runs with the
// new scripts. The first failure aborts the run's parameter exchange; the engine takes the
// abort back and runs the inverse of the steps done, at the run's version.

#include "core/broker/runtimeparameterstore.h"
#include "core/connector/connector.h"
#include "core/run/activerun.h"
#include "core/run/bootstrapscript.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

// The node's bootstrap script without its build steps: an instance already built runs only
// execute and report again. The line is the one bootstrapScript() writes.
QByteArray withoutBuildSteps(QByteArray script)
{
    return script.replace("'build=1' > \"$d/node.conf\"", "'build=0' > \"$d/node.conf\"");
}

// The outputs copied into node's inputs in a layout, as the store keeps them:
// "input=node.i:output", sorted.
QStringList mappingsInto(const RunLayout &layout, const QString &node)
{
    QStringList result;
    for (const OutputMapping &m : layout.mappings) {
        if (m.targetNode != node)
            continue;
        const auto source = ParameterKey::parse(m.source);
        result << m.targetParameter + u'=' + (source.ok() ? source.key.toString() : m.source);
    }
    result.removeDuplicates();
    result.sort();
    return result;
}

// "input=source" lines as input -> source.
QHash<QString, QString> mappingTable(const QStringList &lines)
{
    QHash<QString, QString> table;
    for (const QString &line : lines)
        table.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
    return table;
}

QString stepText(const UpdateStep &step)
{
    switch (step.kind) {
    case UpdateStep::Kind::Add:
        return RunEngine::tr("add %n instance(s) of %1", nullptr, step.count).arg(step.node);
    case UpdateStep::Kind::Remove:
        return RunEngine::tr("remove %1").arg(step.instances.join(u", "_s));
    case UpdateStep::Kind::Rerun:
        return RunEngine::tr("run execute again on %1").arg(step.instances.join(u", "_s));
    }
    return {};
}

} // namespace

Result<void> RunEngine::update(const QString &id, const UpdatePlan &plan, int batch)
{
    ActiveRun *run = active(id);
    if (!run) {
        const std::optional<RunRecord> record = m_records.run(id);
        if (!record)
            return Error{tr("There is no run %1.").arg(id)};
        return Error{
            tr("The run %1 is %2: only a Ready run can be updated.").arg(id, record->state)};
    }
    if (run->isBuild())
        return Error{tr("The run %1 is an image build: it cannot be updated.").arg(id)};
    if (run->finalizing || run->record.terminated || run->record.state != RunState::Ready)
        return Error{
            tr("The run %1 is %2: only a Ready run can be updated.").arg(id, run->record.state)};
    if (plan.run != id || plan.fromVersion != run->record.moduleVersion)
        return Error{
            tr("The plan was made for another state of the run %1: make it again.").arg(id)};
    if (!plan.blockers.isEmpty())
        return Error{
            tr("The update cannot be applied in place: %1").arg(plan.blockers.join(u"; "_s))};
    if (!plan.changesAnything())
        return Error{tr("The run %1 already runs what version %2 has: nothing to update.")
                         .arg(id)
                         .arg(plan.toVersion)};
    for (const NodeUpdate &n : plan.nodes) {
        const PersistedNode *current = run->plan.node(n.node);
        const PlannedNode *target = plan.target.node(n.node);
        if (n.action == UpdateAction::Unchanged || (!current && !target))
            continue;
        const QString cloud = current ? current->cloud : target->cloud;
        QString error;
        Connector *connector = connectorFor(*run, cloud, &error);
        if (!connector)
            return Error{error};
        if (!connector->capabilities().scales && n.action != UpdateAction::RerunExecute)
            return Error{
                tr("The cloud %1 cannot add or remove instances of a running run.").arg(cloud)};
    }

    UpdateState state;
    state.fromVersion = run->record.moduleVersion;
    state.toVersion = plan.toVersion;
    state.from = run->plan.nodes;
    state.startedAt = QDateTime::currentMSecsSinceEpoch();
    for (const PlannedNode &target : plan.target.nodes) {
        const PersistedNode *current = run->plan.node(target.name);
        const NodeUpdate *change = plan.node(target.name);
        if (!change || (!current && change->action != UpdateAction::AddNode))
            continue;
        const bool added = !current;
        PersistedNode n;
        if (current) {
            n = *current;
        } else {
            n.name = target.name;
            for (const Parameter &p : target.image.parameters)
                if (p.type == ParameterType::Password)
                    n.secrets << p.name;
            // What its instances read from the others: they are the first of the node, so
            // no instance of it carries these mappings in the store yet.
            for (const OutputMapping &m : plan.target.layout.mappings)
                if (m.targetNode == target.name)
                    n.mappedInputs << m.targetParameter + u'=' + m.source;
        }
        n.imagePath = target.imagePath;
        n.imageVersion = target.imageVersion;
        n.multiplicity = target.multiplicity;
        // The node's settings in the target version, unless `run health` changed the run's.
        if (target.image.layers(RecipeKind::Check).isEmpty())
            n.health.reset();
        else if (added || !n.health || *n.health == HealthSettings::from(change->fromHealth))
            n.health = HealthSettings::from(target.health);
        if (added || change->action == UpdateAction::Replace
            || change->action == UpdateAction::RerunExecute) {
            const Result<QByteArray> script = bootstrapScript(target, m_endpoint.caPem);
            if (!script)
                return script.error();
            n.script = *script;
            n.imageId = target.imageId;
            n.cloud = target.cloud;
            n.maxFailures = target.maxProvisioningFailures;
            n.resources.reset();
            for (const CloudResources &r : target.image.resources)
                if (r.cloud == target.cloud)
                    n.resources = InstanceResources{r.instanceType,
                                                    r.cpu,
                                                    r.ram,
                                                    r.disk,
                                                    r.network,
                                                    r.securityGroups};
            // The target's parameters and defaults; what the run was given for an input the
            // module did not change (a value given at launch) stays.
            for (const NodeLayout &l : plan.target.layout.nodes) {
                if (l.name != target.name)
                    continue;
                PersistedNode::Layout layout{l.parameters, l.defaults};
                if (current && current->layout) {
                    for (auto it = current->layout->defaults.cbegin();
                         it != current->layout->defaults.cend();
                         ++it)
                        if (!change->changedInputNames.contains(it.key())
                            && layout.parameters.contains(it.key()))
                            layout.defaults.insert(it.key(), it.value());
                }
                n.layout = layout;
            }
        }
        state.to << n;
    }
    // Nodes whose inputs the target maps from other outputs: both sides keep their mappings,
    // so that the instances a step starts or reruns read the sources of that step's side. A
    // node the target no longer has keeps its own, in case the roll back brings it back.
    for (PersistedNode &from : state.from) {
        const NodeUpdate *change = plan.node(from.name);
        if (!change || change->action == UpdateAction::Unchanged)
            continue;
        const QStringList now = m_store->mappingsInto(id, from.name);
        if (change->action == UpdateAction::RemoveNode) {
            from.mappedInputs = now;
            continue;
        }
        const QStringList target = mappingsInto(plan.target.layout, from.name);
        if (target == now)
            continue;
        from.mappedInputs = now;
        for (PersistedNode &to : state.to)
            if (to.name == from.name)
                to.mappedInputs = target;
    }
    state.steps = updateSteps(plan, batch);

    run->plan.update = state;
    QStringList changes;
    for (const NodeUpdate &n : plan.nodes)
        if (n.action != UpdateAction::Unchanged)
            changes << u"%1 %2"_s.arg(n.node, updateActionName(n.action));
    event(id,
          {},
          tr("Updating from version %1 to %2 (%3), %n step(s)", nullptr, int(state.steps.size()))
              .arg(state.fromVersion)
              .arg(state.toVersion)
              .arg(changes.join(u", "_s)));
    qCInfo(lcRun) << "run" << id << "updates to version" << state.toVersion;
    stopHealthChecks(*run);
    setRunState(*run, RunState::Updating.toString(), QString());
    runUpdateStep(*run);
    return {};
}

// The plan's node takes the scripts, image and parameters of one side of the update: a node
// the update adds joins the plan's nodes, and leaves them when the update rolls back.
void RunEngine::useNodeSide(ActiveRun &run, const QString &node, bool toNew)
{
    if (!run.plan.update)
        return;
    const PersistedNode *side = run.plan.update->node(node, toNew);
    if (!side) {
        if (!toNew && run.plan.update->node(node, true))
            run.plan.nodes.removeIf([&](const PersistedNode &n) { return n.name == node; });
        return;
    }
    for (PersistedNode &n : run.plan.nodes) {
        if (n.name == node) {
            n = *side;
            return;
        }
    }
    run.plan.nodes << *side;
}

void RunEngine::runUpdateStep(ActiveRun &run)
{
    const QString id = run.record.id;
    if (!run.plan.update)
        return;
    UpdateState &update = *run.plan.update;
    if (update.current >= update.steps.size()) {
        finishUpdate(run);
        return;
    }
    const int index = update.current;
    const bool rollingBack = update.rollingBack;
    const UpdateStep step = update.steps.at(index);
    event(id,
          {},
          tr("%1 step %2 of %3: %4")
              .arg(rollingBack ? tr("Roll back") : tr("Update"))
              .arg(index + 1)
              .arg(update.steps.size())
              .arg(stepText(step)));
    useNodeSide(run, step.node, step.toNew);
    (void) save(run);
    // Whether this step is still the one running after a call that may have failed it.
    const auto stillCurrent = [&] {
        return run.plan.update && run.plan.update->rollingBack == rollingBack
               && run.plan.update->current == index && !run.finalizing;
    };
    switch (step.kind) {
    case UpdateStep::Kind::Add:
        scaleUp(run, step.node, step.count);
        if (stillCurrent() && run.plan.scaling) {
            run.plan.update->steps[index].instances = run.plan.scaling->instances;
            (void) save(run);
        }
        break;
    case UpdateStep::Kind::Remove: {
        QStringList left;
        for (const QString &name : step.instances)
            if (run.instances.value(name).state != InstanceState::Terminated)
                left << name;
        if (left.isEmpty()) {
            updateStepDone(run);
            return;
        }
        removeForScaling(run, step.node, left);
        break;
    }
    case UpdateStep::Kind::Rerun:
        rerunForUpdate(run, run.plan.update->steps[index]);
        break;
    }
}

void RunEngine::rerunForUpdate(ActiveRun &run, UpdateStep &step)
{
    const QString id = run.record.id;
    const PersistedNode *side = run.plan.update->node(step.node, step.toNew);
    const PersistedNode *other = run.plan.update->node(step.node, !step.toNew);
    if (!side) {
        m_store->abort(id, {}, tr("%1 is not a node of the version to run.").arg(step.node));
        return;
    }
    // The inputs that differ between the two sides take this side's values.
    QHash<QString, QString> values;
    if (side->layout) {
        for (auto it = side->layout->defaults.cbegin(); it != side->layout->defaults.cend(); ++it)
            if (!other || !other->layout || other->layout->defaults.value(it.key()) != it.value())
                values.insert(it.key(), it.value());
    }
    // Inputs mapped from another output on this side than on the other read it from now on.
    const QHash<QString, QString> mapped = mappingTable(side->mappedInputs);
    const QHash<QString, QString> otherMapped = other ? mappingTable(other->mappedInputs)
                                                      : QHash<QString, QString>();
    if (mapped != otherMapped) {
        QStringList inputs;
        for (auto it = mapped.cbegin(); it != mapped.cend(); ++it)
            if (otherMapped.value(it.key()) != it.value())
                inputs << it.key();
        for (auto it = otherMapped.cbegin(); it != otherMapped.cend(); ++it)
            if (!mapped.contains(it.key()))
                inputs << it.key();
        inputs.sort();
        QList<OutputMapping> mappings;
        for (auto it = mapped.cbegin(); it != mapped.cend(); ++it)
            mappings << OutputMapping{it.value(), step.node, it.key()};
        const ParameterStatus remapped = m_store->remapInputs(id, step.instances, inputs, mappings);
        if (!remapped.ok()) {
            m_store->abort(id, {}, remapped.message);
            return;
        }
        event(id,
              {},
              tr("%1 read %2 from the outputs of version %3")
                  .arg(step.instances.join(u", "_s),
                       inputs.join(u", "_s),
                       QString::number(step.toNew ? run.plan.update->toVersion
                                                  : run.plan.update->fromVersion)));
    }
    const QByteArray script = withoutBuildSteps(side->script);
    QStringList others;
    for (const InstanceRecord &i : std::as_const(run.instances))
        if (i.state == InstanceState::Ready && !step.instances.contains(i.name))
            others << i.name;
    std::sort(others.begin(), others.end());
    run.hooksPending = -1;
    // Nothing to tell the others: the instances stay, only their execute runs again.
    run.plan.scaling = ScalingState{step.node,
                                    VmHook::Add,
                                    step.instances,
                                    others,
                                    true,
                                    false,
                                    QDateTime::currentMSecsSinceEpoch()
                                        + run.plan.timeoutSeconds * qint64(1000)};
    for (const QString &instance : std::as_const(step.instances)) {
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const auto key = ParameterKey::parse(QString(instance + u':' + it.key()), {}, 0);
            if (key.ok())
                m_store->set(id, key.key, it.value(), {}, true);
        }
    }
    setRunState(run, RunState::Updating.toString(), RunState::Provisioning.toString());
    completeScalingOthers(run);
    startScalingTimeout(run);
    for (const QString &instance : std::as_const(step.instances)) {
        setInstanceState(run, instance, InstanceState::Booting);
        bootstrap(run, instance, m_store->renewToken(id, instance), script);
    }
}

void RunEngine::updateStepDone(ActiveRun &run)
{
    if (!run.plan.update)
        return;
    UpdateState &update = *run.plan.update;
    if (update.current < update.steps.size()) {
        const UpdateStep &step = update.steps.at(update.current);
        const PersistedNode *side = update.node(step.node, step.toNew);
        const int version = side ? side->imageVersion : 0;
        if (step.kind == UpdateStep::Kind::Remove) {
            for (const QString &name : step.instances) {
                run.plan.instanceVersions.remove(name);
                run.plan.health.remove(name);
            }
        } else {
            for (const QString &name : step.instances)
                if (run.instances.value(name).state == InstanceState::Ready && version > 0)
                    run.plan.instanceVersions.insert(name, version);
        }
    }
    ++update.current;
    (void) save(run);
    runUpdateStep(run);
}

void RunEngine::finishUpdate(ActiveRun &run)
{
    const QString id = run.record.id;
    const UpdateState update = *run.plan.update;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!update.healing.isEmpty()) {
        event(id,
              {},
              update.rollingBack             ? tr("Could not heal: %1").arg(update.failure)
              : update.healing == u"replace" ? tr("Replaced by the health check")
                                             : tr("Restarted by the health check"));
    } else if (update.rollingBack) {
        run.plan.nodes = update.from;
        run.plan.lastUpdateFailed = true;
        run.plan.lastUpdate = tr("%1: the update to version %2 failed and was rolled back: %3")
                                  .arg(now.toString(Qt::ISODate))
                                  .arg(update.toVersion)
                                  .arg(update.failure);
        event(id,
              {},
              tr("Rolled back: every instance runs version %1 again").arg(update.fromVersion));
    } else {
        QList<PersistedNode> nodes;
        for (const PersistedNode &n : update.to)
            nodes << n;
        run.plan.nodes = nodes;
        run.plan.lastUpdateFailed = false;
        run.record.moduleVersion = update.toVersion;
        run.plan.versionsAt = now.toMSecsSinceEpoch();
        run.plan.lastUpdate = tr("%1: updated from version %2 to %3")
                                  .arg(now.toString(Qt::ISODate))
                                  .arg(update.fromVersion)
                                  .arg(update.toVersion);
        event(id, {}, tr("Updated to version %1").arg(update.toVersion));
    }
    // Every instance left runs its node's version now.
    run.plan.instanceVersions.clear();
    run.plan.update.reset();
    run.plan.scaling.reset();
    run.timeout.reset();
    run.hooksPending = -1;
    if (m_store->state(id) != RunState::Ready)
        m_store->advanceState(id, RunState::Ready.toString());
    qCInfo(lcRun) << "run" << id << (update.rollingBack ? "rolled back" : "updated");
    setRunState(run, RunState::Ready.toString(), QString());
    settle(run);
}

void RunEngine::rollBackUpdate(ActiveRun &run, const QString &reason)
{
    const QString id = run.record.id;
    UpdateState &update = *run.plan.update;
    // The parameter exchange goes on: the abort was the update's, not the run's.
    m_store->cancelAbort(id, {});
    update.failure = reason;
    event(id,
          {},
          tr("The update failed: %1. Rolling back to version %2.")
              .arg(reason)
              .arg(update.fromVersion));
    qCInfo(lcRun) << "run" << id << "rolls back its update:" << reason;
    run.timeout.reset();
    const std::optional<ScalingState> scaling = run.plan.scaling;
    run.plan.scaling.reset();
    run.hooksPending = -1;
    ++run.hookRound; // the on-vm-* scripts still running are not waited for

    // The inverse of every step begun, the last first, at the run's version.
    QList<UpdateStep> inverse;
    const int last = std::min<int>(update.current, int(update.steps.size()) - 1);
    for (int j = last; j >= 0; --j) {
        const UpdateStep &step = update.steps.at(j);
        switch (step.kind) {
        case UpdateStep::Kind::Add: {
            QStringList added = step.instances;
            if (added.isEmpty() && j == update.current && scaling)
                added = scaling->instances;
            if (!added.isEmpty())
                inverse << UpdateStep{UpdateStep::Kind::Remove, step.node, false, 0, added};
            break;
        }
        case UpdateStep::Kind::Remove:
            if (j == update.current) // its instances may still be there: they go first
                inverse << UpdateStep{UpdateStep::Kind::Remove, step.node, false, 0, step.instances};
            inverse << UpdateStep{UpdateStep::Kind::Add,
                                  step.node,
                                  false,
                                  int(step.instances.size()),
                                  {}};
            break;
        case UpdateStep::Kind::Rerun:
            inverse << UpdateStep{UpdateStep::Kind::Rerun, step.node, false, 0, step.instances};
            break;
        }
    }
    // Instances added by a step that failed and were never bootstrapped have no token left.
    for (const UpdateStep &s : std::as_const(inverse))
        if (s.kind == UpdateStep::Kind::Remove)
            for (const QString &name : s.instances)
                run.tokens.remove(name);
    update.steps = inverse;
    update.current = 0;
    update.rollingBack = true;
    (void) save(run);
    // From the event loop: the failure may have come from inside a step's call.
    QTimer::singleShot(0, this, [this, id] {
        if (ActiveRun *r = active(id); r && r->plan.update && r->plan.update->rollingBack)
            runUpdateStep(*r);
    });
}

void RunEngine::resumeUpdate(ActiveRun &run)
{
    const QString id = run.record.id;
    if (!run.plan.update) {
        setRunState(run, RunState::Ready.toString(), QString());
        settle(run);
        return;
    }
    UpdateState &update = *run.plan.update;
    event(id,
          {},
          update.rollingBack ? tr("Carrying on the roll back to version %1").arg(update.fromVersion)
                             : tr("Carrying on the update to version %1").arg(update.toVersion));
    if (m_store->isAborted(id)) {
        onAborted(id, m_store->abortReason(id));
        return;
    }
    const UpdateStep step = update.current < update.steps.size() ? update.steps.at(update.current)
                                                                 : UpdateStep{};
    if (run.plan.scaling && step.kind == UpdateStep::Kind::Add && step.instances.isEmpty())
        update.steps[update.current].instances = run.plan.scaling->instances;
    if (run.plan.scaling && step.kind != UpdateStep::Kind::Rerun) {
        resumeScaling(run);
        return;
    }
    // A rerun starts again: its instances get new tokens, their node agents run execute anew.
    run.plan.scaling.reset();
    QTimer::singleShot(0, this, [this, id] {
        if (ActiveRun *r = active(id); r && r->plan.update)
            runUpdateStep(*r);
    });
}

void RunEngine::removeLateInstance(ActiveRun &run, const QString &cloud, const Instance &instance)
{
    const QString id = run.record.id;
    event(id, instance.name.toString(), tr("Started after it left the run: removed"));
    QString error;
    Connector *connector = connectorFor(run, cloud, &error);
    if (!connector)
        return;
    TerminateOperation *op = connector->terminate({id, {instance}});
    connect(op, &ConnectorOperation::finished, op, &QObject::deleteLater);
}

} // namespace Slipway
