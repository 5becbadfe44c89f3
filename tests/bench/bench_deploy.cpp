// Deployment benchmark (target: <= 10 % overhead): a deployment of N trivial nodes (an execute
// script `true`) launched through the run engine (catalog, planRun, broker over TLS, local
// connector, bootstrap, three barriers) beside the anchor measured in the same run, by hand:
// `network create`, the same N `run -d` in parallel, then the same trivial script in each,
// N `exec ... sh -c true` in parallel. The overhead figure is Ready over that anchor (target
// <= 10 %), with the breakdown: every container started, every bootstrap done, each barrier.
//
//   bench_deploy [--nodes N] [--rounds R] [--executable podman|docker] [--smoke]
// Needs the tool and localhost/slipway-debian:13 (packaging/buildroot/base-image.sh).

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
const QString kExecuteScript = u"true"_s;
QString g_tool = u"podman"_s; // or docker

CloudConfig cloud()
{
    CloudConfig config = CloudConfig::local();
    config.settings.insert(QString(LocalConnector::kExecutableSetting), g_tool);
    return config;
}

int podman(const QStringList &args, QString *out = nullptr)
{
    QProcess p;
    p.start(g_tool, args);
    p.waitForFinished(-1);
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

bool podmanParallel(const QList<QStringList> &commands, QStringList *outputs = nullptr)
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
        processes[i]->start(g_tool, commands[i]);
    if (pending > 0)
        loop.exec();
    if (outputs) {
        for (QProcess *p : std::as_const(processes))
            *outputs << QString::fromUtf8(p->readAllStandardOutput()).trimmed();
    }
    return ok;
}

void removeRun(const QString &runId)
{
    QString ids;
    podman({u"ps"_s, u"-a"_s, u"-q"_s, u"--filter"_s, u"label=slipway.run="_s + runId}, &ids);
    if (!ids.isEmpty())
        podman(LocalConnector(cloud()).removeArguments(ids.split(u'\n')));
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
    double started = 0; // network + N parallel run -d
    double done = 0;    // + N parallel exec of the trivial script
    QString route;      // how the connector would enter these containers
};

// By hand: the connector's own `run` arguments, all at once, as a script would, then the
// node's script in each container, all at once.
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
    const bool docker = g_tool.contains(u"docker"_s);
    QList<QStringList> runs, execs;
    for (const InstanceRequest &instance : std::as_const(request.instances)) {
        runs << LocalProvision::runArguments(request, instance, docker);
        execs << QStringList{u"exec"_s,
                             LocalConnector::containerName(runId, instance.name),
                             u"sh"_s,
                             u"-c"_s,
                             kExecuteScript};
    }
    QStringList ids;
    ok = ok && podmanParallel(runs, &ids);
    Anchor a;
    a.started = double(timer.nsecsElapsed()) / 1e6;
    ok = ok && podmanParallel(execs);
    a.done = double(timer.nsecsElapsed()) / 1e6;
    const LocalConnector::Command runtime = LocalConnector(cloud()).runtimeOf(ids.value(0));
    a.route = runtime.program.isEmpty() ? QString(g_tool + u" exec"_s)
                                        : QString(runtime.program + u" exec (state in "_s
                                                  + runtime.arguments.value(1) + u')');
    removeRun(runId);
    if (!ok)
        qFatal("the hand-made anchor failed");
    return a;
}

