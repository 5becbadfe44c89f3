// The local connector with `executable=docker` (PRODUCT.md §6: Podman by default, Docker when
// chosen): a Docker daemon of the test's own (its socket, data, state and address pool in a
// temporary folder, no iptables rules, nothing shared with a system Docker), the base image
// copied into it from Podman, then a deployment through the run engine: two nodes exchange
// parameters over the broker, reach Ready, and terminating removes their containers and
// network. Skipped only when dockerd is not installed.

#include "connectors/builtinconnectors.h"
#include "connectors/local/localconnector.h"
#include "core/catalog/catalog.h"
#include "core/run/runhost.h"

#include <QHostAddress>
#include <QNetworkInterface>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Slipway;

namespace {

const QString kBaseImage = u"localhost/slipway-debian:13"_s;
constexpr int kCommandTimeoutMs = 300'000; // a guard against hanging, not a target

struct CommandOutput
{
    int exitCode = -1;
    QString out;
    QString err;
};

CommandOutput runTool(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(kCommandTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(process.readAllStandardError()).trimmed()};
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

Module image(const QString &path,
             const QString &parent,
             const QString &execute,
             const QList<Parameter> &parameters = {})
{
    Module m;
    m.path = path;
    m.kind = ModuleKind::Image;
    m.image.parent = parent;
    m.image.platform = u"debian"_s;
    m.image.loginUser = u"root"_s;
    m.image.recipes.execute = execute;
    m.image.parameters = parameters;
    if (parent.isEmpty()) {
        m.image.native = true;
        m.image.imageIds = {CloudImageId{u"local"_s, kBaseImage, {}}};
    }
    return m;
}

Parameter output(const QString &name)
{
    Parameter p;
    p.name = name;
    p.category = ParameterCategory::Output;
    return p;
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
    QString value(const QString &run, const QString &key);
    QString events(const QString &run);
    void stopDaemon();

    QTemporaryDir m_dir;
    QString m_docker;
    QProcess m_daemon;
    QString m_socket;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<RunHost> m_host;
};

void TestLocalDocker::initTestCase()
{
    const QString dockerd = QStandardPaths::findExecutable(u"dockerd"_s);
    m_docker = QStandardPaths::findExecutable(u"docker"_s);
    // The build root installs docker.io: there a missing daemon is a broken setup.
    if ((dockerd.isEmpty() || m_docker.isEmpty())
        && qEnvironmentVariableIsSet("SLIPWAY_IN_BUILDROOT"))
        QFAIL("dockerd is missing in the build root (packaging/buildroot/packages.txt: docker.io)");
    if (dockerd.isEmpty() || m_docker.isEmpty())
        QSKIP("dockerd is not installed (Debian: the docker.io package): the local connector "
              "with executable=docker is not tested here");
    QVERIFY(m_dir.isValid());
    const QString host = hostAddress();
    QVERIFY2(!host.isEmpty(), "no IPv4 address of this machine for host-gateway");

    // The daemon's own everything; no iptables rules and no default bridge in the shared
    // network namespace; the run networks it makes come from a pool podman does not use.
    m_socket = m_dir.filePath(u"docker.sock"_s);
    m_daemon.setProgram(dockerd);
    m_daemon.setArguments({u"--host"_s,
                           u"unix://"_s + m_socket,
                           u"--data-root"_s,
                           m_dir.filePath(u"data"_s),
                           u"--exec-root"_s,
                           m_dir.filePath(u"exec"_s),
                           u"--pidfile"_s,
                           m_dir.filePath(u"docker.pid"_s),
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
    m_daemon.setStandardOutputFile(m_dir.filePath(u"dockerd.log"_s));
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
        QFile log(m_dir.filePath(u"dockerd.log"_s));
        log.open(QIODevice::ReadOnly);
        const QByteArray tail = log.readAll().right(3000);
        QFAIL(qPrintable(u"dockerd did not come up:\n"_s + QString::fromUtf8(tail)));
    }

    // The base image, from Podman's store into this daemon.
    const QString archive = m_dir.filePath(u"base.tar"_s);
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

    const QString db = m_dir.filePath(u"catalog.sqlite"_s);
    m_catalog = std::make_unique<Catalog>(db);
    QVERIFY(m_catalog->open());
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
        QVERIFY2(m_catalog->save(m, u"test"_s, u"fixture"_s), qPrintable(m.path));
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
    QVERIFY(m_catalog->save(pair, u"test"_s, u"fixture"_s));

    const QString dockerPath = m_docker;
    m_host = std::make_unique<RunHost>(
        builtinConnectors(), [dockerPath](const QString &name) -> std::optional<CloudConfig> {
            if (name != u"local")
                return std::nullopt;
            CloudConfig cloud = CloudConfig::local();
            cloud.settings.insert(QString(LocalConnector::kExecutableSetting), dockerPath);
            return cloud;
        });
    m_host->engine().setReportGraceMs(20000);
    RunHost::Options options;
    options.databaseFile = db;
    options.certificateDir = m_dir.filePath(u"tls"_s);
    QVERIFY2(m_host->start(options), "the run host did not start");
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
    m_host.reset();
    if (!m_docker.isEmpty())
        stopDaemon();
}

QString TestLocalDocker::value(const QString &run, const QString &key)
{
    const auto parsed = ParameterKey::parse(key, {}, 0);
    return m_host->store().get(run, parsed.key, true).value;
}

QString TestLocalDocker::events(const QString &run)
{
    QStringList lines;
    for (const RunEvent &e : m_host->engine().events(run))
        lines << e.instance + u": "_s + e.message;
    return lines.join(u'\n');
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
    const Result<RunPlan> plan = planRun(*m_catalog, u"d/pair"_s, {});
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.errorMessage()));
    QSignalSpy settled(&m_host->engine(), &RunEngine::runSettled);
    const Result<QString> launched = m_host->engine().launch(*plan);
    QVERIFY2(launched, qPrintable(launched ? QString() : launched.errorMessage()));
    const QString run = *launched;
    QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), 240000);
    QVERIFY2(m_host->engine().run(run)->state == RunState::Ready, qPrintable(events(run)));

    // The client's value reached the server and the other way round, through the broker on
    // the host, which the containers reach as host.containers.internal.
    QCOMPARE(value(run, u"server.1:greeting"_s), u"hello from client-1 in "_s + run);
    QCOMPARE(value(run, u"client.1:seen"_s), u"server-1"_s);
    QVERIFY(!QHostAddress(value(run, u"client.1:hostname"_s)).isNull());
    QCOMPARE(value(run, u"server.1:instanceid"_s).size(), 64);

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
    QVERIFY(m_host->engine().terminate(run));
    QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), 120000);
    QCOMPARE(m_host->engine().run(run)->state, u"Done"_s);
    QCOMPARE(docker({u"ps"_s, u"-a"_s, u"-q"_s, u"--filter"_s, filter}).out, QString());
    QVERIFY(docker({u"network"_s, u"inspect"_s, LocalConnector::networkName(run)}).exitCode != 0);
}

QTEST_GUILESS_MAIN(TestLocalDocker)
#include "tst_localdocker.moc"
