// The SSH hosts connector end to end through the run engine, on real OpenSSH servers each in
// a network namespace of its own (tests/support/sshtesthosts.h): the bootstrap over an exec
// channel, the nodes reaching the broker (TLS, checked for 127.0.0.1) through reverse port
// forwards, host leases, unreachable hosts against max-provisioning-failures, and a
// connection cut during a run.

#include "connectors/ssh/sshconnector.h"
#include "connectors/ssh/sshleases.h"
#include "connectors/ssh/sshsession.h"
#include "core/catalog/catalog.h"
#include "core/connector/connector.h"
#include "core/run/runhost.h"
#include "tests/support/modulebuilders.h"
#include "tests/support/runtestbed.h"
#include "tests/support/sshtesthosts.h"
#include "tests/support/testpaths.h"

#include <QSignalSpy>
#include <QTest>

using namespace Slipway;
using namespace Slipway::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString kPool = u"pool"_s;       // the three hosts with sshd
const QString kPartial = u"partial"_s; // an address where nothing listens, then a host

// A node whose provisioning may fail on that many instances before the run aborts.
Node tolerating(Node n, int maxFailures)
{
    n.maxProvisioningFailures = maxFailures;
    return n;
}

} // namespace

class TestSshHosts : public QObject
{
    Q_OBJECT

private:
    RunTestBed m_bed;
    SshTestHosts m_hosts;
    QHash<QString, CloudConfig> m_clouds;

    QString launch(const QString &path, const QString &cloud)
    {
        LaunchOptions options;
        options.defaultCloud = cloud;
        options.timeoutSeconds = 600;
        return m_bed.launch(path, options);
    }

    bool terminate(const QString &run)
    {
        QSignalSpy settled(&m_bed.engine(), &RunEngine::runSettled);
        if (!m_bed.engine().terminate(run))
            return false;
        return settled.wait(120000) || m_bed.engine().run(run)->terminated;
    }

    // Runs `command` on host i through a connection of its own; its output, or "exit N".
    QString remote(int i, const QString &command)
    {
        SshSessionOptions options;
        options.host = *SshHostAddress::parse(m_hosts.poolEntry(i), {}, 22);
        options.knownHostsFile = m_hosts.knownHostsFile();
        QString error;
        options.key = loadSshKey(m_hosts.clientKeyFile(), {}, &error);
        SshSession session(options);
        QSignalSpy opened(&session, &SshSession::opened);
        session.open();
        if (!opened.wait(20000))
            return u"no connection: "_s + session.errorString();
        SshCommand *c = session.run(command);
        QByteArray out;
        connect(c, &SshCommand::output, this, [&out](const QByteArray &chunk) { out += chunk; });
        QSignalSpy finished(c, &SshCommand::finished);
        if (!finished.wait(20000))
            return u"no answer"_s;
        return c->exitCode() == 0 ? QString::fromUtf8(out).trimmed()
                                  : u"exit %1"_s.arg(c->exitCode());
    }

