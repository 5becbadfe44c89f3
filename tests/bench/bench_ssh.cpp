// bench_ssh: the SSH hosts connector on three real sshd in network namespaces
// (tests/support/sshtesthosts.h; needs root). Prints, each beside an anchor measured in the
// same run:
//  1. bootstrapping three hosts in parallel against one after another (connect, host key,
//     login, reverse forward, a 200 KB script sent and run), anchor: OpenSSH's `ssh` client
//     sending the same script to the three hosts one after another;
//  2. a broker call through the reverse tunnel against the same call made directly to the
//     broker (over the veth), both timed with curl on the host; per call, p50.
// --smoke: fewer calls, for CTest.

#include "connectors/ssh/sshconnector.h"
#include "core/run/runhost.h"
#include "tests/support/sshtesthosts.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTextStream>

using namespace Slipway;
using namespace Slipway::Testing;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

bool waitFor(ConnectorOperation *op)
{
    QSignalSpy finished(op, &ConnectorOperation::finished);
    return op->isFinished() || finished.wait(120000);
}

// One bootstrap per instance; all at once or one after another. Milliseconds, -1 on failure.
qint64 bootstrapHosts(const CloudConfig &cloud,
                      const QString &run,
                      bool parallel,
                      quint16 brokerPort)
{
    SshConnector connector(cloud);
    ProvisionRequest request{run, u"bench"_s, {}};
    for (int i = 1; i <= 3; ++i)
        request.instances << InstanceRequest{InstanceName{u"n"_s, i}, {}, {}};
    QElapsedTimer timer;
    timer.start();
    ProvisionOperation *provision = connector.provision(request);
    if (!waitFor(provision) || !provision->succeeded())
        return -1;
    // A bootstrap's size: slipway-node, the phase scripts and the CA, base64.
    const QByteArray script = "#!/bin/sh\ncat > /dev/null <<'EOF'\n"
                              + QByteArray(200 * 1024, 'x').toBase64().left(200 * 1024)
                              + "\nEOF\necho bootstrapped\n";
    QList<BootstrapOperation *> ops;
    for (const Instance &instance : provision->instances()) {
        BootstrapRequest b{run,
                           instance,
                           script,
                           {{u"SLIPWAY_BROKER_URL"_s, u"https://127.0.0.1:%1"_s.arg(brokerPort)}}};
        BootstrapOperation *op = connector.bootstrap(b);
        if (!parallel && (!waitFor(op) || !op->succeeded()))
            return -1;
        ops << op;
    }
    for (BootstrapOperation *op : std::as_const(ops))
        if (!waitFor(op) || !op->succeeded())
            return -1;
    const qint64 ms = timer.elapsed();
    TerminateOperation *terminate = connector.terminate({run, {}});
    waitFor(terminate);
    return ms;
}

qint64 opensshSequential(const SshTestHosts &hosts)
{
    const QByteArray script = QByteArray(200 * 1024, 'x');
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 3; ++i) {
        QProcess ssh;
        ssh.start(u"ssh"_s,
                  {u"-i"_s,
                   hosts.clientKeyFile(),
                   u"-o"_s,
                   u"BatchMode=yes"_s,
                   u"-o"_s,
                   u"UserKnownHostsFile="_s + hosts.knownHostsFile(),
                   u"-o"_s,
                   u"StrictHostKeyChecking=yes"_s,
                   u"root@"_s + hosts.address(i),
                   u"cat > /dev/null; echo bootstrapped"_s});
        ssh.write(script);
        ssh.closeWriteChannel();
        if (!ssh.waitForFinished(60000) || ssh.exitCode() != 0)
            return -1;
    }
    return timer.elapsed();
}

