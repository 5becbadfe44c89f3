// The image builds of the run engine (RunKind::Build): one operation of the cloud's
// connector, whose image the catalog records.

#include "core/catalog/catalog.h"
#include "core/catalog/catalogsource.h"
#include "core/connector/connector.h"
#include "core/connector/connectorregistry.h"
#include "core/run/activerun.h"
#include "core/settings.h"

using namespace Qt::StringLiterals;

namespace Slipway {

Result<QString> RunEngine::launchBuild(const RunPlan &plan)
{
    const PlannedBuild &b = plan.build;
    const std::optional<CloudConfig> config = m_clouds(b.cloud);
    if (!config)
        return Error{
            tr("There is no cloud named %1: add it with slipway-cli cloud add.").arg(b.cloud)};
    const ConnectorKind *kind = m_registry->find(config->kind);
    if (!kind)
        return Error{tr("The cloud %1 needs the connector %2, which this Slipway does not have.")
                         .arg(b.cloud, config->kind)};
    if (!kind->capabilities.buildsImages)
        return Error{tr("The cloud %1 (%2) cannot build images.").arg(b.cloud, config->kind)};
    if (b.baseImageId.isEmpty())
        return Error{tr("%1 has no base image to build on in %2.").arg(b.imagePath, b.cloud)};

    const QString id = QUuid::createUuid().toString(QUuid::Id128).left(12);
    auto run = std::make_shared<ActiveRun>();
    RunRecord &record = run->record;
    record.id = id;
    record.kind = runKindName(RunKind::Build);
    record.modulePath = b.imagePath;
    record.moduleVersion = b.imageVersion;
    record.catalog = plan.catalog; // where the built image is recorded at the end
    record.state = RunState::Initializing.toString();
    record.keepRunning = keepRunningName(KeepRunning::Never);
    record.createdAt = QDateTime::currentDateTimeUtc();
    run->plan.build
        = PersistedBuild{b.imagePath, b.imageVersion, b.cloud, b.baseImageId, b.tag, b.steps};
    run->plan.deadline = record.createdAt.addSecs(plan.options.timeoutSeconds).toMSecsSinceEpoch();
    run->plan.timeoutSeconds = plan.options.timeoutSeconds;
    run->plan.tags = plan.options.tags;
    record.plan = run->plan.toJson();
    if (Result<void> inserted = m_records.insertRun(record); !inserted)
        return inserted.error();

    InstanceRecord instance;
    instance.run = id;
    instance.name = run->buildInstance();
    instance.node = QString(kSingleImageNode);
    instance.cloud = b.cloud;
    instance.state = InstanceState::Provisioning;
    (void) m_records.upsertInstance(instance);
    run->instances.insert(instance.name, instance);
    m_active.insert(id, run);
    event(id,
          {},
          tr("Launched %1 (version %2) as a build run").arg(b.imagePath).arg(b.imageVersion));
    qCInfo(lcRun) << "run" << id << "builds" << b.imagePath;
    startBuild(*run);
    return id;
}

void RunEngine::startBuild(ActiveRun &run)
{
    const QString id = run.record.id;
    const PersistedBuild b = run.plan.build.value_or(PersistedBuild{});
    const QString instance = run.buildInstance();
    QString error;
    Connector *connector = connectorFor(run, b.cloud, &error);
    if (!connector) {
        endBuild(run, RunState::Aborted.toString(), error);
        return;
    }
    ImageBuildRequest request;
    request.runId = id;
    request.owner = m_owner;
    request.baseImageId = b.baseImageId;
    request.tag = b.tag;
    request.steps = b.steps;

    const qint64 left = run.plan.deadline - QDateTime::currentMSecsSinceEpoch();
    run.timeout = std::make_unique<QTimer>();
    run.timeout->setSingleShot(true);
    connect(run.timeout.get(), &QTimer::timeout, this, [this, id] {
        (void) abort(id, tr("The build did not end in time."));
    });
    run.timeout->start(std::chrono::milliseconds(std::max<qint64>(left, 0)));

    if (run.record.state != RunState::Executing)
        setRunState(run, RunState::Executing.toString());
    setInstanceState(run, instance, InstanceState::Installing);
    event(id,
          instance,
          tr("Building on %1 from %2 (%n step(s))", nullptr, int(request.steps.size()))
              .arg(b.cloud, request.baseImageId));

    ImageBuildOperation *op = connector->buildImage(request);
    run.build = op;
    connect(op,
            &ConnectorOperation::progress,
            this,
            [this, id, instance](const ConnectorProgress &p) {
                event(id, instance, p.message);
                Q_EMIT buildProgress(id, p.done, p.total);
            });
    connect(op,
            &ConnectorOperation::outputLine,
            this,
            [this, id, instance](const QString &step, const QString &line) {
                event(id, instance, step + u": "_s + line);
            });
    connect(op,
            &ImageBuildOperation::stepFinished,
            this,
            [this, id, instance](const BuildStepResult &s) {
                event(id,
                      instance,
                      s.reused ? tr("Step %1: reused (%2)").arg(s.name, s.cacheKey.left(12))
                               : tr("Step %1: run in %2 s (%3)")
                                     .arg(s.name,
                                          QString::number(s.milliseconds / 1000.0, 'f', 2),
                                          s.cacheKey.left(12)));
            });
    connect(op, &ConnectorOperation::finished, this, [this, id, op] { onBuildFinished(id, op); });
}

void RunEngine::onBuildFinished(const QString &id, ImageBuildOperation *op)
{
    op->deleteLater();
    ActiveRun *run = active(id);
    if (!run || run->build != op)
        return;
    run->build = nullptr;
    if (op->error()) {
        if (run->cancelled) {
            endBuild(*run, RunState::Cancelled.toString(), {});
            return;
        }
        QString reason = run->record.abortReason;
        if (reason.isEmpty())
            reason = tr("The build failed: %1").arg(op->error()->toDisplayString());
        endBuild(*run, RunState::Aborted.toString(), reason);
        return;
    }
    const ImageBuildResult &result = op->result();
    run->plan.result = PersistedBuildResult{result.imageId,
                                            result.cacheKey,
                                            result.stepsRun(),
                                            result.steps,
                                            op->elapsedMilliseconds()};
    const QString instance = run->buildInstance();
    InstanceRecord &i = run->instances[instance];
    i.instanceId = result.imageId;
    i.handle = run->plan.build ? run->plan.build->tag : QString();
    setInstanceState(*run, instance, InstanceState::Ready);
    event(id,
          instance,
          tr("Built %1 (%2 of %3 steps run)")
              .arg(result.imageId.left(12))
              .arg(result.stepsRun())
              .arg(result.steps.size()));
    setRunState(*run, RunState::Finalizing.toString()); // persists the result
    recordBuild(*run);
}

void RunEngine::recordBuild(ActiveRun &run)
{
    const PersistedBuild b = run.plan.build.value_or(PersistedBuild{});
    const QString imageId = run.plan.result ? run.plan.result->imageId : QString();
    // The image's own catalog keeps the build: the local file, or the team catalog the run
    // came from, open already in the GUI, else reached by its remembered connection (the
    // password from the keychain).
    Catalog *open = m_catalogOpener ? m_catalogOpener(run.record.catalog) : nullptr;
    Result<std::unique_ptr<Catalog>> opened = open ? Result<std::unique_ptr<Catalog>>(nullptr)
                                                   : openCatalogOfRun(run.record.catalog,
                                                                      m_databaseFile,
                                                                      Settings());
    Result<void> recorded = opened ? Result<void>() : Result<void>(opened.error());
    if (recorded)
        recorded = (open ? open : opened->get())
                       ->recordBuiltImage(b.image, b.version, b.cloud, imageId);
    if (!recorded) {
        endBuild(run,
                 RunState::Aborted.toString(),
                 tr("The built image %1 could not be recorded in the catalog: %2")
                     .arg(imageId, recorded.errorMessage()));
        return;
    }
    // What the build was made from: the catalog keeps the version and the time (the Clouds
    // tab compares them with the image and its parents now), the run's plan the base and steps.
    event(run.record.id,
          {},
          tr("Recorded %1 as the image of %2 version %3 on %4, built on %5")
              .arg(imageId.left(12), b.image, QString::number(b.version), b.cloud, b.baseImageId));
    endBuild(run, RunState::Done.toString(), {});
}

void RunEngine::endBuild(ActiveRun &run, const QString &finalState, const QString &reason)
{
    const QString id = run.record.id;
    if (finalState == RunState::Aborted) {
        if (run.record.abortReason.isEmpty() || run.record.abortReason == reason)
            run.record.abortReason = reason;
        event(id, {}, tr("Aborted: %1").arg(run.record.abortReason));
        setInstanceState(run, run.buildInstance(), InstanceState::Failed);
        qCInfo(lcRun) << "build run" << id << "aborted";
    }
    // finalize() removes whatever the build left with the run's label, then settles.
    finalize(run, finalState);
}

} // namespace Slipway