struct Deployed
{
    double started = 0;      // every instance provisioned (booting)
    double bootstrapped = 0; // every instance's bootstrap done (installing or later)
    double executing = 0;    // the Provisioning barrier passed: every node set `complete`
    double reports = 0;      // the Executing barrier passed: SendingReports
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
                         if (i.state == InstanceState::Booting) {
                             started.insert(i.name);
                             if (started.size() == nodes)
                                 d.started = t;
                         } else if (i.state != InstanceState::Provisioning
                                    && i.state != InstanceState::Failed
                                    && i.state != InstanceState::Terminated
                                    && !bootstrapped.contains(i.name)) {
                             bootstrapped.insert(i.name);
                             if (bootstrapped.size() == nodes)
                                 d.bootstrapped = t;
                         }
                     });
    QObject::connect(&host.engine(),
                     &RunEngine::runStateChanged,
                     &context,
                     [&](const QString &id, const QString &state) {
                         if (id != run)
                             return;
                         const double t = double(timer.nsecsElapsed()) / 1e6;
                         if (state == RunState::Executing)
                             d.executing = t;
                         else if (state == RunState::SendingReports)
                             d.reports = t;
                         else if (state == RunState::Ready)
                             d.ready = t;
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
    const QCommandLineOption toolOption(u"executable"_s,
                                        u"the container tool (podman or docker)"_s,
                                        u"TOOL"_s,
                                        u"podman"_s);
    parser.addOptions({nodesOption, roundsOption, smokeOption, toolOption});
    parser.process(app);
    g_tool = parser.value(toolOption);
    const bool smoke = parser.isSet(smokeOption);
    const int nodes = smoke ? 2 : parser.value(nodesOption).toInt();
    const int rounds = smoke ? 1 : parser.value(roundsOption).toInt();
    if (podman({u"image"_s, u"inspect"_s, kBaseImage}) != 0)
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
    trivial.image.recipes.execute = kExecuteScript + u'\n';
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
            return cloud();
        return std::nullopt;
    });
    RunHost::Options options;
    options.databaseFile = db;
    options.certificateDir = dir.filePath(u"tls"_s);
    if (Result<void> started = host.start(options); !started)
        qFatal("%s", qPrintable(started.errorMessage()));

    // Warm-up: image layers, the tool's database, the TLS session cache.
    const QString route = byHand(1).route;
    byEngine(host, catalog, 1);

    QList<double> handStarted, handDone, engStarted, engBoot, engExecuting, engReports, engReady,
        engRemoved;
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
        handDone << a.done;
        engStarted << d.started;
        engBoot << d.bootstrapped;
        engExecuting << d.executing;
        engReports << d.reports;
        engReady << d.ready;
        engRemoved << d.removed;
        std::printf("round %d: by hand started %.0f ms, +exec %.0f ms | engine started %.0f ms, "
                    "bootstrapped %.0f, Executing %.0f, SendingReports %.0f, Ready %.0f ms, "
                    "Done+removed %.0f ms\n",
                    round + 1,
                    a.started,
                    a.done,
                    d.started,
                    d.bootstrapped,
                    d.executing,
                    d.reports,
                    d.ready,
                    d.removed);
        std::fflush(stdout);
    }
    const double hs = median(handStarted), hd = median(handDone);
    const double es = median(engStarted), eb = median(engBoot), ee = median(engExecuting),
                 er = median(engReports), ready = median(engReady);
    const QByteArray tool = g_tool.toUtf8();
    std::printf("\n%d trivial nodes (%s), median of %d rounds:\n", nodes, tool.constData(), rounds);
    std::printf("  anchor, by hand: %s network create + %d parallel run -d: %.0f ms; + %d "
                "parallel `%s exec NAME sh -c %s`: %.0f ms\n",
                tool.constData(),
                nodes,
                hs,
                nodes,
                tool.constData(),
                qPrintable(kExecuteScript),
                hd);
    std::printf("  engine (the connector enters containers by %s):\n", qPrintable(route));
    std::printf("    every container started     %6.0f ms  (anchor %.0f ms, %+.1f %%)\n",
                es,
                hs,
                (es - hs) / hs * 100.0);
    std::printf("    every bootstrap done        %6.0f ms  (+%.0f)\n", eb, eb - es);
    std::printf("    Provisioning barrier passed %6.0f ms  (+%.0f)\n", ee, ee - eb);
    std::printf("    Executing barrier passed    %6.0f ms  (+%.0f)\n", er, er - ee);
    std::printf("    Ready                       %6.0f ms  (+%.0f)\n", ready, ready - er);
    std::printf("    Done and removed (keep-running never): %.0f ms\n", median(engRemoved));
    std::printf("  orchestration overhead, Ready over the anchor: %+.1f %% (target <= +10 %%)\n",
                (ready - hd) / hd * 100.0);
    return 0;
}