// Runs `command` on host 0 through a connection of its own; its output.
QString remote(const SshTestHosts &hosts, const QString &command)
{
    SshSessionOptions options;
    options.host = *SshHostAddress::parse(hosts.poolEntry(0), {}, 22);
    options.knownHostsFile = hosts.knownHostsFile();
    QString error;
    options.key = loadSshKey(hosts.clientKeyFile(), {}, &error);
    SshSession session(options);
    QSignalSpy opened(&session, &SshSession::opened);
    session.open();
    if (!opened.wait(20000))
        return {};
    SshCommand *c = session.run(command);
    QByteArray output;
    QObject::connect(c, &SshCommand::output, c, [&output](const QByteArray &chunk) {
        output += chunk;
    });
    QSignalSpy finished(c, &SshCommand::finished);
    finished.wait(600000);
    return QString::fromUtf8(output);
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool smoke = app.arguments().contains(u"--smoke"_s);
    const int calls = smoke ? 10 : 200;

    SshTestHosts hosts;
    QString error;
    if (!hosts.start(3, 3, &error)) {
        out << "bench_ssh: " << error << Qt::endl;
        return 1;
    }
    {
        QFile known(hosts.knownHostsFile());
        known.open(QIODevice::WriteOnly);
        known.write(hosts.knownHostsLines());
    }
    QTemporaryDir dir;
    RunHost runHost(ConnectorRegistry{}, [](const QString &) { return std::nullopt; });
    RunHost::Options options;
    options.databaseFile = dir.filePath(u"catalog.sqlite"_s);
    options.certificateDir = dir.filePath(u"tls"_s);
    if (Result<void> started = runHost.start(options); !started) {
        out << "bench_ssh: the broker did not start: " << started.errorMessage() << Qt::endl;
        return 1;
    }
    const quint16 port = runHost.broker().url().port();

    const CloudConfig
        cloud{u"bench"_s,
              u"ssh"_s,
              {{u"hosts"_s,
                QStringList{hosts.poolEntry(0), hosts.poolEntry(1), hosts.poolEntry(2)}.join(u',')},
               {u"identity-file"_s, hosts.clientKeyFile()},
               {u"known-hosts"_s, hosts.knownHostsFile()}}};

    const qint64 sequential = bootstrapHosts(cloud, u"seq"_s, false, port);
    const qint64 parallel = bootstrapHosts(cloud, u"par"_s, true, port);
    const qint64 openssh = opensshSequential(hosts);
    out << "bootstrap 3 hosts, parallel:      " << parallel << " ms\n"
        << "bootstrap 3 hosts, one by one:    " << sequential << " ms\n"
        << "anchor: OpenSSH ssh, one by one:  " << openssh << " ms (same 200 KB script)\n";

    // A broker call from host 0: through the tunnel of a session kept open, and directly.
    SshConnector connector(cloud);
    ProvisionOperation *provision = connector.provision(
        {u"tun"_s, u"bench"_s, {InstanceRequest{InstanceName{u"n"_s, 1}, {}, {}}}});
    if (!waitFor(provision) || !provision->succeeded()) {
        out << "bench_ssh: no host for the tunnel" << Qt::endl;
        return 1;
    }
    SshSession *session = connector.existingSession(u"tun"_s, u"n.1"_s);
    QSignalSpy ready(session, &SshSession::forwardReady);
    session->forward(0, port);
    if (!ready.wait(20000)) {
        out << "bench_ssh: the tunnel did not open" << Qt::endl;
        return 1;
    }
    const quint16 tunnelPort = session->forwardedPort();
    const QString ca = dir.filePath(u"tls/ca.pem"_s);
    QFile caFile(ca);
    caFile.open(QIODevice::ReadOnly);
    const QString caText = QString::fromUtf8(caFile.readAll());
    // Per call: nanoseconds of one curl, so process start counts on both sides alike.
    const QString loop = uR"sh(cat > /tmp/bench-ca.pem <<'EOF'
%1
EOF
i=0; while [ $i -lt %2 ]; do s=$(date +%s%N); curl -sf --cacert /tmp/bench-ca.pem %3 -o /dev/null https://127.0.0.1:%4/bootstrap || echo fail; e=$(date +%s%N); echo $((e - s)); i=$((i + 1)); done)sh"_s;
    const auto measure = [&](const QString &extra, quint16 p) {
        QList<double> ms;
        const QString output = remote(hosts, loop.arg(caText).arg(calls).arg(extra).arg(p));
        for (const QString &line : output.split(u'\n', Qt::SkipEmptyParts)) {
            bool ok = false;
            const double ns = line.toDouble(&ok);
            if (ok)
                ms << ns / 1e6;
        }
        return ms;
    };
    const QList<double> tunnel = measure({}, tunnelPort);
    const QList<double> direct = measure(u"--connect-to 127.0.0.1:%1:%2:%1"_s.arg(port).arg(
                                             hosts.host(0).address.section(u'.', 0, 2) + u".1"_s),
                                         port);
    const double overhead = median(tunnel) - median(direct);
    out << "broker call (curl GET /bootstrap, TLS) through the tunnel, p50: " << median(tunnel)
        << " ms over " << tunnel.size() << " calls\n"
        << "anchor: the same call direct to the broker over the veth, p50:  " << median(direct)
        << " ms over " << direct.size() << " calls\n"
        << "tunnel overhead per call (p50 difference): " << overhead << " ms\n";
    out.flush();
    session->close();
    return (parallel > 0 && sequential > 0 && !tunnel.isEmpty() && !direct.isEmpty()) ? 0 : 1;
}
