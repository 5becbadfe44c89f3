// The health checks of a Ready run by the run engine (docs/ARCHITECTURE.md#health): each
// instance of a node whose image has a check recipe runs it every interval, through the
// connector's bootstrap channel (an exec for containers, the SSH channel, the agent's route);
// exit 0 is healthy. After `failures` failures in a row the instance is unhealthy and the
// node's policy applies: report it, run its execute again, or replace it, both through the
// steps of an update, at the run's own version.

#include "core/broker/runtimeparameterstore.h"
#include "core/connector/connector.h"
#include "core/run/activerun.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

// Runs the check recipes the bootstrap unpacked, layer by layer, root image first; the first
// that fails gives its exit status. A check that hangs is stopped after 60 s.
QByteArray healthCheckScript()
{
    return R"sh(#!/bin/sh
# Slipway: this instance's check recipes.
set -u
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
d=/var/lib/slipway
SLIPWAY_CONTEXT=/etc/slipway/context
SLIPSTREAM_DIID=$SLIPWAY_RUN
SLIPSTREAM_NODE_INSTANCE=$SLIPWAY_INSTANCE
SLIPSTREAM_NODE_INSTANCE_NAME=$SLIPWAY_INSTANCE
export PATH SLIPWAY_CONTEXT SLIPSTREAM_DIID SLIPSTREAM_NODE_INSTANCE \
    SLIPSTREAM_NODE_INSTANCE_NAME SLIPWAY_RUN SLIPWAY_INSTANCE
cd "$d/work" 2>/dev/null || cd /
if command -v timeout >/dev/null 2>&1; then limit="timeout 60"; else limit=; fi
for script in "$d/scripts/check".*; do
    [ -f "$script" ] || continue
    if [ "$(head -c 2 "$script")" = '#!' ]; then
        $limit "$script" </dev/null
    else
        $limit sh "$script" </dev/null
    fi
    status=$?
    if [ "$status" != 0 ]; then
        echo "check: ${script##*/} ended with exit status $status"
        exit "$status"
    fi
done
)sh";
}

} // namespace

Result<void> RunEngine::setHealthChecks(const QString &id,
                                        const QString &node,
                                        const HealthSettings &settings)
{
    ActiveRun *run = active(id);
    if (!run)
        return Error{tr("The run %1 is not going.").arg(id)};
    PersistedNode *found = nullptr;
    for (PersistedNode &n : run->plan.nodes)
        if (n.name == node)
            found = &n;
    if (!found)
        return Error{tr("The run %1 has no node %2.").arg(id, node)};
    if (!found->health)
        return Error{tr("The image of %1 has no check recipe.").arg(node)};
    if (settings.intervalSeconds < 1 || settings.failures < 1)
        return Error{tr("A check runs at least every second and fails at least once.")};
    found->health = settings;
    if (run->plan.update)
        for (QList<PersistedNode> *side : {&run->plan.update->from, &run->plan.update->to})
            for (PersistedNode &n : *side)
                if (n.name == node && n.health)
                    n.health = settings;
    (void) save(*run);
    event(id,
          {},
          tr("Health checks of %1: every %2 s, unhealthy after %3 failure(s), then %4")
              .arg(node)
              .arg(settings.intervalSeconds)
              .arg(settings.failures)
              .arg(healthPolicyName(settings.policy)));
    if (!run->healthTimers.isEmpty())
        startHealthChecks(*run);
    return {};
}

void RunEngine::startHealthChecks(ActiveRun &run)
{
    stopHealthChecks(run);
    const QString id = run.record.id;
    for (const PersistedNode &n : std::as_const(run.plan.nodes)) {
        if (!n.health)
            continue;
        auto timer = std::make_shared<QTimer>();
        const QString node = n.name;
        connect(timer.get(), &QTimer::timeout, this, [this, id, node] { checkNode(id, node); });
        timer->start(std::chrono::seconds(n.health->intervalSeconds));
        run.healthTimers.insert(node, timer);
    }
}

void RunEngine::stopHealthChecks(ActiveRun &run)
{
    run.healthTimers.clear();
    run.checking.clear();
    ++run.healthRound;
}

void RunEngine::checkNode(const QString &id, const QString &node)
{
    ActiveRun *run = active(id);
    if (!run || run->finalizing || run->record.state != RunState::Ready)
        return;
    const int round = run->healthRound;
    for (const InstanceRecord &i : std::as_const(run->instances)) {
        if (i.node != node || i.state != InstanceState::Ready || run->checking.contains(i.name))
            continue;
        QString error;
        Connector *connector = connectorFor(*run, i.cloud, &error);
        if (!connector) {
            onCheckResult(*run, i.name, false, error);
            continue;
        }
        BootstrapRequest request;
        request.runId = id;
        request.instance.name = *InstanceName::parse(i.name);
        request.instance.handle = i.handle;
        request.instance.instanceId = i.instanceId;
        request.instance.hostname = i.hostname;
        request.script = healthCheckScript();
        request.environment = {{u"SLIPWAY_RUN"_s, id}, {u"SLIPWAY_INSTANCE"_s, i.name}};
        run->checking.insert(i.name);
        BootstrapOperation *op = connector->bootstrap(request);
        const QString instance = i.name;
        auto lastLine = std::make_shared<QString>();
        connect(op,
                &ConnectorOperation::outputLine,
                this,
                [lastLine](const QString &, const QString &line) { *lastLine = line; });
        connect(op, &ConnectorOperation::finished, this, [this, id, instance, op, round, lastLine] {
            op->deleteLater();
            ActiveRun *run = active(id);
            // Checks stopped meanwhile (an update, an abort, the end of the run) count for nothing.
            if (!run || run->healthRound != round || run->record.state != RunState::Ready)
                return;
            run->checking.remove(instance);
            const QString detail = op->error()
                                       ? (lastLine->isEmpty() ? op->error()->toDisplayString()
                                                              : *lastLine)
                                       : QString();
            onCheckResult(*run, instance, !op->error(), detail);
        });
    }
}

