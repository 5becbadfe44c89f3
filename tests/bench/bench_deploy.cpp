// Deployment benchmark (PRODUCT.md §8, issue 5): a deployment of N trivial nodes launched
// through the run engine (catalog, planRun, broker over TLS, local Podman connector,
// bootstrap, barriers) beside the anchor measured in the same run: the same N containers
// started by hand, `podman network create` then N `podman run -d` in parallel, and the same
// again followed by one `podman exec` per container in parallel (a hand-made "bootstrap").
// Figures: launch -> every instance started, -> every instance bootstrapped, -> Ready; the
// orchestration overhead in % over the anchors (target <= 10 %).
//
//   bench_deploy [--nodes N] [--rounds R] [--smoke]
// Needs Podman and localhost/slipway-debian:13 (packaging/buildroot/base-image.sh).

#include "connectors/builtinconnectors.h"
#include "connectors/local/localconnector.h"
#include "connectors/local/localprovision.h"
#include "core/catalog/catalog.h"
#include "core/run/runhost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Slipway;

namespace {

const QString kBaseImage = u"localhost/slipway-debian:13"_s;

int podman(const QStringList &args, QString *out = nullptr)
{
    QProcess p;
    p.start(u"podman"_s, args);
    p.waitForFinished(-1);
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

bool podmanParallel(const QList<QStringList> &commands)
{
    QEventLoop loop;
    int pending = int(commands.size());
    bool ok = true;
    QList<QProcess *> processes;
    for (qsizetype i = 0; i < commands.size(); ++i) {
        auto *p = new QProcess(&loop);
        QObject::connect(p, &QProcess::finished, &loop, [&](int code) {
            ok = ok && code == 0;
            if (--pending == 0)
                loop.quit();
        });
        processes << p;
    }
    for (qsizetype i = 0; i < commands.size(); ++i)
        processes[i]->start(u"podman"_s, commands[i]);
    if (pending > 0)
        loop.exec();
    return ok;
}

void removeRun(const QString &runId)
{
    QString ids;
    podman({u"ps"_s, u"-a"_s, u"-q"_s, u"--filter"_s, u"label=slipway.run="_s + runId}, &ids);
    if (!ids.isEmpty())
        podman(QStringList{u"rm"_s, u"-f"_s, u"-t"_s, u"0"_s} + ids.split(u'\n'));
    podman({u"network"_s, u"rm"_s, u"-f"_s, LocalConnector::networkName(runId)});
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

struct Anchor
{
    double started = 0;      // network + N parallel podman run -d
    double bootstrapped = 0; // + N parallel podman exec
};

// By hand: the connector's own `podman run` arguments, all at once, as a script would.
Anchor byHand(int nodes)
{
    const QString runId = u"bh"_s + QUuid::createUuid().toString(QUuid::Id128).left(10);
    ProvisionRequest request{runId, u"bench-deploy"_s, {}};
    for (int i = 1; i <= nodes; ++i)
        request.instances << InstanceRequest{InstanceName{u"node"_s, i}, kBaseImage, {}};
    QElapsedTimer timer;
    timer.start();
    bool ok = podman({u"network"_s,
                      u"create"_s,
                      u"--label"_s,
                      u"slipway.run="_s + runId,
                      LocalConnector::networkName(runId)})
              == 0;
    QList<QStringList> runs, execs;
    for (const InstanceRequest &instance : std::as_const(request.instances)) {
        runs << LocalProvision::runArguments(request, instance, false);
        execs << QStringList{u"exec"_s,
                             LocalConnector::containerName(runId, instance.name),
                             u"sh"_s,
                             u"-c"_s,
                             u"hostname -i"_s};
    }
    ok = ok && podmanParallel(runs);
    Anchor a;
    a.started = double(timer.nsecsElapsed()) / 1e6;
    ok = ok && podmanParallel(execs);
    a.bootstrapped = double(timer.nsecsElapsed()) / 1e6;
    removeRun(runId);
    if (!ok)
        qFatal("the hand-made anchor failed");
    return a;
}

struct Deployed
{
    double started = 0;      // every instance provisioned (booting)
    double bootstrapped = 0; // every instance's bootstrap done (installing or later)
    double ready = 0;        // the run Ready
    double removed = 0;      // keep-running never: Done, containers gone
};

Deployed byEngine(RunHost &host, const Catalog &catalog, int nodes)
{
    LaunchOptions options;
    options.keepRunning = KeepRunning::Never;
    options.multiplicities.insert(u"node"_s, nodes);
    const Result<RunPlan> plan = planRun(catalog, u"bench/trivial"_s, options);
    if (!plan)
        qFatal("%s", qPrintable(plan.errorMessage()));

    Deployed d;
    QElapsedTimer timer;
    QEventLoop loop;
    QString run;
    QSet<QString> started, bootstrapped;
    QObject context;
    QObject::connect(&host.engine(),
                     &RunEngine::instanceChanged,
                     &context,
                     [&](const InstanceRecord &i) {
                         if (i.run != run)
                             return;
                         const double t = double(timer.nsecsElapsed()) / 1e6;
                         if (i.state == u"booting") {
                             started.insert(i.name);
                             if (started.size() == nodes)
                                 d.started = t;
                         } else if (i.state != u"provisioning" && i.state != u"failed"
                                    && i.state != u"terminated" && !bootstrapped.contains(i.name)) {
                             bootstrapped.insert(i.name);
                             if (bootstrapped.size() == nodes)
                                 d.bootstrapped = t;
                         }
                     });
    QObject::connect(&host.engine(),
                     &RunEngine::runStateChanged,
                     &context,
                     [&](const QString &id, const QString &state) {
                         if (id == run && state == RunState::Ready)
                             d.ready = double(timer.nsecsElapsed()) / 1e6;
                     });
    QObject::connect(&host.engine(), &RunEngine::runSettled, &context, [&](const QString &id) {
        if (id == run) {
            d.removed = double(timer.nsecsElapsed()) / 1e6;
            loop.quit();
        }
    });
    timer.start();
    const Result<QString> launched = host.engine().launch(*plan);
    if (!launched)
        qFatal("%s", qPrintable(launched.errorMessage()));
    run = *launched;
    QTimer::singleShot(std::chrono::minutes(10), &loop, &QEventLoop::quit);
    loop.exec();
    const std::optional<RunRecord> record = host.engine().run(run);
    if (!record || record->state != RunState::Done || d.ready == 0) {
        removeRun(run);
        qFatal("the deployment did not reach Ready: %s %s",
               record ? qPrintable(record->state) : "",
               record ? qPrintable(record->abortReason) : "");
    }
    return d;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"slipway.*.info=false"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption nodesOption(u"nodes"_s, u"nodes"_s, u"N"_s, u"10"_s);
    const QCommandLineOption roundsOption(u"rounds"_s, u"rounds (median)"_s, u"R"_s, u"3"_s);
    const QCommandLineOption smokeOption(u"smoke"_s, u"2 nodes, 1 round"_s);
    parser.addOptions({nodesOption, roundsOption, smokeOption});
    parser.process(app);
    const bool smoke = parser.isSet(smokeOption);
    const int nodes = smoke ? 2 : parser.value(nodesOption).toInt();
    const int rounds = smoke ? 1 : parser.value(roundsOption).toInt();
    if (podman({u"image"_s, u"exists"_s, kBaseImage}) != 0)
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
    Module trivial = base;
    trivial.path = u"bench/node"_s;
    trivial.image.native = false;
    trivial.image.imageIds.clear();
    trivial.image.parent = base.path;
    trivial.image.recipes.execute = u"true\n"_s;
    Module deployment;
    deployment.path = u"bench/trivial"_s;
    deployment.kind = ModuleKind::Deployment;
    Node node;
    node.name = u"node"_s;
    node.image = trivial.path;
    deployment.deployment.nodes = {node};
    for (const Module &m : {base, trivial, deployment})
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

    // Warm-up: image layers, podman's database, the TLS session cache.
    byHand(1);
    byEngine(host, catalog, 1);

    QList<double> handStarted, handBoot, engStarted, engBoot, engReady, engRemoved;
    for (int round = 0; round < rounds; ++round) {
        Anchor a;
        Deployed d;
        // Alternate the order so neither side always runs on a warmer machine.
        if (round % 2 == 0) {
            a = byHand(nodes);
            d = byEngine(host, catalog, nodes);
        } else {
            d = byEngine(host, catalog, nodes);
            a = byHand(nodes);
        }
        handStarted << a.started;
        handBoot << a.bootstrapped;
        engStarted << d.started;
        engBoot << d.bootstrapped;
        engReady << d.ready;
        engRemoved << d.removed;
        std::printf("round %d: by hand started %.0f ms, +exec %.0f ms | engine started %.0f ms, "
                    "bootstrapped %.0f ms, Ready %.0f ms, Done+removed %.0f ms\n",
                    round + 1,
                    a.started,
                    a.bootstrapped,
                    d.started,
                    d.bootstrapped,
                    d.ready,
                    d.removed);
        std::fflush(stdout);
    }
    const double hs = median(handStarted), hb = median(handBoot);
    const double es = median(engStarted), eb = median(engBoot), er = median(engReady);
    std::printf("\n%d trivial nodes, median of %d rounds:\n", nodes, rounds);
    std::printf("  every instance started:      engine %6.0f ms, anchor (network + %d parallel "
                "podman run -d) %6.0f ms, overhead %+.1f %% (target <= 10 %%)\n",
                es,
                nodes,
                hs,
                (es - hs) / hs * 100.0);
    std::printf("  every instance bootstrapped: engine %6.0f ms, anchor (+ %d parallel podman "
                "exec) %6.0f ms, overhead %+.1f %%\n",
                eb,
                nodes,
                hb,
                (eb - hb) / hb * 100.0);
    std::printf("  Ready (ss-* tools installed, execute run, reports uploaded, 3 barriers): "
                "engine %6.0f ms, %+.1f %% over the started anchor, %+.1f %% over the "
                "bootstrapped anchor\n",
                er,
                (er - hs) / hs * 100.0,
                (er - hb) / hb * 100.0);
    std::printf("  Done and removed (keep-running never): %.0f ms\n", median(engRemoved));
    return 0;
}
