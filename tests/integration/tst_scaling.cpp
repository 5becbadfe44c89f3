// Scaling a Ready run on real containers (PRODUCT.md §4): +1 worker joins the parameter
// exchange and the master's on-vm-add sees it, -1 removes the highest-numbered worker after
// the master's on-vm-remove ran; multiplicity and ids follow; bad requests are refused.

#include "connectors/builtinconnectors.h"
#include "core/catalog/catalog.h"
#include "core/run/runhost.h"
#include "podmantesting.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Slipway;
using namespace Slipway::PodmanTesting;
using namespace Qt::StringLiterals;

namespace {

Parameter parameter(const QString &name, ParameterCategory category)
{
    Parameter p;
    p.name = name;
    p.category = category;
    return p;
}

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
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<RunHost> m_host;
    QString m_run;

    QString value(const QString &key)
    {
        const auto parsed = ParameterKey::parse(key, {}, 0);
        return m_host->store().get(m_run, parsed.key, true).value;
    }

    QString events()
    {
        QStringList lines;
        for (const RunEvent &e : m_host->engine().events(m_run))
            lines << e.instance + u": "_s + e.message;
        return lines.join(u'\n');
    }

    QString instanceState(const QString &name)
    {
        for (const InstanceRecord &i : m_host->engine().instances(m_run))
            if (i.name == name)
                return instanceStateName(i.state);
        return {};
    }

