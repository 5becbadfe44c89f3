// Scaling a Ready run on real containers: +1 worker joins the parameter
// exchange and the master's on-vm-add sees it, -1 removes the highest-numbered worker after
// the master's on-vm-remove ran; multiplicity and ids follow; bad requests are refused.

#include "core/catalog/catalog.h"
#include "core/run/runhost.h"
#include "tests/support/modulebuilders.h"
#include "tests/support/podmantesting.h"
#include "tests/support/runtestbed.h"

#include <QSignalSpy>
#include <QTest>

using namespace Slipway;
using namespace Slipway::Testing;
using namespace Qt::StringLiterals;

namespace {

// The master lists its workers' hostnames, by the node's ids, at launch and on every scaling.
constexpr auto kListWorkers = uR"SH(#!/bin/sh -e
nodes=
for i in $(ss-get worker:ids | tr ',' ' '); do
  nodes="$nodes $(ss-get --timeout 300 worker.$i:hostname)"
done
ss-set nodes "$(echo $nodes)"
)SH";

} // namespace

class TestScaling : public QObject
{
    Q_OBJECT

private:
    RunTestBed m_bed;
    QString m_run;

    QString value(const QString &key) { return m_bed.value(m_run, key); }
    QString events() { return m_bed.events(m_run); }
    QString instanceState(const QString &name) { return m_bed.instanceState(m_run, name); }