    CloudConfig cloud(const QString &name, const QStringList &hosts) const
    {
        return CloudConfig{name,
                           u"ssh"_s,
                           {{u"hosts"_s, hosts.join(u',')},
                            {u"identity-file"_s, m_hosts.clientKeyFile()},
                            {u"known-hosts"_s, m_hosts.knownHostsFile()}}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        SLIPWAY_REQUIRE_ROOT();
        QVERIFY(m_bed.open());
        QString error;
        // Host 3 is an address in its own namespace where no sshd listens.
        QVERIFY2(m_hosts.start(4, 3, &error), qPrintable(error));
        QFile known(m_hosts.knownHostsFile());
        QVERIFY(known.open(QIODevice::WriteOnly));
        known.write(m_hosts.knownHostsLines());
        known.close();

        m_clouds.insert(kPool,
                        cloud(kPool,
                              {m_hosts.poolEntry(0), m_hosts.poolEntry(1), m_hosts.poolEntry(2)}));
        m_clouds.insert(kPartial, cloud(kPartial, {m_hosts.poolEntry(3), m_hosts.poolEntry(0)}));

        // The Torque-style exchange of tst_runengine, over the tunnels.
        const QString master = uR"SH(#!/bin/sh -e
key=$(head -c 32 /dev/urandom | base64 -w 0)
ss-set munge_key64 "$key"
n=$(ss-get worker.1:multiplicity)
nodes=
i=1
while [ $i -le $n ]; do
  nodes="$nodes $(ss-get --timeout 480 worker.$i:hostname)"
  i=$((i + 1))
done
ss-set nodes "$(echo $nodes)"
ss-set where "$(hostname)"
)SH"_s;
        const QString worker = uR"SH(#!/bin/bash -xe
export munge_key64=`ss-get --timeout 480 master.1:munge_key64`
echo $munge_key64 | base64 -d > /tmp/munge.key.$SLIPSTREAM_NODE_INSTANCE
ss-set key_length "$(wc -c < /tmp/munge.key.$SLIPSTREAM_NODE_INSTANCE)"
ss-set statecustom "Worker $SLIPSTREAM_NODE_INSTANCE ready on $(hostname)"
)SH"_s;
        // Waits for a value the test sets after it has cut the connection.
        const QString waiter = uR"SH(#!/bin/sh -e
ss-display 'waiting for go'
go=$(ss-get --timeout 400 go)
ss-set result "got $go"
)SH"_s;
        for (const Module &m : {
                 onClouds(image(u"s/debian"_s, {}, {}),
                          {CloudImageId{kPool, u"existing"_s, {}},
                           CloudImageId{kPartial, u"existing"_s, {}}}),
                 image(u"s/master"_s,
                       u"s/debian"_s,
                       master,
                       {output(u"munge_key64"_s), output(u"nodes"_s), output(u"where"_s)}),
                 image(u"s/worker"_s,
                       u"s/debian"_s,
                       worker,
                       {input(u"master_key"_s), output(u"key_length"_s)}),
                 image(u"s/simple"_s, u"s/debian"_s, u"ss-set done yes\n"_s, {output(u"done"_s)}),
                 image(u"s/waiter"_s, u"s/debian"_s, waiter, {output(u"go"_s), output(u"result"_s)}),
             }) {
            QVERIFY(m_bed.save(m));
        }
        Node workers = node(u"worker"_s, u"s/worker"_s, 2);
        workers.mappings = {ParameterMapping{u"master_key"_s, u"master:munge_key64"_s, false}};
        QVERIFY(m_bed.save(deployment(u"s/cluster"_s, {node(u"master"_s, u"s/master"_s), workers})));
        QVERIFY(m_bed.save(
            deployment(u"s/tolerant"_s, {tolerating(node(u"machine"_s, u"s/simple"_s, 2), 1)})));
        QVERIFY(m_bed.save(
            deployment(u"s/strict"_s, {tolerating(node(u"machine"_s, u"s/simple"_s, 2), 0)})));
        QVERIFY(m_bed.save(deployment(u"s/waiting"_s, {node(u"waiter"_s, u"s/waiter"_s)})));

        RunTestBed::HostOptions options;
        options.reportGraceMs = 20000;
        options.clouds = [this](const QString &name) -> std::optional<CloudConfig> {
            if (m_clouds.contains(name))
                return m_clouds.value(name);
            return std::nullopt;
        };
        QVERIFY(m_bed.startHost(options));
    }

    void cleanupTestCase()
    {
        m_bed.stopHost();
        m_hosts.stop();
    }

    void masterAndWorkersExchangeParametersOverTunnels()
    {
        QSignalSpy settled(&m_bed.engine(), &RunEngine::runSettled);
        const QString run = launch(u"s/cluster"_s, kPool);
        QVERIFY(!run.isEmpty());
        QTRY_VERIFY2_WITH_TIMEOUT(!settled.isEmpty(), qPrintable(m_bed.events(run)), 240000);
        QVERIFY2(m_bed.engine().run(run)->state == RunState::Ready, qPrintable(m_bed.events(run)));

        QCOMPARE(m_bed.value(run, u"worker.1:key_length"_s), u"32"_s);
        QCOMPARE(m_bed.value(run, u"worker.2:key_length"_s), u"32"_s);
        QCOMPARE(m_bed.value(run, u"worker.2:master_key"_s),
                 m_bed.value(run, u"master.1:munge_key64"_s));
        // Three hosts of the pool, one instance each: the hostnames are the pool's addresses.
        const QStringList pool{m_hosts.address(0), m_hosts.address(1), m_hosts.address(2)};
        QSet<QString> used;
        for (const QString &i : {u"master.1"_s, u"worker.1"_s, u"worker.2"_s})
            used.insert(m_bed.value(run, i + u":hostname"_s));
        QCOMPARE(used, QSet<QString>(pool.cbegin(), pool.cend()));
        // How a user logs in to each: ssh://user@address (the port when it is not 22).
        for (const QString &i : {u"master.1"_s, u"worker.1"_s, u"worker.2"_s}) {
            const QString url = m_bed.value(run, i + u":url.ssh"_s);
            QVERIFY2(url.startsWith(u"ssh://"_s)
                         && url.contains(u'@' + m_bed.value(run, i + u":hostname"_s)),
                     qPrintable(url));
        }
        QCOMPARE(m_bed.value(run, u"master.1:nodes"_s).split(u' '),
                 (QStringList{m_bed.value(run, u"worker.1:hostname"_s),
                              m_bed.value(run, u"worker.2:hostname"_s)}));
        QVERIFY(m_bed.value(run, u"worker.2:statecustom"_s)
                    .startsWith(u"Worker worker.2 ready on host"_s));
        // Each ran on its own host (its own UTS namespace), not on this machine.
        QVERIFY(m_bed.value(run, u"master.1:where"_s).startsWith(u"host"_s));
        // The bootstrap's output reached the instance's log.
        QVERIFY2(m_bed.events(run).contains(u"worker.2: slipway: worker.2 bootstrapped"_s),
                 qPrintable(m_bed.events(run)));

        // The pool is all in use: a second run gets no host and fails at once.
        SshLeases leases(kPool);
        QCOMPARE(leases.leasesOf(run).size(), 3);
        settled.clear();
        const QString second = launch(u"s/waiting"_s, kPool);
        QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), 120000);
        QCOMPARE(m_bed.engine().run(second)->state, u"Aborted"_s);
        QVERIFY2(m_bed.engine().run(second)->abortReason.contains(u"in use"_s),
                 qPrintable(m_bed.engine().run(second)->abortReason));
        QVERIFY(terminate(second));

        // Terminate: the node is gone from the hosts, its files too, the hosts are free.
        const QString masterHost = m_bed.value(run, u"master.1:hostname"_s);
        const int masterIndex = int(pool.indexOf(masterHost));
        QCOMPARE(remote(masterIndex, u"test -f /etc/slipway/context && echo there"_s), u"there"_s);
        QVERIFY(terminate(run));
        QCOMPARE(m_bed.engine().run(run)->state, u"Done"_s);
        QVERIFY(m_bed.engine().run(run)->terminated);
        QVERIFY(leases.leasesOf(run).isEmpty());
        QCOMPARE(remote(masterIndex, u"test -e /etc/slipway || echo gone"_s), u"gone"_s);
        QCOMPARE(remote(masterIndex,
                        u"ps -eo args | grep '^sh /var/lib/slipway/slipway-node' || echo none"_s),
                 u"none"_s);
    }

    void unreachableHostAgainstMaxProvisioningFailures_data()
    {
        QTest::addColumn<QString>("deployment");
        QTest::addColumn<QString>("finalState");
        QTest::newRow("one may fail") << u"s/tolerant"_s << u"Ready"_s;
        QTest::newRow("none may fail") << u"s/strict"_s << u"Aborted"_s;
    }

    void unreachableHostAgainstMaxProvisioningFailures()
    {
        QFETCH(QString, deployment);
        QFETCH(QString, finalState);
        QSignalSpy settled(&m_bed.engine(), &RunEngine::runSettled);
        const QString run = launch(deployment, kPartial);
        QVERIFY(!run.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), 300000);
        const RunRecord record = *m_bed.engine().run(run);
        QVERIFY2(record.state == finalState, qPrintable(m_bed.events(run)));

        // machine.1 got the address where nothing listens: failed, saying why.
        QVERIFY2(m_bed.events(run).contains(u"machine.1: Could not be started"_s),
                 qPrintable(m_bed.events(run)));
        const QString reason = u"cannot connect to %1"_s.arg(m_hosts.poolEntry(3));
        QVERIFY2(m_bed.events(run).contains(reason), qPrintable(m_bed.events(run)));
        if (finalState == u"Ready")
            QCOMPARE(m_bed.value(run, u"machine.2:done"_s), u"yes"_s);
        else
            QVERIFY2(record.abortReason.contains(reason), qPrintable(record.abortReason));
        // The unreachable host was never kept leased.
        for (const SshLeases::Lease &l : SshLeases(kPartial).leasesOf(run))
            QVERIFY(l.host != m_hosts.poolEntry(3));
        QVERIFY(terminate(run));
        QVERIFY(SshLeases(kPartial).leasesOf(run).isEmpty());
    }

    void connectionCutDuringRunReconnects()
    {
        QSignalSpy settled(&m_bed.engine(), &RunEngine::runSettled);
        const QString run = launch(u"s/waiting"_s, kPool);
        QVERIFY(!run.isEmpty());
        // The node is executing and waits for `go` in a long-poll through the tunnel.
        QTRY_VERIFY_WITH_TIMEOUT(m_bed.events(run).contains(u"waiting for go"_s), 240000);
        const QString hostname = m_bed.value(run, u"waiter.1:hostname"_s);
        int index = -1;
        for (int i = 0; i < 3; ++i)
            if (m_hosts.address(i) == hostname)
                index = i;
        QVERIFY(index >= 0);
        const auto logins = [&] {
            return m_hosts.sshdLog(index).count(u"Accepted publickey"_s);
        };
        const int before = logins();

        // Cut: sshd's connection processes die, the tunnel with them.
        QVERIFY(m_hosts.cutConnections(index) > 0);
        // A few seconds without the tunnel: the node's calls fail and are retried.
        QTest::qWait(3000);
        QVERIFY(m_bed.host()
                    .store()
                    .set(run,
                         ParameterKey::parse(u"waiter.1:go"_s, {}, 0).key,
                         u"after the cut"_s,
                         {},
                         true)
                    .ok());
        QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), 300000);
        QVERIFY2(m_bed.engine().run(run)->state == RunState::Ready, qPrintable(m_bed.events(run)));
        QCOMPARE(m_bed.value(run, u"waiter.1:result"_s), u"got after the cut"_s);
        // The connector logged in again.
        QVERIFY2(logins() > before, qPrintable(m_hosts.sshdLog(index)));
        QVERIFY(terminate(run));
    }
};

QTEST_GUILESS_MAIN(TestSshHosts)
#include "tst_sshhosts.moc"
