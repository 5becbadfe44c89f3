// The local container connector against real Podman and the real Debian 13 base image
// (packaging/buildroot/base-image.sh). Every test uses its own run ids under one owner made
// for this process; cleanup() and cleanupTestCase() remove whatever the owner left, also
// after a failure.

#include "connectors/local/localconnector.h"
#include "connectors/local/localprovision.h"
#include "core/connector/imagebuildsteps.h"
#include "tests/support/podmantesting.h"
#include "tests/support/testprocess.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Slipway;
using namespace Slipway::Testing;

namespace {

constexpr int kOperationTimeoutMs = 120'000; // generous: a guard against hanging, not a target
constexpr int kBuildTimeoutMs = 600'000;

struct CommandOutput
{
    int exitCode = -1;
    QString out;
};

// Tests may wait; the library never does.
CommandOutput podman(const QStringList &args)
{
    const ProcessResult r = runProcess(u"podman"_s,
                                       args,
                                       ProcessOptions().withTimeout(kOperationTimeoutMs));
    return {r.exitCode, r.outText().trimmed()};
}

// For QVERIFY2, which builds its message even when the check passes.
QString errorText(const ConnectorOperation *operation)
{
    return operation->error() ? operation->error()->toDisplayString() : QString();
}

bool waitFinished(ConnectorOperation *operation, int timeoutMs = kOperationTimeoutMs)
{
    if (operation->isFinished())
        return true;
    QSignalSpy spy(operation, &ConnectorOperation::finished);
    return spy.wait(timeoutMs);
}

} // namespace

class TestLocalConnector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void checkFindsPodman();
    void provisionedInstancesSeeEachOtherAndTheHost();
    void bootstrapStreamsOutputWithEnvironment();
    void failingScriptReportsExitStatusAndTail();
    void cancelStopsLongBootstrap();
    void bootstrapRunsWithTheContainersLimitsAndPrivileges();
    void environmentValuesStayOffCommandLines();
    void terminateOneInstanceThenTheRun();
    void orphanCleanUpRemovesOnlyInactiveRunsOfTheOwner();
    void missingExecutableIsToolMissing();
    void imageIdNeverBecomesAnOption();
    void incrementalImageBuild();

private:
    QString newRunId() { return u"t"_s + QUuid::createUuid().toString(QUuid::Id128).left(10); }
    ProvisionOperation *provision(const QString &runId, const QStringList &instances);
    BootstrapOperation *bootstrap(const Instance &instance,
                                  const QString &runId,
                                  const QByteArray &script,
                                  const QMap<QString, QString> &env = {});
    void removeEverythingOfTheOwner();
    // Runs a short check inside the container, through the connector, and returns its output.
    QString inContainer(const Instance &instance, const QString &runId, const QByteArray &script);

    LocalConnector *m_connector = nullptr;
    QString m_owner;
    QString m_sharedRun;
    Instance m_shared; // one instance for the bootstrap tests
    QStringList m_imagesToRemove;
    QStringList m_foreignNetworks;
};

void TestLocalConnector::initTestCase()
{
    SLIPWAY_REQUIRE_PODMAN();
    m_owner = u"tst-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    m_connector = new LocalConnector(CloudConfig::local(), this);

    m_sharedRun = newRunId();
    ProvisionOperation *op = provision(m_sharedRun, {u"node.1"_s});
    QVERIFY(waitFinished(op));
    QVERIFY2(op->succeeded(), qPrintable(errorText(op)));
    m_shared = op->instances().constFirst();
}

ProvisionOperation *TestLocalConnector::provision(const QString &runId, const QStringList &instances)
{
    ProvisionRequest request;
    request.runId = runId;
    request.owner = m_owner;
    for (const QString &name : instances)
        request.instances << InstanceRequest{*InstanceName::parse(name), kBaseImage, {}};
    return m_connector->provision(request);
}