    // Waits until the run is no longer Scaling; false on time-out.
    bool waitScaled()
    {
        return QTest::qWaitFor(
            [&] { return m_host->engine().run(m_run)->state != RunState::Scaling; }, 240000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        SLIPWAY_REQUIRE_PODMAN();
        QVERIFY(m_dir.isValid());
        const QString db = m_dir.filePath(u"catalog.sqlite"_s);
        m_catalog = std::make_unique<Catalog>(db);
        QVERIFY(m_catalog->open());

        Module base;
        base.path = u"s/debian"_s;
        base.kind = ModuleKind::Image;
        base.image.native = true;
        base.image.platform = u"debian"_s;
        base.image.imageIds = {CloudImageId{u"local"_s, kBaseImage, {}}};
        QVERIFY(m_catalog->save(base, u"test"_s, u"fixture"_s));

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
        master.image.parameters = {parameter(u"key"_s, ParameterCategory::Output),
                                   parameter(u"nodes"_s, ParameterCategory::Output),
                                   parameter(u"scaled"_s, ParameterCategory::Output)};
        QVERIFY(m_catalog->save(master, u"test"_s, u"fixture"_s));

        Module worker;
        worker.path = u"s/worker"_s;
        worker.kind = ModuleKind::Image;
        worker.image.parent = u"s/debian"_s;
        worker.image.recipes.execute = u"ss-set seen \"$(ss-get --timeout 300 master_key)\"\n"_s;
        worker.image.parameters = {parameter(u"master_key"_s, ParameterCategory::Input),
                                   parameter(u"seen"_s, ParameterCategory::Output)};
        QVERIFY(m_catalog->save(worker, u"test"_s, u"fixture"_s));

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
        QVERIFY(m_catalog->save(cluster, u"test"_s, u"fixture"_s));

        m_host = std::make_unique<RunHost>(builtinConnectors(),
                                           [](const QString &name) -> std::optional<CloudConfig> {
                                               if (name == u"local")
                                                   return CloudConfig::local();
                                               return std::nullopt;
                                           });
        m_host->engine().setReportGraceMs(20000);
        RunHost::Options options;
        options.databaseFile = db;
        options.certificateDir = m_dir.filePath(u"tls"_s);
        // The nodes' context files hold the broker's URL: a restarted host keeps its port.
        options.portFile = m_dir.filePath(u"broker-port"_s);
        QVERIFY2(m_host->start(options), "the run host did not start");

        const Result<RunPlan> plan = planRun(*m_catalog, u"s/cluster"_s, {});
        QVERIFY2(plan, qPrintable(plan.errorMessage()));
        const Result<QString> run = m_host->engine().launch(*plan);
        QVERIFY2(run, qPrintable(run.errorMessage()));
        m_run = *run;
        QTRY_VERIFY_WITH_TIMEOUT(m_host->engine().run(m_run)->state == RunState::Ready
                                     || RunState::isFinal(m_host->engine().run(m_run)->state),
                                 240000);
        QVERIFY2(m_host->engine().run(m_run)->state == RunState::Ready, qPrintable(events()));
        QCOMPARE(value(u"master.1:nodes"_s), value(u"worker.1:hostname"_s));
    }

    void cleanupTestCase()
    {
        if (m_host && !m_run.isEmpty()) {
            (void) m_host->engine().terminate(m_run);
            (void) QTest::qWaitFor([&] { return !m_host->engine().isActive(m_run); }, 120000);
        }
        if (!m_run.isEmpty())
            removeRun(m_run);
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
        const Result<void> scaled = m_host->engine().scale(run.isEmpty() ? m_run : run, node, delta);
        QVERIFY(!scaled);
        QVERIFY2(scaled.errorMessage().contains(message), qPrintable(scaled.errorMessage()));
        QCOMPARE(m_host->engine().run(m_run)->state, u"Ready"_s);
    }

    void scaleUpThenDown()
    {
        const QString firstHost = value(u"worker.1:hostname"_s);
        QSignalSpy settled(&m_host->engine(), &RunEngine::runSettled);

        // +1: worker.2 runs its phases, reads the master's key through the mapping, and the
        // master's on-vm-add lists both workers.
        QVERIFY(m_host->engine().scale(m_run, u"worker"_s, 1));
        QCOMPARE(m_host->engine().run(m_run)->state, u"Scaling"_s);
        // One scaling at a time.
        const Result<void> again = m_host->engine().scale(m_run, u"worker"_s, 1);
        QVERIFY(!again);
        QVERIFY2(again.errorMessage().contains(u"Scaling"_s), qPrintable(again.errorMessage()));
        QVERIFY(waitScaled());
        QVERIFY2(m_host->engine().run(m_run)->state == RunState::Ready, qPrintable(events()));
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
        QVERIFY(m_host->engine().scale(m_run, u"worker"_s, -1));
        QVERIFY(waitScaled());
        QVERIFY2(m_host->engine().run(m_run)->state == RunState::Ready, qPrintable(events()));
        QCOMPARE(value(u"worker:multiplicity"_s), u"1"_s);
        QCOMPARE(value(u"worker:ids"_s), u"1"_s);
        QCOMPARE(value(u"master.1:nodes"_s), firstHost);
        QCOMPARE(value(u"master.1:scaled"_s), u"vm_remove worker worker.2"_s);
        QCOMPARE(instanceState(u"worker.2"_s), u"terminated"_s);
        QCOMPARE(containersOfRun(m_run).size(), 2);
        QVERIFY(!m_host->store().instances(m_run).contains(u"worker.2"_s));

        // +2 again: the numbers follow the highest left.
        QVERIFY(m_host->engine().scale(m_run, u"worker"_s, 2));
        QVERIFY(waitScaled());
        QVERIFY2(m_host->engine().run(m_run)->state == RunState::Ready, qPrintable(events()));
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
        const QString db = m_host->store().databaseFile();
        m_host.reset();
        m_host = std::make_unique<RunHost>(builtinConnectors(),
                                           [](const QString &name) -> std::optional<CloudConfig> {
                                               if (name == u"local")
                                                   return CloudConfig::local();
                                               return std::nullopt;
                                           });
        RunHost::Options options;
        options.databaseFile = db;
        options.certificateDir = m_dir.filePath(u"tls"_s);
        // The nodes' context files hold the broker's URL: a restarted host keeps its port.
        options.portFile = m_dir.filePath(u"broker-port"_s);
        QVERIFY2(m_host->start(options), "the run host did not start again");
        QVERIFY(m_host->engine().isActive(m_run));
        QVERIFY(m_host->engine().scale(m_run, u"worker"_s, -2));
        QVERIFY(waitScaled());
        QVERIFY2(m_host->engine().run(m_run)->state == RunState::Ready, qPrintable(events()));
        QCOMPARE(value(u"worker:ids"_s), u"1"_s);
        QCOMPARE(value(u"master.1:scaled"_s), u"vm_remove worker worker.2 worker.3"_s);
        QCOMPARE(containersOfRun(m_run).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestScaling)
#include "tst_scaling.moc"
