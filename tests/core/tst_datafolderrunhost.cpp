// The run host of a data folder, as the GUI and slipway-cli set it up: one process at a time
// under the folder's lock (a killed holder's lock is taken over), the broker's certificate
// naming what each connector kind's nodes call this machine, its port kept in the folder.

#include "core/run/datafolderrunhost.h"
#include "core/run/runhost.h"
#include "core/settings.h"
#include "tests/support/testpaths.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Slipway;

namespace {

// A kind whose nodes reach the broker at 192.0.2.1; it makes no connector.
ConnectorRegistry registryWithBrokerHost()
{
    ConnectorKind kind;
    kind.name = u"test"_s;
    kind.capabilities.brokerHost = u"192.0.2.1"_s;
    ConnectorRegistry registry;
    registry.add(kind);
    return registry;
}

// Writes a lock file as a process leaves it when it is killed: its pid names no process.
bool leaveStaleLock(const QString &file)
{
    QProcess gone;
    gone.start(u"true"_s);
    if (!gone.waitForStarted())
        return false;
    const qint64 pid = gone.processId(); // 0 once it has finished
    if (pid <= 0 || !gone.waitForFinished())
        return false;
    QByteArray content;
    {
        QLockFile lock(file);
        if (!lock.tryLock(0))
            return false;
        QFile held(file);
        if (!held.open(QIODevice::ReadOnly))
            return false;
        content = held.readAll();
    }
    content = QByteArray::number(pid) + content.mid(content.indexOf('\n'));
    QFile left(file);
    if (!left.open(QIODevice::WriteOnly))
        return false;
    return left.write(content) == content.size();
}

// This test program run as another process that hosts the runs of $SLIPWAY_TEST_LOCK_DIR, as
// a second GUI or slipway-cli would: once $SLIPWAY_TEST_LOCK_GO exists (so that several start
// at the same moment) it takes the lock, prints "locked" or "refused: MESSAGE", and holds the
// lock until its standard input closes or it is killed.
int lockingProcess()
{
    const QString dir = qEnvironmentVariable("SLIPWAY_TEST_LOCK_DIR");
    const QString go = qEnvironmentVariable("SLIPWAY_TEST_LOCK_GO");
    QElapsedTimer waited;
    waited.start();
    while (!go.isEmpty() && !QFileInfo::exists(go)) {
        if (waited.elapsed() > 60000)
            return 3;
        QThread::usleep(200);
    }
    DataFolderRunHost runHost(registryWithBrokerHost(), dir);
    const Result<void> locked = runHost.lock();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 3;
    out.write(locked ? QByteArray("locked\n") : "refused: " + locked.errorMessage().toUtf8() + '\n');
    out.flush();
    QFile in;
    if (in.open(stdin, QIODevice::ReadOnly))
        (void) in.readAll(); // until the test closes it
    return locked ? 0 : 1;
}

// Runs `ip ARGS`; false (with its message) when it fails.
bool ip(const QStringList &arguments, QString *error = nullptr)
{
    QProcess p;
    p.start(u"ip"_s, arguments);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = u"ip %1: %2"_s.arg(arguments.join(u' '),
                                        QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    return true;
}

// Whether a process in the network namespace `ns` (another machine on the host's network)
// can open a TCP connection to address:port.
bool reachableFrom(const QString &ns, const QHostAddress &address, quint16 port)
{
    QProcess p;
    p.start(u"ip"_s,
            {u"netns"_s,
             u"exec"_s,
             ns,
             u"timeout"_s,
             u"10"_s,
             u"bash"_s,
             u"-c"_s,
             u"exec 3<>/dev/tcp/%1/%2"_s.arg(address.toString()).arg(port)});
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// Whether an HTTPS request from the network namespace `ns` (empty: this machine) to
// address:port is answered by the broker at all (any HTTP status). The event loop runs
// meanwhile: the broker answers from this thread.
bool answeredFrom(const QString &ns, const QHostAddress &address, quint16 port)
{
    QStringList command{u"curl"_s,
                        u"-sk"_s,
                        u"--max-time"_s,
                        u"10"_s,
                        u"-o"_s,
                        u"/dev/null"_s,
                        u"-w"_s,
                        u"%{http_code}"_s,
                        u"https://%1:%2/"_s.arg(address.toString()).arg(port)};
    if (!ns.isEmpty())
        command = QStringList{u"netns"_s, u"exec"_s, ns} + command;
    QProcess p;
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(ns.isEmpty() ? u"curl"_s : u"ip"_s, ns.isEmpty() ? command.mid(1) : command);
    if (!finished.wait(30000))
        return false;
    const QByteArray code = p.readAllStandardOutput().trimmed();
    return !code.isEmpty() && code != "000";
}

} // namespace

class TestDataFolderRunHost : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        // The settings (broker/listen, the retention rule) of this test only.
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    }

