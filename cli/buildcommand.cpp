#include "buildcommand.h"

#include "cli/commandline.h"
#include "cli/runcommand.h"
#include "core/catalog/catalog.h"
#include "core/catalog/catalogsource.h"
#include "core/run/cloudlist.h"
#include "core/run/runplan.h"
#include "core/settings.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Slipway::Cli {

int BuildCommand::run(const QStringList &arguments)
{
    quietInfoLogs();
    if (arguments.size() != 1) {
        m_err << "slipway-cli: build takes one image path (see --help)\n";
        return ExitUsage;
    }
    const QString path = arguments.constFirst();
    const QString cloudName = m_options.cloud.isEmpty() ? u"local"_s : m_options.cloud;
    const QString catalogFile = RunCommand::catalogFile(m_options.catalogFile);
    const auto fail = [this](int code, const QString &message) {
        m_err << "slipway-cli: " << message << '\n';
        return code;
    };
    // The image may come from a team catalog (the build run records it, and the built image
    // is recorded there); the run itself is kept in the local file.
    const Settings settings;
    const auto source = catalogSource(m_options.catalogFile, settings);
    if (!source)
        return fail(ExitFailure, source.errorMessage());
    if (!source->isTeam && !QFileInfo::exists(catalogFile))
        return fail(ExitFailure, u"there is no catalog %1"_s.arg(catalogFile));
    std::optional<RunPlan> plan;
    {
        Catalog catalog(source->backend);
        if (source->isTeam)
            catalog.setSourceLabel(source->label);
        if (Result<void> opened = catalog.open(); !opened)
            return fail(ExitFailure, opened.errorMessage());
        if (!catalog.contains(path))
            return fail(ExitFailure, u"there is no module %1"_s.arg(path));
        CloudList clouds;
        if (Result<void> loaded = clouds.load(); !loaded)
            return fail(ExitFailure, loaded.errorMessage());
        if (!clouds.find(cloudName))
            return fail(ExitCannotLaunch, u"there is no cloud named %1"_s.arg(cloudName));
        Result<RunPlan> planned = planImageBuild(catalog, path, cloudName);
        if (!planned)
            return fail(ExitCannotLaunch, planned.errorMessage());
        plan = std::move(*planned);
    }

    // The build is a run of the engine: recorded, shown by run ls/show/logs, resumed after a
    // crash, aborted with run abort.
    ExclusiveRunHost host;
    int code = ExitOk;
    if (Result<void> started = host.start(catalogFile, &code); !started)
        return fail(code, started.errorMessage());
    RunEngine &engine = host.engine();
    RunProgress progress(host.host(), m_out, m_err);
    QString run;
    QObject::connect(&engine, &RunEngine::eventAdded, &engine, [&](const RunEvent &e) {
        if (e.run == run && !e.instance.isEmpty()) {
            m_err << "  " << e.message << '\n';
            m_err.flush();
        }
    });
    QEventLoop loop;
    QObject::connect(&engine, &RunEngine::runSettled, &loop, [&](const QString &id) {
        if (id == run)
            loop.quit();
    });
    m_err << "slipway-cli: building " << path << " v" << plan->build.imageVersion << " on "
          << cloudName << " from " << plan->build.baseImageId << " (" << plan->build.steps.size()
          << " steps)\n";
    m_err.flush();
    const Result<QString> launched = engine.launch(*plan);
    if (!launched)
        return fail(ExitCannotLaunch, launched.errorMessage());
    run = *launched;
    progress.follow(run);
    if (engine.isActive(run))
        loop.exec();

    const std::optional<RunRecord> record = engine.run(run);
    if (!record)
        return fail(ExitFailure, u"the build run %1 has no record"_s.arg(run));
    if (record->state != RunState::Done) {
        return fail(record->state == RunState::Cancelled ? int(ExitRunAborted) : int(ExitFailure),
                    u"the build failed (run %1 %2): %3"_s.arg(run,
                                                              record->state,
                                                              record->abortReason));
    }
    const QJsonObject result = record->plan.value(u"result"_s).toObject();
    const QJsonArray steps = result.value(u"steps"_s).toArray();
    for (const QJsonValue &v : steps) {
        const QJsonObject s = v.toObject();
        m_err << "step " << s.value(u"name"_s).toString() << ": "
              << (s.value(u"reused"_s).toBool() ? "reused" : "run") << " in "
              << QString::number(s.value(u"milliseconds"_s).toInteger() / 1000.0, 'f', 2)
              << " s -> " << s.value(u"imageId"_s).toString().left(12) << '\n';
    }
    m_err.flush();
    const double seconds = result.value(u"milliseconds"_s).toInteger() / 1000.0;
    if (m_options.json) {
        const QJsonObject o{{u"run"_s, run},
                            {u"image"_s, path},
                            {u"version"_s, plan->build.imageVersion},
                            {u"cloud"_s, cloudName},
                            {u"imageId"_s, result.value(u"imageId"_s)},
                            {u"tag"_s, plan->build.tag},
                            {u"stepsRun"_s, result.value(u"stepsRun"_s)},
                            {u"steps"_s, steps},
                            {u"milliseconds"_s, result.value(u"milliseconds"_s)}};
        m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        m_out << path << " v" << plan->build.imageVersion << " built on " << cloudName << ": "
              << result.value(u"imageId"_s).toString() << " ("
              << result.value(u"stepsRun"_s).toInt() << " of " << steps.size() << " steps run, "
              << QString::number(seconds, 'f', 2) << " s, run " << run << ")\n";
    }
    return ExitOk;
}

} // namespace Slipway::Cli
