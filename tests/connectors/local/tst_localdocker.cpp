// The local connector with `executable=docker` (Podman by default, Docker when
// chosen): a Docker daemon of the test's own (its socket, data, state and address pool in a
// temporary folder, no iptables rules, nothing shared with a system Docker), the base image
// copied into it from Podman, then a deployment through the run engine: two nodes exchange
// parameters over the broker, reach Ready, and terminating removes their containers and
// network. Skipped only when dockerd is not installed.

#include "connectors/local/localconnector.h"
#include "core/catalog/catalog.h"
#include "core/run/runhost.h"
#include "tests/support/modulebuilders.h"
#include "tests/support/podmantesting.h"
#include "tests/support/runtestbed.h"
#include "tests/support/testpaths.h"
#include "tests/support/testprocess.h"

#include <QHostAddress>
#include <QNetworkInterface>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Slipway;
using namespace Slipway::Testing;

namespace {

constexpr int kCommandTimeoutMs = 300'000; // a guard against hanging, not a target

struct CommandOutput
{
    int exitCode = -1;
    QString out;
    QString err;
};

CommandOutput runTool(const QString &program, const QStringList &args)
{
    const ProcessResult r = runProcess(program,
                                       args,
                                       ProcessOptions().withTimeout(kCommandTimeoutMs));
    return {r.exitCode, r.outText().trimmed(), r.errText().trimmed()};
}

// An address of this machine that containers on any bridge reach (the broker listens on all):
// what Docker's `host-gateway` names, since the daemon has no default bridge of its own.
QString hostAddress()
{
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &nic : interfaces) {
        const auto flags = nic.flags();
        if (!(flags & QNetworkInterface::IsUp) || (flags & QNetworkInterface::IsLoopBack))
            continue;
        const QString name = nic.name();
        if (name.startsWith(u"veth"_s) || name.startsWith(u"br-"_s) || name.startsWith(u"podman"_s)
            || name.startsWith(u"docker"_s))
            continue;
        for (const QNetworkAddressEntry &entry : nic.addressEntries()) {
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol)
                return entry.ip().toString();
        }
    }
    return {};
}

} // namespace

class TestLocalDocker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void checkFindsDocker();
    void deploymentExchangesParametersAndTerminates();

private:
    CommandOutput docker(const QStringList &args) { return runTool(m_docker, args); }
    void stopDaemon();

    RunTestBed m_bed; // the catalog, the run host and the daemon's files
    QString m_docker;
    QProcess m_daemon;
    QString m_socket;
};

