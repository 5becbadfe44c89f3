// Update benchmark: a Ready 10-node deployment (6 instances of node `a`, 4 of node `b`) whose
// image of `b` gets a new recipe, so that the plan replaces the 4 instances of `b` and leaves
// the 6 others alone. Measured: the rolling update through the run engine (one instance at a
// time, then all 4 at once) until the run is Ready again, beside the anchor measured in the
// same run on the same deployment: terminate it (every container removed) and launch the new
// version afresh until Ready, which is what changing a running deployment took before.
//
//   bench_update [--rounds R] [--smoke]
// Needs Podman and localhost/slipway-debian:13 (packaging/buildroot/base-image.sh).

#include "connectors/builtinconnectors.h"
#include "core/catalog/catalog.h"
#include "core/run/runhost.h"
#include "core/run/updateplan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Slipway;

namespace {

const QString kBaseImage = u"localhost/slipway-debian:13"_s;

// Runs the event loop until the run settles in a state that is not `passing`; ms taken.
double waitSettled(RunEngine &engine, const QString &run, const QString &passing = {})
{
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QObject context;
    QObject::connect(&engine, &RunEngine::runSettled, &context, [&](const QString &id) {
        const std::optional<RunRecord> r = engine.run(id);
        if (id == run && r && r->state != passing)
            loop.quit();
    });
    QTimer::singleShot(std::chrono::minutes(15), &loop, &QEventLoop::quit);
    loop.exec();
    return double(timer.nsecsElapsed()) / 1e6;
}

QString launch(RunHost &host, const Catalog &catalog, int a, int b)
{
    LaunchOptions options;
    options.keepRunning = KeepRunning::Always;
    options.multiplicities = {{u"a"_s, a}, {u"b"_s, b}};
    const Result<RunPlan> plan = planRun(catalog, u"bench/ten"_s, options);
    if (!plan)
        qFatal("%s", qPrintable(plan.errorMessage()));
    const Result<QString> run = host.engine().launch(*plan);
    if (!run)
        qFatal("%s", qPrintable(run.errorMessage()));
    return *run;
}

void expectReady(RunEngine &engine, const QString &run, const char *what)
{
    const std::optional<RunRecord> r = engine.run(run);
    if (!r || r->state != RunState::Ready)
        qFatal("%s: the run is %s: %s",
               what,
               r ? qPrintable(r->state) : "gone",
               r ? qPrintable(r->abortReason) : "");
}

void newRecipe(Catalog &catalog, int n)
{
    Module b = catalog.latest(u"bench/b"_s)->module;
    b.image.recipes.recipe = u"#!/bin/sh\necho %1 >/etc/bench-version\n"_s.arg(n);
    if (!catalog.save(b, u"bench"_s, {}))
        qFatal("cannot save bench/b");
}

// Updates the run to the catalog's latest, `batch` instances at a time; ms until Ready.
double update(RunHost &host, const Catalog &catalog, const QString &run, int batch, int replaced)
{
    RunEngine &engine = host.engine();
    const Result<UpdatePlan> plan = planUpdate(catalog, *engine.run(run), engine.instances(run));
    if (!plan)
        qFatal("%s", qPrintable(plan.errorMessage()));
    const NodeUpdate *b = plan->node(u"b"_s);
    if (!b || b->action != UpdateAction::Replace || b->instances.size() != replaced
        || plan->node(u"a"_s)->action != UpdateAction::Unchanged)
        qFatal("unexpected plan:\n%s", qPrintable(plan->toText()));
    QElapsedTimer timer;
    timer.start();
    if (Result<void> started = engine.update(run, *plan, batch); !started)
        qFatal("%s", qPrintable(started.errorMessage()));
    waitSettled(engine, run, RunState::Updating.toString());
    expectReady(engine, run, "update");
    if (PersistedPlan::fromJson(engine.run(run)->plan).lastUpdateFailed)
        qFatal("the update was rolled back");
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Relaunch
{
    double terminated = 0; // every container removed
    double ready = 0;      // terminated, then the new launch Ready
    QString run;
};

Relaunch relaunch(RunHost &host, const Catalog &catalog, const QString &run, int a, int b)
{
    RunEngine &engine = host.engine();
    Relaunch r;
    QElapsedTimer timer;
    timer.start();
    if (Result<void> ended = engine.terminate(run); !ended)
        qFatal("%s", qPrintable(ended.errorMessage()));
    waitSettled(engine, run, RunState::Ready.toString());
    if (!engine.run(run)->terminated)
        qFatal("the run was not terminated");
    r.terminated = double(timer.nsecsElapsed()) / 1e6;
    r.run = launch(host, catalog, a, b);
    waitSettled(engine, r.run);
    expectReady(engine, r.run, "relaunch");
    r.ready = double(timer.nsecsElapsed()) / 1e6;
    return r;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"slipway.*.info=false"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption roundsOption(u"rounds"_s, u"rounds (median)"_s, u"R"_s, u"3"_s);
    const QCommandLineOption smokeOption(u"smoke"_s, u"3 nodes (1 replaced), 1 round"_s);
    parser.addOptions({roundsOption, smokeOption});
    parser.process(app);
    const bool smoke = parser.isSet(smokeOption);
    const int rounds = smoke ? 1 : std::max(1, parser.value(roundsOption).toInt());
    const int a = smoke ? 2 : 6;
    const int b = smoke ? 1 : 4;
    if (QProcess::execute(u"podman"_s, {u"image"_s, u"exists"_s, kBaseImage}) != 0)
        qFatal("missing %s: run packaging/buildroot/base-image.sh", qPrintable(kBaseImage));

    QTemporaryDir dir;
    const QString db = dir.filePath(u"catalog.sqlite"_s);
    Catalog catalog(db);
    if (!catalog.open())
        qFatal("cannot open the catalog");
    Module base;
    base.path = u"bench/debian"_s;
    base.kind = ModuleKind::Image;
    base.image.native = true;
    base.image.platform = u"debian"_s;
    base.image.imageIds = {CloudImageId{u"local"_s, kBaseImage, {}}};
    Module imageA = base;
    imageA.path = u"bench/a"_s;
    imageA.image.native = false;
    imageA.image.imageIds.clear();
    imageA.image.parent = base.path;
    imageA.image.recipes.execute = u"true\n"_s;
    Module imageB = imageA;
    imageB.path = u"bench/b"_s;
    imageB.image.recipes.recipe = u"#!/bin/sh\necho 0 >/etc/bench-version\n"_s;
    Module deployment;
    deployment.path = u"bench/ten"_s;
    deployment.kind = ModuleKind::Deployment;
    Node nodeA;
    nodeA.name = u"a"_s;
    nodeA.image = imageA.path;
    Node nodeB = nodeA;
    nodeB.name = u"b"_s;
    nodeB.image = imageB.path;
    deployment.deployment.nodes = {nodeA, nodeB};
    for (const Module &m : {base, imageA, imageB, deployment})
        if (!catalog.save(m, u"bench"_s, {}))
            qFatal("cannot save %s", qPrintable(m.path));

    RunHost host(builtinConnectors(), [](const QString &name) -> std::optional<CloudConfig> {
        if (name == u"local")
            return CloudConfig::local();
        return std::nullopt;
    });
    RunHost::Options options;
    options.databaseFile = db;
    options.certificateDir = dir.filePath(u"tls"_s);
    if (Result<void> started = host.start(options); !started)
        qFatal("%s", qPrintable(started.errorMessage()));

    QList<double> rolling, together, terminated, relaunched;
    int version = 0;
    QString run = launch(host, catalog, a, b);
    waitSettled(host.engine(), run);
    expectReady(host.engine(), run, "launch");
    for (int round = 0; round < rounds; ++round) {
        newRecipe(catalog, ++version);
        const double one = update(host, catalog, run, 1, b);
        newRecipe(catalog, ++version);
        const double all = update(host, catalog, run, b, b);
        // The anchor: the same deployment, at the version it was updated to, terminated and
        // launched afresh.
        const Relaunch r = relaunch(host, catalog, run, a, b);
        run = r.run;
        rolling << one;
        together << all;
        terminated << r.terminated;
        relaunched << r.ready;
        std::printf("round %d: update (%d of %d replaced) one at a time %.0f ms, %d at a time "
                    "%.0f ms | terminate %.0f ms, terminate + relaunch to Ready %.0f ms\n",
                    round + 1,
                    b,
                    a + b,
                    one,
                    b,
                    all,
                    r.terminated,
                    r.ready);
        std::fflush(stdout);
    }
    (void) host.engine().terminate(run);
    waitSettled(host.engine(), run, RunState::Ready.toString());

    std::printf("median of %d: rolling update %.0f ms (batch 1), %.0f ms (batch %d); "
                "terminate + relaunch %.0f ms (terminate alone %.0f ms); "
                "update / relaunch = %.2f (batch 1), %.2f (batch %d)\n",
                rounds,
                median(rolling),
                median(together),
                b,
                median(relaunched),
                median(terminated),
                median(rolling) / median(relaunched),
                median(together) / median(relaunched),
                b);
    return 0;
}
