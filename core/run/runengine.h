#pragma once

// The run engine: launches a planned run on its clouds' connectors, follows
// it through the global states, whose barriers the broker's parameter store reports, and
// ends it by its keep-running policy. What it learns of a run it writes to the run records
// first, so an application restarted during a run resumes it (open()).

#include "core/connector/cloudconfig.h"
#include "core/connector/connectortypes.h"
#include "core/run/runplan.h"
#include "core/run/runrecords.h"
#include "core/run/runretention.h"
#include "core/run/updateplan.h"

#include <QDateTime>
#include <QHash>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcRun)

class QTimer;

namespace Slipway {

enum class AbortOrigin;
class Catalog;
class Connector;
class ConnectorRegistry;
class ImageBuildOperation;
class RuntimeParameterStore;

// What the last health checks of an instance said: "healthy", "unhealthy", "unknown" (checked,
// but not yet failed enough to count), "restarting" or "replacing"; and when it was checked.
struct InstanceHealth
{
    QString health;
    QDateTime checkedAt; // invalid: not checked yet (after a restart or a heal)
};

// Where the nodes find the broker: its scheme and port on this machine (each connector says
// which host name its nodes use), the CA they must trust, and the relay's URL for clouds
// whose nodes go through slipway-relay.
struct BrokerEndpoint
{
    QString scheme = QStringLiteral("https");
    quint16 port = 0;
    QByteArray caPem;
    QString relayUrl;
};

class RunEngine : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunEngine)

public:
    using QObject::event; // not hidden by the run log's event() below
    using CloudResolver = std::function<std::optional<CloudConfig>(const QString &name)>;

    // How long the nodes of an aborted run get to upload their reports before their
    // instances are terminated.
    static constexpr int kReportGraceMs = 60 * 1000;

    RunEngine(RuntimeParameterStore *store,
              const ConnectorRegistry *registry,
              CloudResolver clouds,
              QObject *parent = nullptr);
    ~RunEngine() override;

    void setBrokerEndpoint(const BrokerEndpoint &endpoint) { m_endpoint = endpoint; }
    // Written on every cloud resource, so the orphan clean-up never touches another
    // installation's runs.
    void setOwner(const QString &owner) { m_owner = owner; }
    void setReportGraceMs(int ms) { m_reportGraceMs = ms; }
    // The catalog a run's module came from, by its recorded label (RunRecord::catalog), for
    // recording a build's image there: the GUI hands its open team catalogs (and nullptr for
    // one it has not open). Unset, or nullptr: openCatalogOfRun with the default settings.
    using CatalogOpener = std::function<Catalog *(const QString &label)>;
    void setCatalogOpener(CatalogOpener opener) { m_catalogOpener = std::move(opener); }
    // Which finished runs keep their parameters and reports; applied when the engine opens
    // and whenever a run finishes.
    void setRetention(const RunRetention &rule) { m_retention = rule; }
    RunRetention retention() const { return m_retention; }
    // Prunes the parameters and reports of the finished runs the rule no longer keeps (their
    // records stay); the runs pruned.
    QStringList pruneFinishedRuns();

    // Opens the run records and resumes every run that was still going.
    Result<void> open(const QString &databaseFile);

    // A deployment or single-image run, or an image build (RunKind::Build): one instance,
    // the connector's build as its operation, the built image recorded in the catalog.
    Result<QString> launch(const RunPlan &plan);
    // Adds (delta > 0) or removes (delta < 0, the highest-numbered) instances of a node of a
    // Ready run (docs/ARCHITECTURE.md#scaling). The run is Scaling until the new instances are
    // Ready and on-vm-add / on-vm-remove ran on the others, then Ready again (runSettled).
    Result<void> scale(const QString &run, const QString &node, int delta);
    // Moves a Ready run to the target version of an update plan (planUpdate), node by node in
    // the plan's order, `batch` instances at a time (docs/ARCHITECTURE.md#updates). The run is
    // Updating until every step is done, then Ready at the new version; on the first failure
    // it rolls back and is Ready at its version again (runSettled either way).
    Result<void> update(const QString &run, const UpdatePlan &plan, int batch = 1);
    // How the instances of a node whose image has a check recipe are checked while the run is
    // Ready (every intervalSeconds; unhealthy after `failures` failures in a row; then the
    // policy). Checks start with Ready and stop for anything else (abort, terminate, update).
    Result<void> setHealthChecks(const QString &run, const QString &node, const HealthSettings &s);
    // The user aborts a running run (the first reason wins); for a build, cancels the build.
    // No node can cancel this abort.
    Result<void> abort(const QString &run, const QString &reason);
    // Ends a run: a Ready run is finalized (Done), a run still going is cancelled; its
    // instances are removed whatever the keep-running policy.
    Result<void> terminate(const QString &run);
    // Replaces the tags of a run, going or not (normalized: RunRecords::normalizedTags);
    // runTagsChanged() once they are stored.
    Result<void> setTags(const QString &run, const QStringList &tags);

    std::optional<RunRecord> run(const QString &id) const { return m_records.run(id); }
    QList<RunRecord> runs() const { return m_records.runs(); }
    QList<InstanceRecord> instances(const QString &run) const { return m_records.instances(run); }
    QList<RunEvent> events(const QString &run, qint64 afterId = 0) const
    {
        return m_records.events(run, afterId);
    }
    bool isActive(const QString &run) const { return m_active.contains(run); }
    // The health of the run's checked instances, by instance; empty for a run without checks.
    QHash<QString, InstanceHealth> health(const QString &run) const;

    // `text` with the values of the run's passwords (given at launch or set by a node) masked:
    // a script that prints one, in its output or its log's tail, does not show it in the
    // events or the abort reason (a node's too, before the broker stores it). Values shorter
    // than 4 characters are left alone.
    QString withoutSecrets(const QString &run, QString text) const;