void TestLocalDocker::initTestCase()
{
    const QString dockerd = QStandardPaths::findExecutable(u"dockerd"_s);
    m_docker = QStandardPaths::findExecutable(u"docker"_s);
    // The build root installs docker.io: there a missing daemon is a broken setup.
    if (dockerd.isEmpty() || m_docker.isEmpty())
        SLIPWAY_SKIP_OR_FAIL("dockerd is not installed (Debian: the docker.io package): the "
                             "local connector with executable=docker is not tested here");
    // Its base image is copied from Podman's store.
    SLIPWAY_REQUIRE_PODMAN();
    QVERIFY(m_bed.open());
    const QString host = hostAddress();
    QVERIFY2(!host.isEmpty(), "no IPv4 address of this machine for host-gateway");

    // The daemon's own everything; no iptables rules and no default bridge in the shared
    // network namespace; the run networks it makes come from a pool podman does not use.
    m_socket = m_bed.filePath(u"docker.sock"_s);
    m_daemon.setProgram(dockerd);
    m_daemon.setArguments({u"--host"_s,
                           u"unix://"_s + m_socket,
                           u"--data-root"_s,
                           m_bed.filePath(u"data"_s),
                           u"--exec-root"_s,
                           m_bed.filePath(u"exec"_s),
                           u"--pidfile"_s,
                           m_bed.filePath(u"docker.pid"_s),
                           u"--iptables=false"_s,
                           u"--ip6tables=false"_s,
                           u"--ip-masq=false"_s,
                           u"--bridge=none"_s,
                           u"--host-gateway-ip"_s,
                           host,
                           u"--default-address-pool"_s,
                           u"base=10.213.0.0/16,size=24"_s,
                           u"--exec-opt"_s,
                           u"native.cgroupdriver=cgroupfs"_s,
                           u"--userland-proxy=false"_s});
    m_daemon.setProcessChannelMode(QProcess::MergedChannels);
    m_daemon.setStandardOutputFile(m_bed.filePath(u"dockerd.log"_s));
    m_daemon.start();
    QVERIFY2(m_daemon.waitForStarted(), qPrintable(m_daemon.errorString()));
    qputenv("DOCKER_HOST", (u"unix://"_s + m_socket).toUtf8());

    // Bounded wait for the daemon to answer (a fresh data root takes a few seconds).
    bool up = false;
    for (int attempt = 0; attempt < 120 && m_daemon.state() == QProcess::Running; ++attempt) {
        if (docker({u"version"_s, u"--format"_s, u"{{.Server.Version}}"_s}).exitCode == 0) {
            up = true;
            break;
        }
        QThread::msleep(500);
    }
    if (!up) {
        QFile log(m_bed.filePath(u"dockerd.log"_s));
        log.open(QIODevice::ReadOnly);
        const QByteArray tail = log.readAll().right(3000);
        QFAIL(qPrintable(u"dockerd did not come up:\n"_s + QString::fromUtf8(tail)));
    }

    // The base image, from Podman's store into this daemon.
    const QString archive = m_bed.filePath(u"base.tar"_s);
    const CommandOutput saved
        = runTool(u"podman"_s,
                  {u"save"_s, u"--format"_s, u"docker-archive"_s, u"-o"_s, archive, kBaseImage});
    QVERIFY2(saved.exitCode == 0,
             qPrintable(u"the base image is missing from Podman (packaging/buildroot/"
                        "base-image.sh): "_s
                        + saved.err));
    const CommandOutput loaded = docker({u"load"_s, u"-i"_s, archive});
    QVERIFY2(loaded.exitCode == 0, qPrintable(loaded.err));
    QFile::remove(archive);

    const QString server = u"#!/bin/sh -e\n"
                           "ss-set address \"$(hostname)\"\n"
                           "ss-set greeting \"$(ss-get --timeout 120 client.1:hello)\"\n"_s;
    const QString client = u"#!/bin/sh -e\n"
                           "ss-set hello \"hello from $(hostname) in $SLIPWAY_RUN\"\n"
                           "ss-set seen \"$(ss-get --timeout 120 server.1:address)\"\n"_s;
    for (const Module &m :
         {image(u"d/debian"_s, {}, {}),
          image(u"d/server"_s, u"d/debian"_s, server, {output(u"address"_s), output(u"greeting"_s)}),
          image(u"d/client"_s, u"d/debian"_s, client, {output(u"hello"_s), output(u"seen"_s)})}) {
        QVERIFY(m_bed.save(m));
    }
    Module pair;
    pair.path = u"d/pair"_s;
    pair.kind = ModuleKind::Deployment;
    Node serverNode;
    serverNode.name = u"server"_s;
    serverNode.image = u"d/server"_s;
    Node clientNode;
    clientNode.name = u"client"_s;
    clientNode.image = u"d/client"_s;
    pair.deployment.nodes = {serverNode, clientNode};
    QVERIFY(m_bed.save(pair));

    const QString dockerPath = m_docker;
    RunTestBed::HostOptions options;
    options.reportGraceMs = 20000;
    options.clouds = [dockerPath](const QString &name) -> std::optional<CloudConfig> {
        if (name != u"local")
            return std::nullopt;
        CloudConfig cloud = CloudConfig::local();
        cloud.settings.insert(QString(LocalConnector::kExecutableSetting), dockerPath);
        return cloud;
    };
    // This daemon has no bridge of its own: host-gateway is this machine's main address, where
    // the broker listens only when told to (by default it listens where nodes come from:
    // loopback, bridges, tunnels).
    options.adjust = [](RunHost::Options &host) {
        host.listen = u"all"_s;
    };
    QVERIFY(m_bed.startHost(options));
}

