// Local container connector benchmark (targets: docs/ARCHITECTURE.md#benchmarks):
//  1. provisioning N trivial nodes through the connector, against the anchor: the same N
//     containers (same arguments, same network) started by hand, `podman run -d` all in
//     parallel, as a shell script would; the overhead in % (target <= 10 %).
//  2. an image build of 3 steps (pre-install, packages, recipe), beside the anchor: the same
//     script run by hand in one container and committed; the rebuild after an execute-only
//     change (target 0 s); the rebuild after a recipe change (earlier steps reused).
//
//   bench_local [--nodes N] [--rounds R] [--no-build] [--smoke]
// Needs Podman and localhost/slipway-debian:13 (packaging/buildroot/base-image.sh).

#include "connectors/local/localconnector.h"
#include "connectors/local/localprovision.h"
#include "core/connector/imagebuildsteps.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Slipway;

namespace {

const QString kBaseImage = u"localhost/slipway-debian:13"_s;

QString runCommand(const QStringList &args, int *exitCode = nullptr, const QByteArray &input = {})
{
    QProcess p;
    p.start(u"podman"_s, args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// Runs several podman commands at once, returns when all have ended (the event loop turns).
bool runParallel(const QList<QStringList> &commands)
{
    QEventLoop loop;
    int pending = int(commands.size());
    bool ok = true;
    QList<QProcess *> processes;
    for (qsizetype i = 0; i < commands.size(); ++i) {
        auto *p = new QProcess(&loop);
        QObject::connect(p, &QProcess::finished, &loop, [&, p](int code) {
            ok = ok && code == 0;
            if (code != 0)
                std::fprintf(stderr, "%s\n", p->readAllStandardError().constData());
            if (--pending == 0)
                loop.quit();
        });
        processes << p;
    }
    for (int i = 0; i < commands.size(); ++i)
        processes[i]->start(u"podman"_s, commands[i]);
    if (pending > 0)
        loop.exec();
    return ok;
}

void waitFor(ConnectorOperation *op)
{
    if (op->isFinished())
        return;
    QEventLoop loop;
    QObject::connect(op, &ConnectorOperation::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

void removeRun(const QString &runId)
{
    const QString ids = runCommand(
        {u"ps"_s, u"-a"_s, u"-q"_s, u"--filter"_s, u"label=slipway.run="_s + runId});
    if (!ids.isEmpty())
        runCommand(QStringList{u"rm"_s, u"-f"_s, u"-t"_s, u"0"_s} + ids.split(u'\n'));
    runCommand({u"network"_s, u"rm"_s, u"-f"_s, LocalConnector::networkName(runId)});
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

QString newId(const char *prefix)
{
    return QString::fromLatin1(prefix) + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

ProvisionRequest requestFor(const QString &runId, const QString &owner, int nodes)
{
    ProvisionRequest request{runId, owner, {}};
    for (int i = 1; i <= nodes; ++i)
        request.instances << InstanceRequest{InstanceName{u"node"_s, i}, kBaseImage, {}};
    return request;
}

// The anchor: what one would type by hand for the same containers.
double provisionByHand(const QString &owner, int nodes, double *networkMs)
{
    const QString runId = newId("bh");
    const ProvisionRequest request = requestFor(runId, owner, nodes);
    QElapsedTimer timer;
    timer.start();
    int code = 0;
    runCommand({u"network"_s,
                u"create"_s,
                u"--label"_s,
                u"slipway.run="_s + runId,
                u"--label"_s,
                u"slipway.owner="_s + owner,
                LocalConnector::networkName(runId)},
               &code);
    *networkMs = double(timer.nsecsElapsed()) / 1e6;
    QList<QStringList> runs;
    for (const InstanceRequest &instance : request.instances)
        runs << LocalProvision::runArguments(request, instance, false);
    const bool ok = code == 0 && runParallel(runs);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    removeRun(runId);
    if (!ok)
        qFatal("the hand-made anchor failed");
    return ms;
}

double provisionByConnector(LocalConnector *connector, const QString &owner, int nodes)
{
    const QString runId = newId("bc");
    QElapsedTimer timer;
    timer.start();
    ProvisionOperation *op = connector->provision(requestFor(runId, owner, nodes));
    waitFor(op);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const bool ok = op->succeeded() && op->instances().size() == nodes;
    if (!ok)
        std::fprintf(stderr, "%s\n", qPrintable(op->error()->toDisplayString()));
    op->deleteLater();
    TerminateOperation *t = connector->terminate(TerminateRequest{runId, {}});
    waitFor(t);
    t->deleteLater();
    if (!ok)
        qFatal("the connector failed");
    return ms;
}

ImageBuildResult build(LocalConnector *connector,
                       const QString &owner,
                       const ImageSpec &image,
                       double *ms)
{
    QElapsedTimer timer;
    timer.start();
    ImageBuildOperation *op = connector->buildImage(
        ImageBuildRequest{newId("bb"), owner, kBaseImage, imageBuildSteps(image), {}});
    waitFor(op);
    *ms = double(timer.nsecsElapsed()) / 1e6;
    if (!op->succeeded())
        qFatal("build failed: %s", qPrintable(op->error()->toDisplayString()));
    op->deleteLater();
    return op->result();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption nodesOption(u"nodes"_s, u"nodes to provision"_s, u"N"_s, u"10"_s);
    const QCommandLineOption roundsOption(u"rounds"_s,
                                          u"rounds (median reported)"_s,
                                          u"R"_s,
                                          u"3"_s);
    const QCommandLineOption noBuildOption(u"no-build"_s, u"skip the image builds"_s);
    const QCommandLineOption smokeOption(u"smoke"_s, u"2 nodes, 1 round, no build"_s);
    parser.addOptions({nodesOption, roundsOption, noBuildOption, smokeOption});
    parser.process(app);
    const bool smoke = parser.isSet(smokeOption);
    const int nodes = smoke ? 2 : parser.value(nodesOption).toInt();
    const int rounds = smoke ? 1 : parser.value(roundsOption).toInt();

    int exists = 1;
    runCommand({u"image"_s, u"exists"_s, kBaseImage}, &exists);
    if (exists != 0)
        qFatal("missing %s: run packaging/buildroot/base-image.sh", qPrintable(kBaseImage));

    LocalConnector connector(CloudConfig::local());
    const QString owner = newId("bench-");

    // Warm-up (image layers in the page cache, podman's database) before measuring.
    double netMs = 0;
    provisionByHand(owner, 1, &netMs);
    provisionByConnector(&connector, owner, 1);

    QList<double> hand, handNetwork, ours;
    for (int round = 0; round < rounds; ++round) {
        // Alternate the order so neither side always runs on a warmer machine.
        if (round % 2 == 0) {
            hand << provisionByHand(owner, nodes, &netMs);
            handNetwork << netMs;
            ours << provisionByConnector(&connector, owner, nodes);
        } else {
            ours << provisionByConnector(&connector, owner, nodes);
            hand << provisionByHand(owner, nodes, &netMs);
            handNetwork << netMs;
        }
        std::printf("round %d: by hand %.0f ms (network %.0f ms), connector %.0f ms\n",
                    round + 1,
                    hand.constLast(),
                    handNetwork.constLast(),
                    ours.constLast());
    }
    const double h = median(hand), o = median(ours);
    std::printf("provision %d trivial nodes (median of %d): connector %.0f ms, anchor by hand "
                "(network create + %d parallel podman run -d) %.0f ms, overhead %+.1f %% "
                "(target <= 10 %%)\n",
                nodes,
                rounds,
                o,
                nodes,
                h,
                (o - h) / h * 100.0);

    if (smoke || parser.isSet(noBuildOption))
        return 0;

    const QString marker = QUuid::createUuid().toString(QUuid::Id128);
    ImageSpec image;
    image.platform = u"debian"_s;
    image.packages = {Package{u"tree"_s, {}, {}}};
    image.recipes.preInstall = u"echo pre-install "_s + marker + u" > /etc/slipway-pre\n"_s;
    image.recipes.recipe = u"echo recipe v1 > /etc/slipway-recipe\n"_s;
    image.recipes.execute = u"echo execute v1\n"_s;

    // Anchor: the same three steps by hand in one container, committed once.
    QString all;
    for (const BuildStep &step : imageBuildSteps(image))
        all += step.script + u'\n';
    const QString anchorName = newId("slipway-bench-anchor-");
    QElapsedTimer timer;
    timer.start();
    int code = 0;
    runCommand({u"run"_s, u"-i"_s, u"--name"_s, anchorName, kBaseImage, u"sh"_s, u"-s"_s},
               &code,
               (u"set -e\n"_s + all.replace(u"set -e\n"_s, QString())).toUtf8());
    const QString anchorImage = runCommand(
        {u"commit"_s, u"-q"_s, anchorName, u"localhost/"_s + anchorName});
    const double anchorMs = double(timer.nsecsElapsed()) / 1e6;
    runCommand({u"rm"_s, u"-f"_s, anchorName});
    if (code != 0)
        qFatal("the hand-made build failed");

    QStringList made;
    double firstMs = 0, executeMs = 0, recipeMs = 0;
    const ImageBuildResult first = build(&connector, owner, image, &firstMs);
    image.recipes.execute = u"echo execute v2\n"_s;
    const ImageBuildResult execute = build(&connector, owner, image, &executeMs);
    image.recipes.recipe = u"echo recipe v2 > /etc/slipway-recipe\n"_s;
    const ImageBuildResult recipe = build(&connector, owner, image, &recipeMs);
    for (const ImageBuildResult *r : {&first, &recipe}) {
        for (const BuildStepResult &s : r->steps) {
            if (!s.reused)
                made << LocalConnector::stepImageName(s.cacheKey);
        }
    }
    std::printf("image build, 3 steps (pre-install, packages: apt tree, recipe): %.1f s, %d steps "
                "run; anchor by hand (one podman run + commit) %.1f s\n",
                firstMs / 1000,
                first.stepsRun(),
                anchorMs / 1000);
    std::printf("rebuild after an execute-only change: %.3f s, %d steps run (target 0 s, nothing "
                "rebuilt)\n",
                executeMs / 1000,
                execute.stepsRun());
    std::printf("rebuild after a recipe change: %.1f s, %d step run, %d reused; vs the full "
                "build %.1f s\n",
                recipeMs / 1000,
                recipe.stepsRun(),
                int(recipe.steps.size()) - recipe.stepsRun(),
                firstMs / 1000);
    runCommand(QStringList{u"rmi"_s, u"-f"_s, u"localhost/"_s + anchorName} + made);
    Q_UNUSED(anchorImage)
    return 0;
}