Q_SIGNALS:
    void runStateChanged(const QString &run, const QString &state);
    void runTagsChanged(const QString &run, const QStringList &tags);
    void instanceChanged(const Slipway::InstanceRecord &instance);
    void eventAdded(const Slipway::RunEvent &event);
    // The run needs nothing more from the engine: Ready and kept, Done, Cancelled, or Aborted
    // with its instances kept or terminated.
    void runSettled(const QString &run);
    // A build run's progress as its connector reports it: done of total steps (total 0 when
    // not known yet).
    void buildProgress(const QString &run, int done, int total);

private:
    struct ActiveRun;

    ActiveRun *active(const QString &run) const;
    // An abort raised by the user, the run's timeout or Slipway.
    Result<void> abortRun(const QString &run, AbortOrigin origin, const QString &reason);
    Connector *connectorFor(ActiveRun &run, const QString &cloud, QString *error);
    QString brokerUrlFor(Connector *connector) const;

    void provision(ActiveRun &run, const QString &cloud, const QList<InstanceRequest> &requests);
    void onProvisioned(const QString &run, const QString &cloud, const Instance &instance);
    void onProvisionFailed(const QString &run, const QString &instance, const QString &reason);
    // script: the node's bootstrap script when empty. launched: provision() started the
    // instance with this bootstrap (bootstrapsAtLaunch).
    void bootstrap(ActiveRun &run,
                   const QString &instance,
                   const QByteArray &token,
                   const QByteArray &script = {},
                   bool launched = false);
    void removeLateInstance(ActiveRun &run, const QString &cloud, const Instance &instance);

    Result<QString> launchBuild(const RunPlan &plan);
    void startBuild(ActiveRun &run);
    void onBuildFinished(const QString &run, ImageBuildOperation *op);
    void recordBuild(ActiveRun &run);
    void endBuild(ActiveRun &run, const QString &finalState, const QString &reason);

    void scaleUp(ActiveRun &run, const QString &node, int count);
    void scaleDown(ActiveRun &run, const QString &node, int count);
    void startScalingTimeout(ActiveRun &run);
    void scalingProvisioned(ActiveRun &run);
    void runVmHooks(ActiveRun &run);
    void removeScaledInstances(ActiveRun &run);
    void completeScalingOthers(ActiveRun &run);
    void onScalingBarrier(ActiveRun &run, const QString &storeState);
    void finishScaling(ActiveRun &run);
    void resumeScaling(ActiveRun &run);
    void removeForScaling(ActiveRun &run, const QString &node, const QStringList &removed);

    void runUpdateStep(ActiveRun &run);
    void rerunForUpdate(ActiveRun &run, UpdateStep &step);
    void updateStepDone(ActiveRun &run);
    void finishUpdate(ActiveRun &run);
    void rollBackUpdate(ActiveRun &run, const QString &reason);
    void resumeUpdate(ActiveRun &run);
    void useNodeSide(ActiveRun &run, const QString &node, bool toNew);

    void startHealthChecks(ActiveRun &run);
    void stopHealthChecks(ActiveRun &run);
    void checkNode(const QString &run, const QString &node);
    void onCheckResult(ActiveRun &run, const QString &instance, bool healthy, const QString &detail);
    // checked: a check has just ended (its time is kept), else only the state changes.
    void setHealth(ActiveRun &run,
                   const QString &instance,
                   const QString &health,
                   bool checked = false);
    void heal(ActiveRun &run, const QString &instance, HealthPolicy policy);

    void onValueSet(const QString &run, const QString &key, const QString &value);
    void onBarrier(const QString &run, const QString &state);
    void onAborted(const QString &run, const QString &reason);

    // storeState: the ss:state the nodes see, when it is not `state` (Scaling), or empty to
    // leave it.
    void setRunState(ActiveRun &run, const QString &state);
    void setRunState(ActiveRun &run, const QString &state, const QString &storeState);
    void setInstanceState(ActiveRun &run, const QString &instance, InstanceState state);
    void setLiveInstanceStates(ActiveRun &run, InstanceState state);
    // Writes the run's record, its plan taken from the typed one.
    Result<void> save(ActiveRun &run);
    // A line in the run's log (QObject's event(QEvent *) stays public: see the top).
    void event(const QString &run, const QString &instance, const QString &message);
    void finalize(ActiveRun &run, const QString &finalState);
    void settle(ActiveRun &run);
    void resume(const RunRecord &record, bool afterRestart = true);

    RuntimeParameterStore *m_store;
    const ConnectorRegistry *m_registry;
    CloudResolver m_clouds;
    BrokerEndpoint m_endpoint;
    QString m_owner = QStringLiteral("slipway");
    int m_reportGraceMs = kReportGraceMs;
    RunRetention m_retention;
    RunRecords m_records;
    QString m_databaseFile;
    CatalogOpener m_catalogOpener;
    QHash<QString, std::shared_ptr<ActiveRun>> m_active;
};

} // namespace Slipway