BootstrapOperation *TestLocalConnector::bootstrap(const Instance &instance,
                                                  const QString &runId,
                                                  const QByteArray &script,
                                                  const QMap<QString, QString> &env)
{
    return m_connector->bootstrap(BootstrapRequest{runId, instance, script, env});
}

QString TestLocalConnector::inContainer(const Instance &instance,
                                        const QString &runId,
                                        const QByteArray &script)
{
    BootstrapOperation *op = bootstrap(instance, runId, script);
    QStringList lines;
    connect(op,
            &ConnectorOperation::outputLine,
            this,
            [&lines](const QString &, const QString &line) { lines << line; });
    if (!waitFinished(op) || !op->succeeded())
        return u"(failed: "_s + errorText(op) + u')';
    op->deleteLater();
    return lines.join(u'\n');
}

void TestLocalConnector::removeEverythingOfTheOwner()
{
    // Every run of this owner is inactive now, the shared one included.
    TerminateOperation *op = m_connector->cleanUpOrphans(OrphanCleanUpRequest{m_owner, {}});
    waitFinished(op);
    op->deleteLater();
}

void TestLocalConnector::cleanup()
{
    // Leave only the shared run behind a test, whatever happened in it.
    TerminateOperation *op = m_connector->cleanUpOrphans(
        OrphanCleanUpRequest{m_owner, {m_sharedRun}});
    waitFinished(op);
    for (const QString &network : std::as_const(m_foreignNetworks))
        podman({u"network"_s, u"rm"_s, u"-f"_s, network});
    m_foreignNetworks.clear();
}

void TestLocalConnector::cleanupTestCase()
{
    if (!m_connector)
        return;
    removeEverythingOfTheOwner();
    if (!m_imagesToRemove.isEmpty())
        podman(QStringList{u"rmi"_s, u"-f"_s} + m_imagesToRemove);
    QCOMPARE(podman({u"ps"_s, u"-a"_s, u"-q"_s, u"--filter"_s, u"label=slipway.owner="_s + m_owner})
                 .out,
             QString());
}

void TestLocalConnector::checkFindsPodman()
{
    CheckOperation *op = m_connector->check();
    QVERIFY(waitFinished(op));
    QVERIFY(op->succeeded());
    QVERIFY2(op->details().startsWith(u"podman 5."_s), qPrintable(op->details()));
}