    void startsUnderTheLockWithCertificatesAndPort()
    {
        QTemporaryDir dir;
        DataFolderRunHost runHost(registryWithBrokerHost(), dir.path());
        std::optional<DataFolderRunHost::LockHolder> holder;
        const Result<void> started = runHost.start(dir.filePath(u"catalog.db"_s), &holder);
        QVERIFY2(started, qPrintable(started.errorMessage()));
        QVERIFY(!holder);
        QVERIFY(runHost.host());
        QVERIFY(runHost.host()->broker().port() > 0);

        QFile port(dir.filePath(u"broker-port"_s));
        QVERIFY(port.open(QIODevice::ReadOnly));
        QCOMPARE(port.readAll().trimmed().toUShort(), runHost.host()->broker().port());
        const QList<QSslCertificate> certificate = QSslCertificate::fromPath(
            dir.filePath(u"tls/server.pem"_s));
        QCOMPARE(certificate.size(), 1);
        QVERIFY(
            certificate.constFirst().subjectAlternativeNames().values().contains(u"192.0.2.1"_s));

        // A second host of the same folder is refused, and told who holds it.
        DataFolderRunHost second(registryWithBrokerHost(), dir.path());
        const Result<void> refused = second.start(dir.filePath(u"catalog.db"_s), &holder);
        QVERIFY(!refused);
        QVERIFY(holder);
        QCOMPARE(holder->pid, QCoreApplication::applicationPid());
        QVERIFY(!second.host());

        // Once the first lets go, the folder is free.
        runHost.unlock();
        QVERIFY(!runHost.host());
        QVERIFY(second.lock(&holder));
        QVERIFY(!holder);
    }

    void lockOfAKilledProcessIsTakenOver()
    {
        QTemporaryDir dir;
        QVERIFY(leaveStaleLock(dir.filePath(u"runhost.lock"_s)));

        DataFolderRunHost runHost(registryWithBrokerHost(), dir.path());
        std::optional<DataFolderRunHost::LockHolder> holder;
        const Result<void> locked = runHost.lock(&holder);
        QVERIFY2(locked, qPrintable(locked.errorMessage()));
        QVERIFY(!holder);
    }

