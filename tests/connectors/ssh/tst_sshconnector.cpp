// The SSH connector's host key checks, logins and leases against real OpenSSH servers in
// network namespaces of their own (tests/support/sshtesthosts.h).

#include "connectors/ssh/sshconnector.h"
#include "connectors/ssh/sshleases.h"
#include "tests/support/sshtesthosts.h"
#include "tests/support/testpaths.h"
#include "tests/support/testprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Slipway;
using namespace Slipway::Testing;
using namespace Qt::StringLiterals;

class TestSshConnector : public QObject
{
    Q_OBJECT

private:
    SshTestHosts m_hosts;
    QTemporaryDir m_dir;

    QString knownHosts() const { return m_dir.filePath(u"known_hosts"_s); }

    CloudConfig cloud() const
    {
        return CloudConfig{u"keys"_s,
                           u"ssh"_s,
                           {{u"hosts"_s,
                             QString(m_hosts.poolEntry(0) + u", "_s + m_hosts.poolEntry(1))},
                            {u"identity-file"_s, m_hosts.clientKeyFile()},
                            {u"known-hosts"_s, knownHosts()}}};
    }

    // Runs an operation to its end.
    template<typename Operation>
    bool wait(Operation *op)
    {
        QSignalSpy finished(op, &ConnectorOperation::finished);
        return op->isFinished() || finished.wait(60000);
    }

    QString fingerprint(int i)
    {
        QProcess p;
        p.start(u"ssh-keygen"_s, {u"-l"_s, u"-f"_s, m_hosts.host(i).hostKeyFile + u".pub"_s});
        p.waitForFinished(10000);
        return QString::fromUtf8(p.readAllStandardOutput()).section(u' ', 1, 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        SLIPWAY_REQUIRE_ROOT();
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_hosts.start(2, 2, &error), qPrintable(error));
    }

    void cleanupTestCase() { m_hosts.stop(); }

    void poolSettingsAreParsed()
    {
        SshConnector c(CloudConfig{u"p"_s,
                                   u"ssh"_s,
                                   {{u"hosts"_s, u"a.example, deploy@10.0.0.2:2222 [::1]:23"_s},
                                    {u"user"_s, u"admin"_s}}});
        QVERIFY2(c.poolError().isEmpty(), qPrintable(c.poolError()));
        QCOMPARE(c.pool().size(), 3);
        QCOMPARE(c.pool().at(0).toString(), u"admin@a.example:22"_s);
        QCOMPARE(c.pool().at(1).toString(), u"deploy@10.0.0.2:2222"_s);
        QCOMPARE(c.pool().at(2).toString(), u"admin@[::1]:23"_s);
        QCOMPARE(c.capabilities().brokerRoute, BrokerRoute::ReverseTunnel);
        QCOMPARE(c.capabilities().brokerAddress(8443), u"127.0.0.1:8443"_s);

        SshConnector bad(CloudConfig{u"p"_s, u"ssh"_s, {{u"hosts"_s, u"a b@c@d"_s}}});
        QVERIFY(bad.poolError().contains(u"b@c@d"_s));
    }

    // Names in the commands that run on a host are quoted: a run id or instance name with
    // quotes, $(…) or ';' stays a name (the connector refuses such names before, but the
    // commands do not rely on it). The bootstrap's command runs here by sh as a host's login
    // shell would run it (the clean-up's is not run here: it removes /etc/slipway).
    void namesInHostCommandsAreQuoted()
    {
        QTemporaryDir home;
        const QString run = u"r1'; touch pwned-run; echo '"_s;
        const QString instance = u"web.1$(touch pwned-instance)`touch pwned-tick`"_s;
        const QByteArray environment = SshConnector::environmentFile(
            {{u"SLIPWAY_RUN"_s, u"x'$(touch pwned-env)'"_s}});
        const QByteArray script = "#!/bin/sh\nprintf '%s' \"$SLIPWAY_RUN\" > \"$HOME/ran\"\n";
        QProcess sh;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home.path());
        sh.setProcessEnvironment(env);
        sh.setWorkingDirectory(home.path());
        sh.start(u"/bin/sh"_s,
                 {u"-c"_s, SshConnector::bootstrapCommand(run, instance, int(environment.size()))});
        QVERIFY(sh.waitForStarted());
        sh.write(environment + script);
        sh.closeWriteChannel();
        QVERIFY(sh.waitForFinished(30000));
        QVERIFY2(sh.exitCode() == 0, sh.readAll().constData());
        QFile ran(home.filePath(u"ran"_s));
        QVERIFY(ran.open(QIODevice::ReadOnly));
        QCOMPARE(ran.readAll(), "x'$(touch pwned-env)'");
        QVERIFY(QFileInfo(home.filePath(u".slipway/"_s + run + u'/' + instance)).isDir());