void TestLocalConnector::provisionedInstancesSeeEachOtherAndTheHost()
{
    // Stands in for the broker: a listener on the host that the nodes must reach.
    QTcpServer host;
    QVERIFY(host.listen(QHostAddress::AnyIPv4, 0));
    connect(&host, &QTcpServer::newConnection, &host, [&host] {
        while (QTcpSocket *socket = host.nextPendingConnection()) {
            socket->write("hello from the host\n");
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });

    const QString run = newRunId();
    ProvisionOperation *op = provision(run, {u"master.1"_s, u"worker.1"_s, u"worker.2"_s});
    QSignalSpy provisioned(op, &ProvisionOperation::instanceProvisioned);
    QSignalSpy progress(op, &ConnectorOperation::progress);
    QVERIFY(!op->isFinished()); // asynchronous: nothing happened yet
    QVERIFY(waitFinished(op));
    QVERIFY2(op->succeeded(), qPrintable(errorText(op)));
    QCOMPARE(provisioned.size(), 3);
    QVERIFY(progress.size() >= 4);

    QHash<QString, Instance> byName;
    for (const Instance &instance : op->instances()) {
        QCOMPARE(instance.instanceId.size(), 64);
        QVERIFY2(!QHostAddress(instance.hostname).isNull(), qPrintable(instance.hostname));
        QCOMPARE(instance.handle, LocalConnector::containerName(run, instance.name));
        byName.insert(instance.name.toString(), instance);
    }
    QCOMPARE(byName.size(), 3);
    QCOMPARE(podman({u"inspect"_s,
                     u"--format"_s,
                     u"{{index .Config.Labels \"slipway.instance\"}}"_s,
                     byName[u"worker.2"_s].handle})
                 .out,
             u"worker.2"_s);

    const QByteArray script = "#!/bin/bash\n"
                              "set -e\n"
                              "echo \"me=$(hostname)\"\n"
                              "getent hosts worker-1 | head -n 1\n"
                              "getent hosts worker-2 | head -n 1\n"
                              "exec 3<>/dev/tcp/host.containers.internal/$HOST_PORT\n"
                              "head -n 1 <&3\n";
    BootstrapOperation *boot = bootstrap(byName[u"master.1"_s],
                                         run,
                                         script,
                                         {{u"HOST_PORT"_s, QString::number(host.serverPort())}});
    QStringList lines;
    connect(boot,
            &ConnectorOperation::outputLine,
            this,
            [&lines](const QString &, const QString &line) { lines << line; });
    QVERIFY(waitFinished(boot));
    QVERIFY2(boot->succeeded(), qPrintable(errorText(boot)));
    QCOMPARE(lines.value(0), u"me=master-1"_s);
    QVERIFY2(lines.value(1).startsWith(byName[u"worker.1"_s].hostname + u' '),
             qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.value(2).startsWith(byName[u"worker.2"_s].hostname + u' '),
             qPrintable(lines.join(u'\n')));
    QCOMPARE(lines.value(3), u"hello from the host"_s);
}

void TestLocalConnector::bootstrapStreamsOutputWithEnvironment()
{
    // A value no shell word splitting or quoting may change; bash through the shebang.
    const QString secret = u"s3cr3t with 'quotes' \"and\" $dollars; & more"_s;
    const QByteArray script = "#!/bin/bash\n"
                              "echo \"shell=${BASH_VERSION:+bash}\"\n"
                              "printf 'token=%s\\n' \"$SLIPWAY_TOKEN\"\n"
                              "echo -n partial; sleep 0.3; echo ' line'\n"
                              "echo to-stderr >&2\n"
                              "sleep 1\n"
                              "echo last\n";
    BootstrapOperation *op = bootstrap(m_shared,
                                       m_sharedRun,
                                       script,
                                       {{u"SLIPWAY_TOKEN"_s, secret}});
    QStringList lines;
    int linesBeforeTheEnd = 0;
    connect(op,
            &ConnectorOperation::outputLine,
            this,
            [&](const QString &instance, const QString &line) {
                QCOMPARE(instance, u"node.1"_s);
                lines << line;
                if (!op->isFinished() && line == u"to-stderr"_s)
                    linesBeforeTheEnd = int(lines.size());
            });
    QVERIFY(waitFinished(op));
    QVERIFY2(op->succeeded(), qPrintable(errorText(op)));
    QCOMPARE(op->exitCode(), 0);
    QCOMPARE(lines,
             QStringList({u"shell=bash"_s,
                          u"token="_s + secret,
                          u"partial line"_s,
                          u"to-stderr"_s,
                          u"last"_s}));
    // Streamed: these lines came a second before the script ended.
    QCOMPARE(linesBeforeTheEnd, 4);
    // The script's temporary file is gone.
    QCOMPARE(inContainer(m_shared, m_sharedRun, "ls /tmp | grep -c slipway-script || true\n"),
             u"1"_s); // the one running this
    // The script ran inside the container, not in the host's filesystem.
    QCOMPARE(inContainer(m_shared, m_sharedRun, "test -e /run/.containerenv && hostname\n"),
             u"node-1"_s);
}

void TestLocalConnector::failingScriptReportsExitStatusAndTail()
{
    const QByteArray script = "i=1; while [ $i -le 30 ]; do echo \"line $i\"; i=$((i+1)); done\n"
                              "echo 'apt-get: no such package' >&2\n"
                              "exit 3\n";
    BootstrapOperation *op = bootstrap(m_shared, m_sharedRun, script);
    QVERIFY(waitFinished(op));
    QVERIFY(!op->succeeded());
    QCOMPARE(op->exitCode(), 3);
    const ConnectorError &error = *op->error();
    QCOMPARE(error.code, ConnectorError::Code::ScriptFailed);
    QCOMPARE(error.exitCode, 3);
    QCOMPARE(error.instance, u"node.1"_s);
    QVERIFY2(error.message.contains(u"node.1"_s) && error.message.contains(u'3'),
             qPrintable(error.message));
    QCOMPARE(error.outputTail.size(), ConnectorOperation::kTailLines);
    QCOMPARE(error.outputTail.constLast(), u"apt-get: no such package"_s);
    QCOMPARE(error.outputTail.constFirst(), u"line 12"_s);
    QVERIFY(error.toDisplayString().endsWith(u"line 30\napt-get: no such package"_s));
}

void TestLocalConnector::cancelStopsLongBootstrap()
{
    const QByteArray script = "echo started\nsleep 600 &\nwait\necho never\n";
    BootstrapOperation *op = bootstrap(m_shared, m_sharedRun, script);
    connect(op, &ConnectorOperation::outputLine, op, [op](const QString &, const QString &line) {
        if (line == u"started"_s)
            op->cancel();
    });
    QVERIFY(waitFinished(op));
    QVERIFY(op->error());
    QCOMPARE(op->error()->code, ConnectorError::Code::Cancelled);
    QCOMPARE(op->outputTail(u"node.1"_s), QStringList{u"started"_s});
    // Nothing of the script is left running in the container.
    const QString processes = inContainer(m_shared, m_sharedRun, "ps -eo args\n");
    QVERIFY2(processes.contains(u"sleep infinity"_s), qPrintable(processes));
    QVERIFY2(!processes.contains(u"sleep 600"_s), qPrintable(processes));
    op->cancel(); // once finished, nothing more
    QCOMPARE(op->error()->code, ConnectorError::Code::Cancelled);
}

void TestLocalConnector::bootstrapRunsWithTheContainersLimitsAndPrivileges()
{
    // The way in (the OCI runtime's exec when its state is found, else the tool's) follows
    // what is on this machine; either must land in the container's cgroups with its
    // capabilities, as its own processes have, not with the caller's.
    const LocalConnector::Command runtime = m_connector->runtimeOf(m_shared.instanceId);
    QCOMPARE(runtime.program.isEmpty(),
             !QFileInfo::exists(u"/run/runc/"_s + m_shared.instanceId)
                 && !QFileInfo::exists(u"/run/crun/"_s + m_shared.instanceId));
    QVERIFY(m_connector->runtimeOf(u"../"_s + m_shared.instanceId).program.isEmpty());
    const QString same = inContainer(m_shared,
                                     m_sharedRun,
                                     "[ \"$(cat /proc/self/cgroup)\" = \"$(cat /proc/1/cgroup)\" ] "
                                     "&& echo same-cgroups\n"
                                     "[ \"$(grep CapEff /proc/self/status)\" = "
                                     "\"$(grep CapEff /proc/1/status)\" ] && echo same-caps\n"
                                     "test -e /run/.containerenv && hostname\n");
    QCOMPARE(same, u"same-cgroups\nsame-caps\nnode-1"_s);
}

void TestLocalConnector::environmentValuesStayOffCommandLines()
{
    // Several lines, quotes and a line that looks like the end of the environment block.
    const QString secret = u"line one\n'two' \"2\" $x `y`\nSLIPWAY_OPERATION\nend"_s;
    const QByteArray script = "printf '%s\\n' \"$SECRET\" > /tmp/secret\n"
                              "echo waiting\n"
                              "sleep 2\n";
    BootstrapOperation *op = bootstrap(m_shared, m_sharedRun, script, {{u"SECRET"_s, secret}});
    bool scanned = false;
    QStringList leaks;
    connect(op, &ConnectorOperation::outputLine, this, [&](const QString &, const QString &line) {
        if (line != u"waiting"_s)
            return;
        // While the script runs: no process of this machine carries a line of it in its argv.
        const QStringList pids = QDir(u"/proc"_s).entryList({u"[0-9]*"_s}, QDir::Dirs);
        for (const QString &pid : pids) {
            QFile cmdline(u"/proc/"_s + pid + u"/cmdline"_s);
            if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains("'two'"))
                leaks << pid;
        }
        scanned = true;
    });
    QVERIFY(waitFinished(op));
    QVERIFY2(op->succeeded(), qPrintable(errorText(op)));
    QVERIFY(scanned);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u' ')));
    QCOMPARE(inContainer(m_shared, m_sharedRun, "cat /tmp/secret; rm -f /tmp/secret\n"), secret);
    // A name that is no variable is refused before anything runs.
    BootstrapOperation *bad = bootstrap(m_shared, m_sharedRun, "true\n", {{u"A B"_s, u"x"_s}});
    QVERIFY(waitFinished(bad));
    QVERIFY(bad->error());
    QCOMPARE(bad->error()->code, ConnectorError::Code::InvalidRequest);
}