    // With broker/listen "auto" (the default) the broker listens on loopback and on the
    // interfaces nodes come through (here a bridge, as a container network's), followed as
    // they appear; not on the host's other addresses, which other machines reach (here a
    // veth pair into a network namespace, that machine). "all" and addresses are obeyed.
    void brokerListensWhereTheNodesComeFrom()
    {
        if (!Testing::isRoot() || QStandardPaths::findExecutable(u"ip"_s).isEmpty()
            || QStandardPaths::findExecutable(u"bash"_s).isEmpty()
            || QStandardPaths::findExecutable(u"curl"_s).isEmpty())
            SLIPWAY_SKIP_OR_FAIL("root, ip (iproute2), bash and curl, to make interfaces and a "
                                 "network namespace and call from there");
        const QString tag = QString::number(QCoreApplication::applicationPid() % 100000);
        const QString ns = u"slw-listen-"_s + tag;
        const QString veth = u"slwl"_s + tag + u"a"_s;
        const QString peer = u"slwl"_s + tag + u"b"_s;
        const QString bridge = u"slwlb"_s + tag;
        const QString later = u"slwlc"_s + tag;
        const auto cleanUp = [&] {
            ip({u"link"_s, u"del"_s, veth});
            ip({u"link"_s, u"del"_s, bridge});
            ip({u"link"_s, u"del"_s, later});
            ip({u"netns"_s, u"delete"_s, ns});
        };
        cleanUp();
        const auto cleanUpAtEnd = qScopeGuard(cleanUp);
        const QHostAddress lan(u"198.51.100.1"_s); // the host's address another machine sees
        const QHostAddress bridged(u"198.51.100.9"_s);
        const QHostAddress laterBridged(u"198.51.100.13"_s);
        QString error;
        for (const QStringList &command : QList<QStringList>{
                 {u"netns"_s, u"add"_s, ns},
                 {u"link"_s, u"add"_s, veth, u"type"_s, u"veth"_s, u"peer"_s, u"name"_s, peer},
                 {u"link"_s, u"set"_s, peer, u"netns"_s, ns},
                 {u"addr"_s, u"add"_s, u"198.51.100.1/30"_s, u"dev"_s, veth},
                 {u"link"_s, u"set"_s, veth, u"up"_s},
                 {u"-n"_s, ns, u"addr"_s, u"add"_s, u"198.51.100.2/30"_s, u"dev"_s, peer},
                 {u"-n"_s, ns, u"link"_s, u"set"_s, peer, u"up"_s},
                 {u"-n"_s, ns, u"link"_s, u"set"_s, u"lo"_s, u"up"_s},
                 {u"-n"_s, ns, u"route"_s, u"add"_s, u"default"_s, u"via"_s, u"198.51.100.1"_s},
                 {u"link"_s, u"add"_s, bridge, u"type"_s, u"bridge"_s},
                 {u"addr"_s, u"add"_s, u"198.51.100.9/32"_s, u"dev"_s, bridge},
                 {u"link"_s, u"set"_s, bridge, u"up"_s}})
            QVERIFY2(ip(command, &error), qPrintable(error));

        QTemporaryDir dir;
        const auto defaultRule = qScopeGuard([] { Settings().setBrokerListen(u"auto"_s); });
        const auto host = [&](const QString &rule) {
            {
                Settings settings;
                settings.setBrokerListen(rule);
            }
            auto runHost = std::make_unique<DataFolderRunHost>(registryWithBrokerHost(), dir.path());
            const Result<void> started = runHost->start(dir.filePath(u"catalog.db"_s));
            if (!started)
                error = started.errorMessage();
            return started ? std::move(runHost) : nullptr;
        };

        {
            Settings settings;
            QCOMPARE(settings.brokerListen(), u"auto"_s); // the default
        }
        std::unique_ptr<DataFolderRunHost> runHost = host(u"auto"_s);
        QVERIFY2(runHost, qPrintable(error));
        Broker &broker = runHost->host()->broker();
        const quint16 port = broker.port();
        QList<QHostAddress> bound = broker.addresses();
        QVERIFY(bound.contains(QHostAddress(QHostAddress::LocalHost)));
        QVERIFY(bound.contains(bridged));
        QVERIFY(!bound.contains(lan));
        QVERIFY(!bound.contains(QHostAddress(QHostAddress::Any)));
        QVERIFY(!reachableFrom(ns, lan, port));
        QVERIFY(reachableFrom(ns, bridged, port)); // the namespace itself is fine
        QTcpSocket local;
        local.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(local.waitForConnected(10000));
        // A container network made while the runs are hosted is listened on too.
        QVERIFY2(ip({u"link"_s, u"add"_s, later, u"type"_s, u"bridge"_s}, &error)
                     && ip({u"addr"_s, u"add"_s, u"198.51.100.13/32"_s, u"dev"_s, later}, &error)
                     && ip({u"link"_s, u"set"_s, later, u"up"_s}, &error),
                 qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(broker.addresses().contains(laterBridged), 20000);
        QVERIFY(reachableFrom(ns, laterBridged, port));
        QVERIFY(!reachableFrom(ns, lan, port));
        QVERIFY(answeredFrom(ns, bridged, port));
        // As a user without root the broker also listens on the host's other addresses, for
        // rootless containers, but serves only connections from this machine there.
        QVERIFY2(broker.addAddress(lan, true, &error), qPrintable(error));
        QVERIFY(broker.addresses().contains(lan));
        QVERIFY(answeredFrom({}, lan, port));
        QVERIFY(!answeredFrom(ns, lan, port));
        runHost.reset();

        // Everywhere, when told so.
        runHost = host(u"all"_s);
        QVERIFY2(runHost, qPrintable(error));
        QCOMPARE(runHost->host()->broker().addresses(),
                 QList<QHostAddress>{QHostAddress(QHostAddress::Any)});
        QVERIFY(reachableFrom(ns, lan, runHost->host()->broker().port()));
        runHost.reset();

        // Exactly there.
        runHost = host(u"127.0.0.1, 198.51.100.1"_s);
        QVERIFY2(runHost, qPrintable(error));
        QCOMPARE(runHost->host()->broker().addresses(),
                 (QList<QHostAddress>{QHostAddress(QHostAddress::LocalHost), lan}));
        QVERIFY(reachableFrom(ns, lan, runHost->host()->broker().port()));
        QVERIFY(!reachableFrom(ns, bridged, runHost->host()->broker().port()));
        runHost.reset();

        // What is not an address is refused, naming the setting.
        runHost = host(u"127.0.0.1, the-lan"_s);
        QVERIFY(!runHost);
        QVERIFY2(error.contains(u"broker/listen"_s) && error.contains(u"the-lan"_s),
                 qPrintable(error));
    }

    // Another process hosts the folder: this one is refused and told which process it is;
    // once that process is killed (SIGKILL: it cannot let the lock go), its lock is taken over.
    void anotherProcessHoldsTheLockUntilItIsKilled()
    {
        QTemporaryDir dir;
        QProcess other;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SLIPWAY_TEST_LOCK_DIR"_s, dir.path());
        other.setProcessEnvironment(env);
        other.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(other.waitForStarted());
        QVERIFY(other.waitForReadyRead(30000));
        QCOMPARE(other.readLine(), QByteArray("locked\n"));

        DataFolderRunHost runHost(registryWithBrokerHost(), dir.path());
        std::optional<DataFolderRunHost::LockHolder> holder;
        const Result<void> refused = runHost.start(dir.filePath(u"catalog.db"_s), &holder);
        QVERIFY(!refused);
        QVERIFY(holder);
        QCOMPARE(holder->pid, other.processId());
        QVERIFY2(refused.errorMessage().contains(u"another Slipway process"_s)
                     && refused.errorMessage().contains(QString::number(other.processId()))
                     && refused.errorMessage().contains(dir.path()),
                 qPrintable(refused.errorMessage()));
        QVERIFY(!runHost.host());

        other.kill();
        QVERIFY(other.waitForFinished());
        QVERIFY(QFileInfo::exists(dir.filePath(u"runhost.lock"_s))); // left behind
        const Result<void> started = runHost.start(dir.filePath(u"catalog.db"_s), &holder);
        QVERIFY2(started, qPrintable(started.errorMessage()));
        QVERIFY(!holder);
        QVERIFY(runHost.host());
    }

    // Several processes start at the same moment on a folder whose lock a killed process left:
    // exactly one takes it over, the others are refused while it holds it. Several rounds, as
    // the processes meet the stale lock in a different order each time.
    void oneOfManyTakesOverAStaleLock()
    {
        constexpr int Processes = 6;
        constexpr int Rounds = 4;
        for (int round = 0; round < Rounds; ++round) {
            QTemporaryDir dir;
            QVERIFY(leaveStaleLock(dir.filePath(u"runhost.lock"_s)));
            const QString go = dir.filePath(u"go"_s);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"SLIPWAY_TEST_LOCK_DIR"_s, dir.path());
            env.insert(u"SLIPWAY_TEST_LOCK_GO"_s, go);
            std::vector<std::unique_ptr<QProcess>> processes;
            for (int i = 0; i < Processes; ++i) {
                auto p = std::make_unique<QProcess>();
                p->setProcessEnvironment(env);
                p->start(QCoreApplication::applicationFilePath(), {});
                QVERIFY(p->waitForStarted());
                processes.push_back(std::move(p));
            }
            QFile(go).open(QIODevice::WriteOnly);
            int locked = 0;
            QStringList answers;
            for (const auto &p : processes) {
                QVERIFY(p->waitForReadyRead(60000));
                const QByteArray answer = p->readLine();
                answers << QString::fromUtf8(answer).trimmed();
                if (answer == "locked\n")
                    ++locked;
                else
                    QVERIFY2(answer.startsWith("refused: another Slipway process"),
                             answer.constData());
            }
            if (locked != 1) {
                for (const auto &p : processes)
                    answers << QString::fromUtf8(p->readAllStandardError());
            }
            QVERIFY2(locked == 1, qPrintable(answers.join(u" | "_s)));
            for (const auto &p : processes) {
                p->closeWriteChannel();
                QVERIFY(p->waitForFinished(30000));
            }
        }
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("SLIPWAY_TEST_LOCK_DIR")) {
        QCoreApplication app(argc, argv);
        return lockingProcess();
    }
    QCoreApplication app(argc, argv);
    TestDataFolderRunHost test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_datafolderrunhost.moc"