        const QStringList left = QDir(home.path()).entryList(QDir::Files | QDir::Hidden);
        QVERIFY2(!left.join(u' ').contains(u"pwned"_s), qPrintable(left.join(u' ')));
        QVERIFY(!QFileInfo::exists(u"pwned-run"_s) && !QFileInfo::exists(u"pwned-instance"_s));
    }

    void unknownHostKeyRefusedUnlessAccepted()
    {
        QFile::remove(knownHosts());
        SshConnector refusing(cloud());
        CheckOperation *check = refusing.check();
        QVERIFY(wait(check));
        QVERIFY(!check->succeeded());
        QVERIFY2(check->error()->message.contains(u"is not in"_s),
                 qPrintable(check->error()->message));
        QVERIFY(check->error()->message.contains(m_hosts.poolEntry(0)));
        QCOMPARE(refusing.hostKeyProblems().size(), 2);
        for (const SshHostKeyProblem &p : refusing.hostKeyProblems()) {
            QCOMPARE(p.kind, SshHostKeyProblem::Kind::Unknown);
            QVERIFY(p.offeredFingerprint.startsWith(u"SHA256:"_s));
        }
        QVERIFY(!QFile::exists(knownHosts()));

        // Accepted (the CLI's --accept-host-key): the keys go to known_hosts.
        SshConnector accepting(cloud());
        accepting.setAcceptUnknownHostKeys(true);
        check = accepting.check();
        QVERIFY(wait(check));
        QVERIFY2(check->succeeded(),
                 qPrintable(check->error() ? check->error()->message : QString()));
        QVERIFY(check->details().startsWith(u"2 of 2 hosts"_s));
        QFile file(knownHosts());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray lines = file.readAll();
        QVERIFY(lines.contains(m_hosts.address(0).toUtf8()));
        QVERIFY(lines.contains(m_hosts.address(1).toUtf8()));

        // Known now: no acceptance needed.
        SshConnector again(cloud());
        check = again.check();
        QVERIFY(wait(check));
        QVERIFY(check->succeeded());
    }

    // slipway-cli: `cloud test` refuses a host seen for the first time and names the option;
    // with --accept-host-key it records the keys and succeeds.
    void cliAcceptsNewHostKeysOnlyWhenTold()
    {
        QFile::remove(knownHosts());
        const QString cli = Testing::cliProgram();
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const auto run = [&](const QStringList &args, QByteArray *output) {
            const Testing::ProcessResult r
                = Testing::runProcess(cli,
                                      args,
                                      Testing::ProcessOptions()
                                          .withEnvironment(
                                              Testing::environmentWithDataDir(data.path()))
                                          .withTimeout(120000));
            *output = r.transcript();
            return r.exitCode;
        };
        const CloudConfig c = cloud();
        QByteArray output;
        QStringList add{u"cloud"_s, u"add"_s, u"pool"_s, u"--kind"_s, u"ssh"_s};
        for (auto it = c.settings.cbegin(); it != c.settings.cend(); ++it)
            add << u"--set"_s << it.key() + u'=' + it.value().toString();
        QVERIFY2(run(add, &output) == 0, output.constData());

        QVERIFY(run({u"cloud"_s, u"test"_s, u"pool"_s}, &output) != 0);
        QVERIFY2(output.contains("--accept-host-key"), output.constData());
        QVERIFY(!QFile::exists(knownHosts()));

        QVERIFY2(run({u"cloud"_s, u"test"_s, u"pool"_s, u"--accept-host-key"_s}, &output) == 0,
                 output.constData());
        QFile file(knownHosts());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray lines = file.readAll();
        QVERIFY(lines.contains(m_hosts.address(0).toUtf8()));
        QVERIFY(lines.contains(m_hosts.address(1).toUtf8()));
        // Known now: a plain test passes.
        QVERIFY2(run({u"cloud"_s, u"test"_s, u"pool"_s}, &output) == 0, output.constData());
    }

    void changedHostKeyRefused()
    {
        SshConnector accepting(cloud());
        accepting.setAcceptUnknownHostKeys(true);
        CheckOperation *check = accepting.check();
        QVERIFY(wait(check));
        QVERIFY(check->succeeded());
        const QString old = fingerprint(1);
        QString error;
        QVERIFY2(m_hosts.changeHostKey(1, &error), qPrintable(error));
        const QString now = fingerprint(1);
        QVERIFY(old != now);

        // Refused even when unknown keys would be accepted, naming the host and both keys.
        check = accepting.check();
        QVERIFY(wait(check));
        QVERIFY(!check->succeeded());
        const QString message = check->error()->message;
        QVERIFY2(message.contains(u"The host key of %1 has changed"_s.arg(m_hosts.poolEntry(1))),
                 qPrintable(message));
        QVERIFY2(message.contains(old), qPrintable(message));
        QVERIFY2(message.contains(now), qPrintable(message));
        QCOMPARE(accepting.hostKeyProblems().size(), 1);
        QCOMPARE(accepting.hostKeyProblems().constFirst().kind, SshHostKeyProblem::Kind::Changed);

        // Provisioning on that pool: the host with the changed key fails its instance.
        ProvisionRequest request;
        request.runId = u"keytest"_s;
        request.owner = u"tst"_s;
        request.instances = {InstanceRequest{InstanceName{u"n"_s, 1}, {}, {}},
                             InstanceRequest{InstanceName{u"n"_s, 2}, {}, {}}};
        ProvisionOperation *provision = accepting.provision(request);
        QVERIFY(wait(provision));
        QCOMPARE(provision->instances().size(), 1);
        QCOMPARE(provision->failures().size(), 1);
        QVERIFY2(provision->failures().constFirst().message.contains(u"has changed"_s),
                 qPrintable(provision->failures().constFirst().message));
        // Only the good host stays leased; terminate frees it.
        QCOMPARE(accepting.leases().leasesOf(u"keytest"_s).size(), 1);
        TerminateOperation *terminate = accepting.terminate({u"keytest"_s, {}});
        QVERIFY(wait(terminate));
        QVERIFY2(terminate->succeeded(), qPrintable(terminate->error()->message));
        QVERIFY(accepting.leases().leasesOf(u"keytest"_s).isEmpty());
    }

    void leasesAreExclusiveAndDurable()
    {
        const QString file = m_dir.filePath(u"leases.json"_s);
        const QStringList pool{u"root@h1:22"_s, u"root@h2:22"_s};
        SshLeases leases(u"c"_s, file);
        QString error;
        QCOMPARE(leases.take(pool, u"r1"_s, u"a.1"_s, u"me"_s, &error), u"root@h1:22"_s);
        QCOMPARE(leases.take(pool, u"r1"_s, u"a.2"_s, u"me"_s, &error), u"root@h2:22"_s);
        // The same instance asking again keeps its host.
        QCOMPARE(leases.take(pool, u"r1"_s, u"a.1"_s, u"me"_s, &error), u"root@h1:22"_s);
        QVERIFY(!leases.take(pool, u"r2"_s, u"b.1"_s, u"me"_s, &error));
        QVERIFY(error.contains(u"in use"_s));
        // Another process (a new object on the same file) sees them.
        SshLeases reopened(u"c"_s, file);
        QCOMPARE(reopened.leasesOf(u"r1"_s).size(), 2);
        QVERIFY(reopened.release(u"r1"_s, u"a.2"_s));
        QCOMPARE(leases.take(pool, u"r2"_s, u"b.1"_s, u"me"_s, &error), u"root@h2:22"_s);
        QVERIFY(leases.release(u"r1"_s));
        QCOMPARE(leases.leases().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSshConnector)
#include "tst_sshconnector.moc"