void TestLocalConnector::terminateOneInstanceThenTheRun()
{
    const QString run = newRunId();
    ProvisionOperation *op = provision(run, {u"a.1"_s, u"a.2"_s});
    QVERIFY(waitFinished(op));
    QVERIFY(op->succeeded());
    const QString network = LocalConnector::networkName(run);
    QCOMPARE(podman({u"network"_s, u"exists"_s, network}).exitCode, 0);

    Instance second;
    for (const Instance &i : op->instances()) {
        if (i.name.index == 2)
            second = i;
    }
    TerminateOperation *one = m_connector->terminate(TerminateRequest{run, {second}});
    QVERIFY(waitFinished(one));
    QVERIFY(one->succeeded());
    QCOMPARE(one->removedInstances(), QStringList{second.handle});
    const QString filter = u"label=slipway.run="_s + run;
    QCOMPARE(podman({u"ps"_s, u"-a"_s, u"--format"_s, u"{{.Names}}"_s, u"--filter"_s, filter}).out,
             LocalConnector::containerName(run, InstanceName{u"a"_s, 1}));

    TerminateOperation *all = m_connector->terminate(TerminateRequest{run, {}});
    QVERIFY(waitFinished(all));
    QVERIFY2(all->succeeded(), qPrintable(errorText(all)));
    QCOMPARE(all->removedRuns(), QStringList{run});
    QCOMPARE(podman({u"ps"_s, u"-a"_s, u"-q"_s, u"--filter"_s, filter}).out, QString());
    QVERIFY(podman({u"network"_s, u"exists"_s, network}).exitCode != 0);

    // Terminating again is not an error: there is nothing left.
    TerminateOperation *again = m_connector->terminate(TerminateRequest{run, {}});
    QVERIFY(waitFinished(again));
    QVERIFY(again->succeeded());
}

