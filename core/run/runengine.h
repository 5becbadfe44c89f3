#pragma once

// The run engine: launches a planned run on its clouds' connectors, follows
// it through the global states, whose barriers the broker's parameter store reports, and
// ends it by its keep-running policy. What it learns of a run it writes to the run records
// first, so an application restarted during a run resumes it (open()).

#include "core/connector/cloudconfig.h"
#include "core/connector/connectortypes.h"
#include "core/run/runplan.h"
#include "core/run/runrecords.h"

#include <QHash>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcRun)

class QTimer;

namespace Slipway {

class Connector;
class ConnectorRegistry;
class ImageBuildOperation;
class RuntimeParameterStore;

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

    // Opens the run records and resumes every run that was still going.
    Result<void> open(const QString &databaseFile);

    // A deployment or single-image run, or an image build (RunKind::Build): one instance,
    // the connector's build as its operation, the built image recorded in the catalog.
    Result<QString> launch(const RunPlan &plan);
    // Adds (delta > 0) or removes (delta < 0, the highest-numbered) instances of a node of a
    // Ready run (docs/ARCHITECTURE.md#scaling). The run is Scaling until the new instances are
    // Ready and on-vm-add / on-vm-remove ran on the others, then Ready again (runSettled).
    Result<void> scale(const QString &run, const QString &node, int delta);
    // Aborts a running run (the first reason wins); for a build, cancels the build.
    Result<void> abort(const QString &run, const QString &reason);
    // Ends a run: a Ready run is finalized (Done), a run still going is cancelled; its
    // instances are removed whatever the keep-running policy.
    Result<void> terminate(const QString &run);

    std::optional<RunRecord> run(const QString &id) const { return m_records.run(id); }
    QList<RunRecord> runs() const { return m_records.runs(); }
    QList<InstanceRecord> instances(const QString &run) const { return m_records.instances(run); }
    QList<RunEvent> events(const QString &run, qint64 afterId = 0) const
    {
        return m_records.events(run, afterId);
    }
    bool isActive(const QString &run) const { return m_active.contains(run); }

Q_SIGNALS:
    void runStateChanged(const QString &run, const QString &state);
    void instanceChanged(const Slipway::InstanceRecord &instance);
    void eventAdded(const Slipway::RunEvent &event);
    // The run needs nothing more from the engine: Ready and kept, Done, Cancelled, or Aborted
    // with its instances kept or terminated.
    void runSettled(const QString &run);

private:
    struct ActiveRun;

    ActiveRun *active(const QString &run) const;
    Connector *connectorFor(ActiveRun &run, const QString &cloud, QString *error);
    QString brokerUrlFor(Connector *connector) const;

    void provision(ActiveRun &run, const QString &cloud, const QList<InstanceRequest> &requests);
    void onProvisioned(const QString &run, const QString &cloud, const Instance &instance);
    void onLaunched(const QString &run, const Instance &instance);
    void onProvisionFailed(const QString &run, const QString &instance, const QString &reason);
    void bootstrap(ActiveRun &run, const QString &instance, const QByteArray &token);

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
    RunRecords m_records;
    QString m_databaseFile;
    QHash<QString, std::shared_ptr<ActiveRun>> m_active;
};

} // namespace Slipway