    // Waits until the run is no longer Scaling; false on time-out.
    bool waitScaled()
    {
        return QTest::qWaitFor([&] { return m_bed.engine().run(m_run)->state != RunState::Scaling; },
                               240000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        SLIPWAY_REQUIRE_PODMAN();
        QVERIFY(m_bed.open());

        Module base;
        base.path = u"s/debian"_s;
        base.kind = ModuleKind::Image;
        base.image.native = true;
        base.image.platform = u"debian"_s;
        base.image.imageIds = {CloudImageId{u"local"_s, kBaseImage, {}}};
        QVERIFY(m_bed.save(base));

        Module master;
        master.path = u"s/master"_s;
        master.kind = ModuleKind::Image;
        master.image.parent = u"s/debian"_s;
        master.image.recipes.execute = u"ss-set key \"k-$(head -c 8 /dev/urandom | od -An -tx1 | "
                                       "tr -d ' \\n')\"\n"_s
                                       + QString(kListWorkers);
        master.image.recipes.onVmAdd = QString(kListWorkers)
                                       + u"ss-set scaled \"$SLIPSTREAM_SCALING_ACTION "
                                         "$SLIPSTREAM_SCALING_NODE $SLIPSTREAM_SCALING_VMS\"\n"_s;
        master.image.recipes.onVmRemove = master.image.recipes.onVmAdd;
        master.image.parameters = {output(u"key"_s), output(u"nodes"_s), output(u"scaled"_s)};
        QVERIFY(m_bed.save(master));

        Module worker;
        worker.path = u"s/worker"_s;
        worker.kind = ModuleKind::Image;
        worker.image.parent = u"s/debian"_s;
        worker.image.recipes.execute = u"ss-set seen \"$(ss-get --timeout 300 master_key)\"\n"_s;
        worker.image.parameters = {input(u"master_key"_s), output(u"seen"_s)};
        QVERIFY(m_bed.save(worker));

        Module cluster;
        cluster.path = u"s/cluster"_s;
        cluster.kind = ModuleKind::Deployment;
        Node masterNode;
        masterNode.name = u"master"_s;
        masterNode.image = u"s/master"_s;
        Node workerNode;
        workerNode.name = u"worker"_s;
        workerNode.image = u"s/worker"_s;
        workerNode.multiplicity = 1;
        workerNode.mappings = {ParameterMapping{u"master_key"_s, u"master:key"_s, false}};
        cluster.deployment.nodes = {masterNode, workerNode};
        QVERIFY(m_bed.save(cluster));

        QVERIFY(m_bed.startHost(RunTestBed::HostOptions().withReportGraceMs(20000).withKeptPort()));

        m_run = m_bed.launch(u"s/cluster"_s);
        QVERIFY(!m_run.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_bed.engine().run(m_run)->state == RunState::Ready
                                     || RunState::isFinal(m_bed.engine().run(m_run)->state),
                                 240000);
        QVERIFY2(m_bed.engine().run(m_run)->state == RunState::Ready, qPrintable(events()));
        QCOMPARE(value(u"master.1:nodes"_s), value(u"worker.1:hostname"_s));
    }

    void cleanupTestCase()
    {
        if (m_bed.hasHost() && !m_run.isEmpty()) {
            (void) m_bed.engine().terminate(m_run);
            (void) QTest::qWaitFor([&] { return !m_bed.engine().isActive(m_run); }, 120000);
        }
        m_bed.removeRuns();
    }

    void refusesWhatCannotBeScaled_data()
    {
        QTest::addColumn<QString>("run");
        QTest::addColumn<QString>("node");
        QTest::addColumn<int>("delta");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown run") << u"nosuchrun"_s << u"worker"_s << 1 << u"no run"_s;
        QTest::newRow("unknown node") << QString() << u"db"_s << 1 << u"no node db"_s;
        QTest::newRow("none left") << QString() << u"worker"_s << -1 << u"leave none"_s;
        QTest::newRow("zero") << QString() << u"worker"_s << 0 << u"by 0"_s;
    }

    void refusesWhatCannotBeScaled()
    {
        QFETCH(QString, run);
        QFETCH(QString, node);
        QFETCH(int, delta);
        QFETCH(QString, message);
        const Result<void> scaled = m_bed.engine().scale(run.isEmpty() ? m_run : run, node, delta);
        QVERIFY(!scaled);
        QVERIFY2(scaled.errorMessage().contains(message), qPrintable(scaled.errorMessage()));
        QCOMPARE(m_bed.engine().run(m_run)->state, u"Ready"_s);
    }

    void scaleUpThenDown()
    {
        const QString firstHost = value(u"worker.1:hostname"_s);
        QSignalSpy settled(&m_bed.engine(), &RunEngine::runSettled);

        // +1: worker.2 runs its phases, reads the master's key through the mapping, and the
        // master's on-vm-add lists both workers.
        QVERIFY(m_bed.engine().scale(m_run, u"worker"_s, 1));
        QCOMPARE(m_bed.engine().run(m_run)->state, u"Scaling"_s);
        // One scaling at a time.
        const Result<void> again = m_bed.engine().scale(m_run, u"worker"_s, 1);
        QVERIFY(!again);
        QVERIFY2(again.errorMessage().contains(u"Scaling"_s), qPrintable(again.errorMessage()));
        QVERIFY(waitScaled());
        QVERIFY2(m_bed.engine().run(m_run)->state == RunState::Ready, qPrintable(events()));
        QVERIFY(!settled.isEmpty());
        QCOMPARE(value(u"worker:multiplicity"_s), u"2"_s);
        QCOMPARE(value(u"worker:ids"_s), u"1,2"_s);
        const QString secondHost = value(u"worker.2:hostname"_s);
        QVERIFY(!secondHost.isEmpty() && secondHost != firstHost);
        QCOMPARE(value(u"master.1:nodes"_s), firstHost + u' ' + secondHost);
        QCOMPARE(value(u"master.1:scaled"_s), u"vm_create worker worker.2"_s);
        QCOMPARE(value(u"worker.2:master_key"_s), value(u"master.1:key"_s));
        QCOMPARE(value(u"worker.2:seen"_s), value(u"master.1:key"_s));
        QCOMPARE(value(u"ss:state"_s), u"Ready"_s);
        QCOMPARE(instanceState(u"worker.2"_s), u"ready"_s);
        QCOMPARE(instanceState(u"master.1"_s), u"ready"_s);
        QCOMPARE(containersOfRun(m_run).size(), 3);
        QVERIFY2(events().contains(u"master.1: on-vm-add"_s), qPrintable(events()));

        // -1: the master's on-vm-remove sees one worker left, then worker.2 goes.
        QVERIFY(m_bed.engine().scale(m_run, u"worker"_s, -1));
        QVERIFY(waitScaled());
        QVERIFY2(m_bed.engine().run(m_run)->state == RunState::Ready, qPrintable(events()));
        QCOMPARE(value(u"worker:multiplicity"_s), u"1"_s);
        QCOMPARE(value(u"worker:ids"_s), u"1"_s);
        QCOMPARE(value(u"master.1:nodes"_s), firstHost);
        QCOMPARE(value(u"master.1:scaled"_s), u"vm_remove worker worker.2"_s);
        QCOMPARE(instanceState(u"worker.2"_s), u"terminated"_s);
        QCOMPARE(containersOfRun(m_run).size(), 2);
        QVERIFY(!m_bed.host().store().instances(m_run).contains(u"worker.2"_s));

        // +2 again: the numbers follow the highest left.
        QVERIFY(m_bed.engine().scale(m_run, u"worker"_s, 2));
        QVERIFY(waitScaled());
        QVERIFY2(m_bed.engine().run(m_run)->state == RunState::Ready, qPrintable(events()));
        QCOMPARE(value(u"worker:ids"_s), u"1,2,3"_s);
        QCOMPARE(value(u"master.1:scaled"_s), u"vm_create worker worker.2 worker.3"_s);
        QCOMPARE(value(u"master.1:nodes"_s).split(u' ').size(), 3);
        QCOMPARE(value(u"worker.3:seen"_s), value(u"master.1:key"_s));
        QCOMPARE(containersOfRun(m_run).size(), 4);
    }

    void keptRunScalesAfterARestart()
    {
        // Another host on the same database (the first one gone) takes the kept run up and
        // scales it down.
        m_bed.stopHost();
        QVERIFY2(m_bed.startHost(RunTestBed::HostOptions().withKeptPort()),
                 "the run host did not start again");
        QVERIFY(m_bed.engine().isActive(m_run));
        QVERIFY(m_bed.engine().scale(m_run, u"worker"_s, -2));
        QVERIFY(waitScaled());
        QVERIFY2(m_bed.engine().run(m_run)->state == RunState::Ready, qPrintable(events()));
        QCOMPARE(value(u"worker:ids"_s), u"1"_s);
        QCOMPARE(value(u"master.1:scaled"_s), u"vm_remove worker worker.2 worker.3"_s);
        QCOMPARE(containersOfRun(m_run).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestScaling)
#include "tst_scaling.moc"