void TestLocalConnector::orphanCleanUpRemovesOnlyInactiveRunsOfTheOwner()
{
    const QString crashed = newRunId();
    const QString active = newRunId();
    ProvisionOperation *a = provision(crashed, {u"n.1"_s});
    ProvisionOperation *b = provision(active, {u"n.1"_s});
    QVERIFY(waitFinished(a) && waitFinished(b));
    QVERIFY(a->succeeded() && b->succeeded());
    // Another Slipway's run on the same machine: only its network, which must stay.
    const QString foreignRun = newRunId();
    const QString foreignNetwork = LocalConnector::networkName(foreignRun);
    m_foreignNetworks << foreignNetwork;
    QCOMPARE(podman({u"network"_s,
                     u"create"_s,
                     u"--label"_s,
                     u"slipway.run="_s + foreignRun,
                     u"--label"_s,
                     u"slipway.owner=someone-else"_s,
                     foreignNetwork})
                 .exitCode,
             0);

    TerminateOperation *op = m_connector->cleanUpOrphans(
        OrphanCleanUpRequest{m_owner, {active, m_sharedRun}});
    QVERIFY(waitFinished(op));
    QVERIFY2(op->succeeded(), qPrintable(errorText(op)));
    QCOMPARE(op->removedRuns(), QStringList{crashed});
    QCOMPARE(op->removedInstances(), QStringList{a->instances().constFirst().instanceId});
    QCOMPARE(podman({u"ps"_s, u"-a"_s, u"-q"_s, u"--filter"_s, u"label=slipway.run="_s + crashed})
                 .out,
             QString());
    QVERIFY(podman({u"network"_s, u"exists"_s, LocalConnector::networkName(crashed)}).exitCode != 0);
    QCOMPARE(podman({u"container"_s, u"exists"_s, b->instances().constFirst().handle}).exitCode, 0);
    QCOMPARE(podman({u"container"_s, u"exists"_s, m_shared.handle}).exitCode, 0);
    QCOMPARE(podman({u"network"_s, u"exists"_s, foreignNetwork}).exitCode, 0);

    // Without an owner it would remove every Slipway's runs: refused.
    TerminateOperation *ownerless = m_connector->cleanUpOrphans(OrphanCleanUpRequest{});
    QVERIFY(waitFinished(ownerless));
    QVERIFY(ownerless->error());
    QCOMPARE(ownerless->error()->code, ConnectorError::Code::InvalidRequest);
}