void TestLocalDocker::stopDaemon()
{
    if (m_daemon.state() == QProcess::NotRunning)
        return;
    // Whatever a failed test left: the networks are bridges in the shared namespace.
    const QString containers = docker({u"ps"_s, u"-a"_s, u"-q"_s}).out;
    if (!containers.isEmpty())
        docker(QStringList{u"rm"_s, u"-f"_s} + containers.split(u'\n'));
    docker({u"network"_s, u"prune"_s, u"-f"_s});
    m_daemon.terminate();
    if (!m_daemon.waitForFinished(60'000)) {
        m_daemon.kill();
        m_daemon.waitForFinished();
    }
}

void TestLocalDocker::cleanupTestCase()
{
    m_bed.stopHost();
    if (!m_docker.isEmpty())
        stopDaemon();
}

void TestLocalDocker::checkFindsDocker()
{
    CloudConfig cloud = CloudConfig::local();
    cloud.settings.insert(QString(LocalConnector::kExecutableSetting), m_docker);
    LocalConnector connector(cloud);
    QVERIFY(connector.isDocker());
    CheckOperation *op = connector.check();
    QSignalSpy finished(op, &ConnectorOperation::finished);
    QVERIFY(op->isFinished() || finished.wait(kCommandTimeoutMs));
    QVERIFY2(op->succeeded(), qPrintable(op->error() ? op->error()->toDisplayString() : QString()));
    QVERIFY2(op->details().startsWith(u"docker "_s), qPrintable(op->details()));
}

void TestLocalDocker::deploymentExchangesParametersAndTerminates()
{
    QSignalSpy settled(&m_bed.engine(), &RunEngine::runSettled);
    const QString run = m_bed.launch(u"d/pair"_s);
    QVERIFY(!run.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), 240000);
    QVERIFY2(m_bed.engine().run(run)->state == RunState::Ready, qPrintable(m_bed.events(run)));

    // The client's value reached the server and the other way round, through the broker on
    // the host, which the containers reach as host.containers.internal.
    QCOMPARE(m_bed.value(run, u"server.1:greeting"_s), u"hello from client-1 in "_s + run);
    QCOMPARE(m_bed.value(run, u"client.1:seen"_s), u"server-1"_s);
    QVERIFY(!QHostAddress(m_bed.value(run, u"client.1:hostname"_s)).isNull());
    QCOMPARE(m_bed.value(run, u"server.1:instanceid"_s).size(), 64);

    // Docker's containers, named, labelled and networked as with Podman.
    const QString filter = u"label=slipway.run="_s + run;
    QStringList names = docker({u"ps"_s, u"--format"_s, u"{{.Names}}"_s, u"--filter"_s, filter})
                            .out.split(u'\n');
    names.sort();
    QCOMPARE(names,
             (QStringList{LocalConnector::containerName(run, InstanceName{u"client"_s, 1}),
                          LocalConnector::containerName(run, InstanceName{u"server"_s, 1})}));
    QCOMPARE(docker({u"inspect"_s,
                     u"--format"_s,
                     u"{{index .Config.Labels \"slipway.instance\"}} {{.Config.Hostname}}"_s,
                     names.constFirst()})
                 .out,
             u"client.1 client-1"_s);
    QCOMPARE(docker({u"network"_s, u"inspect"_s, LocalConnector::networkName(run)}).exitCode, 0);

    // Terminating the Ready run removes the containers and the network.
    settled.clear();
    QVERIFY(m_bed.engine().terminate(run));
    QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), 120000);
    QCOMPARE(m_bed.engine().run(run)->state, u"Done"_s);
    QCOMPARE(docker({u"ps"_s, u"-a"_s, u"-q"_s, u"--filter"_s, filter}).out, QString());
    QVERIFY(docker({u"network"_s, u"inspect"_s, LocalConnector::networkName(run)}).exitCode != 0);
}

QTEST_GUILESS_MAIN(TestLocalDocker)
#include "tst_localdocker.moc"