void RunEngine::setHealth(ActiveRun &run,
                          const QString &instance,
                          const QString &health,
                          bool checked)
{
    const bool changed = run.plan.health.value(instance) != health;
    if (!changed && !checked)
        return;
    run.plan.health.insert(instance, health);
    if (checked)
        run.plan.healthCheckedAt.insert(instance, QDateTime::currentMSecsSinceEpoch());
    (void) save(run);
    Q_EMIT instanceChanged(run.instances.value(instance));
}

QHash<QString, InstanceHealth> RunEngine::health(const QString &id) const
{
    PersistedPlan plan;
    if (const ActiveRun *run = active(id))
        plan = run->plan;
    else if (const std::optional<RunRecord> record = m_records.run(id))
        plan = PersistedPlan::fromJson(record->plan);
    QHash<QString, InstanceHealth> result;
    for (auto it = plan.health.cbegin(); it != plan.health.cend(); ++it) {
        InstanceHealth h;
        h.health = it.value();
        if (const qint64 at = plan.healthCheckedAt.value(it.key()); at > 0)
            h.checkedAt = QDateTime::fromMSecsSinceEpoch(at, QTimeZone::UTC);
        result.insert(it.key(), h);
    }
    return result;
}

void RunEngine::onCheckResult(ActiveRun &run,
                              const QString &instance,
                              bool healthy,
                              const QString &detail)
{
    const QString id = run.record.id;
    const QString was = run.plan.health.value(instance);
    if (healthy) {
        run.checkFailures.remove(instance);
        if (!was.isEmpty() && was != u"healthy")
            event(id, instance, tr("Healthy again"));
        setHealth(run, instance, u"healthy"_s, true);
        return;
    }
    const QString node = run.instances.value(instance).node;
    const PersistedNode *planned = run.plan.node(node);
    const HealthSettings settings = planned && planned->health ? *planned->health
                                                               : HealthSettings{};
    const int failures = ++run.checkFailures[instance];
    event(id,
          instance,
          tr("Check failed (%1 of %2): %3").arg(failures).arg(settings.failures).arg(detail));
    if (failures < settings.failures) {
        // Still counted as it was until the failures reach the node's limit.
        setHealth(run, instance, was.isEmpty() ? u"unknown"_s : was, true);
        return;
    }
    if (was != u"unhealthy")
        event(id,
              instance,
              tr("Unhealthy: its check failed %n time(s) in a row", nullptr, failures));
    setHealth(run, instance, u"unhealthy"_s, true);
    if (settings.policy != HealthPolicy::Report)
        heal(run, instance, settings.policy);
}

void RunEngine::heal(ActiveRun &run, const QString &instance, HealthPolicy policy)
{
    const QString id = run.record.id;
    const QString node = run.instances.value(instance).node;
    QString error;
    const PersistedNode *planned = run.plan.node(node);
    Connector *connector = planned ? connectorFor(run, planned->cloud, &error) : nullptr;
    if (policy == HealthPolicy::Replace && connector && !connector->capabilities().scales) {
        event(id, instance, tr("Cannot be replaced: its cloud does not add instances to a run"));
        return;
    }
    stopHealthChecks(run);
    run.checkFailures.remove(instance);
    UpdateState healing;
    healing.fromVersion = run.record.moduleVersion;
    healing.toVersion = run.record.moduleVersion;
    healing.from = run.plan.nodes;
    healing.to = run.plan.nodes;
    healing.startedAt = QDateTime::currentMSecsSinceEpoch();
    if (policy == HealthPolicy::Restart) {
        healing.healing = u"restart"_s;
        healing.steps = {UpdateStep{UpdateStep::Kind::Rerun, node, true, 0, {instance}}};
        setHealth(run, instance, u"restarting"_s);
        event(id, instance, tr("Restarting: execute runs again"));
    } else {
        // A scaling event in the run's log: one more instance of the node, then this one goes.
        healing.healing = u"replace"_s;
        healing.steps = {UpdateStep{UpdateStep::Kind::Add, node, true, 1, {}},
                         UpdateStep{UpdateStep::Kind::Remove, node, true, 0, {instance}}};
        setHealth(run, instance, u"replacing"_s);
        event(id, instance, tr("Replacing: a new instance of %1 takes its place").arg(node));
    }
    run.plan.update = healing;
    setRunState(run, RunState::Updating.toString(), QString());
    runUpdateStep(run);
}

} // namespace Slipway