void TestLocalConnector::missingExecutableIsToolMissing()
{
    LocalConnector missing(
        CloudConfig{u"nowhere"_s, u"local"_s, {{u"executable"_s, u"/nonexistent/podman"_s}}});
    CheckOperation *check = missing.check();
    QVERIFY(waitFinished(check));
    QVERIFY(check->error());
    QCOMPARE(check->error()->code, ConnectorError::Code::ToolMissing);
    QVERIFY(check->error()->message.contains(u"/nonexistent/podman"_s));
    ProvisionOperation *op = missing.provision(
        ProvisionRequest{newRunId(), m_owner, {InstanceRequest{{u"x"_s, 1}, kBaseImage, {}}}});
    QVERIFY(waitFinished(op));
    QVERIFY(op->error());
    QCOMPARE(op->error()->code, ConnectorError::Code::ToolMissing);
}

// An image id from a catalog or a bundle that looks like an option ("--privileged") is taken
// as an image, after "--", by Podman too: the container is not made privileged, the image is
// not found.
void TestLocalConnector::imageIdNeverBecomesAnOption()
{
    const QString hostile = u"--privileged"_s;
    const ProvisionRequest request{newRunId(), m_owner, {InstanceRequest{{u"x"_s, 1}, hostile, {}}}};
    for (bool docker : {false, true}) {
        const QStringList args = LocalProvision::runArguments(request,
                                                              request.instances.constFirst(),
                                                              docker);
        const qsizetype at = args.indexOf(hostile);
        QVERIFY2(at > 0 && args.at(at - 1) == u"--"_s, qPrintable(args.join(u' ')));
        QCOMPARE(args.indexOf(u"--"_s), at - 1);
    }
    ProvisionOperation *op = m_connector->provision(request);
    QVERIFY(waitFinished(op));
    QVERIFY(op->error());
    QVERIFY2(errorText(op).contains(hostile), qPrintable(errorText(op)));
    const CommandOutput privileged = podman({u"ps"_s,
                                             u"-a"_s,
                                             u"--filter"_s,
                                             u"label=slipway.run="_s + request.runId,
                                             u"--format"_s,
                                             u"{{.Names}}"_s});
    QVERIFY2(privileged.out.isEmpty(), qPrintable(privileged.out));
}

void TestLocalConnector::incrementalImageBuild()
{
    // Unique steps, so that an image cached by an earlier test run is not found.
    const QString marker = QUuid::createUuid().toString(QUuid::Id128);
    ImageSpec image;
    image.platform = u"debian"_s;
    image.packages = {Package{u"tree"_s, {}, {}}};
    image.recipes.preInstall = u"echo pre-install " + marker + u" > /etc/slipway-pre\n"_s;
    image.recipes.recipe = u"echo recipe v1 > /etc/slipway-recipe\necho built v1\n"_s;
    image.recipes.execute = u"echo execute v1\n"_s;

    const auto build = [this](const ImageSpec &spec) {
        ImageBuildRequest request{newRunId(), m_owner, kBaseImage, imageBuildSteps(spec), {}};
        ImageBuildOperation *op = m_connector->buildImage(request);
        connect(op, &ImageBuildOperation::stepFinished, this, [this](const BuildStepResult &step) {
            if (!step.reused)
                m_imagesToRemove << LocalConnector::stepImageName(step.cacheKey);
        });
        return op;
    };

    ImageBuildOperation *first = build(image);
    QStringList output;
    connect(first,
            &ConnectorOperation::outputLine,
            this,
            [&output](const QString &step, const QString &line) {
                output << step + u": "_s + line;
            });
    QVERIFY(waitFinished(first, kBuildTimeoutMs));
    QVERIFY2(first->succeeded(), qPrintable(errorText(first)));
    QCOMPARE(first->result().stepsRun(), 3);
    QVERIFY(output.contains(u"recipe: built v1"_s));
    const QString firstImage = first->result().imageId;
    QCOMPARE(podman({u"run"_s,
                     u"--rm"_s,
                     firstImage,
                     u"sh"_s,
                     u"-c"_s,
                     u"cat /etc/slipway-pre /etc/slipway-recipe; command -v tree"_s})
                 .out,
             u"pre-install "_s + marker + u"\nrecipe v1\n/usr/bin/tree"_s);

    // Only the execute script changed: nothing runs, the same image comes back.
    image.recipes.execute = u"echo execute v2\n"_s;
    ImageBuildOperation *second = build(image);
    QVERIFY(waitFinished(second));
    QVERIFY(second->succeeded());
    QCOMPARE(second->result().stepsRun(), 0);
    QCOMPARE(second->result().imageId, firstImage);
    QCOMPARE(second->result().cacheKey, first->result().cacheKey);

    // The recipe changed: pre-install and packages are reused, the recipe alone runs.
    image.recipes.recipe = u"echo recipe v2 > /etc/slipway-recipe\n"_s;
    ImageBuildOperation *third = build(image);
    QVERIFY(waitFinished(third, kBuildTimeoutMs));
    QVERIFY2(third->succeeded(), qPrintable(errorText(third)));
    const QList<BuildStepResult> steps = third->result().steps;
    QCOMPARE(steps.size(), 3);
    QVERIFY(steps.at(0).reused && steps.at(1).reused && !steps.at(2).reused);
    QCOMPARE(steps.at(1).cacheKey, first->result().steps.at(1).cacheKey);
    QVERIFY(third->result().imageId != firstImage);
    QCOMPARE(podman(
                 {u"run"_s, u"--rm"_s, third->result().imageId, u"cat"_s, u"/etc/slipway-recipe"_s})
                 .out,
             u"recipe v2"_s);

    // A failing step: its exit status and tail, and no container left behind.
    image.recipes.recipe = u"echo about to fail\nexit 7\n"_s;
    ImageBuildOperation *failing = build(image);
    QVERIFY(waitFinished(failing, kBuildTimeoutMs));
    QVERIFY(failing->error());
    QCOMPARE(failing->error()->code, ConnectorError::Code::ScriptFailed);
    QCOMPARE(failing->error()->exitCode, 7);
    QCOMPARE(failing->error()->outputTail, QStringList{u"about to fail"_s});
    QCOMPARE(podman({u"ps"_s,
                     u"-a"_s,
                     u"-q"_s,
                     u"--filter"_s,
                     u"label=slipway.run="_s + failing->runId()})
                 .out,
             QString());
}

QTEST_GUILESS_MAIN(TestLocalConnector)
#include "tst_localconnector.moc"
