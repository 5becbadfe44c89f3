// The plan the run engine keeps in run_runs.plan: records written before the plan had types
// (tests/data/runs, key for key as the engine wrote them) must read back whole, so that runs
// in users' databases still resume, and write out unchanged.

#include "core/run/instancestate.h"
#include "core/run/persistedplan.h"
#include "tests/support/testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Slipway;

class TestPersistedPlan : public QObject
{
    Q_OBJECT

    static QJsonObject golden(const QString &name)
    {
        QFile file(Testing::testData(u"runs/"_s + name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            qFatal("%s: %s", qPrintable(file.fileName()), qPrintable(error.errorString()));
        return document.object();
    }

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("deployment") << u"plan-deployment.json"_s;
        QTest::newRow("scaling up") << u"plan-scaling-up.json"_s;
        QTest::newRow("scaling down") << u"plan-scaling-down.json"_s;
        QTest::newRow("finalizing") << u"plan-finalizing.json"_s;
        QTest::newRow("build") << u"plan-build.json"_s;
        QTest::newRow("build done") << u"plan-build-done.json"_s;
    }

    void roundTrip()
    {
        QFETCH(QString, file);
        const QJsonObject json = golden(file);
        const PersistedPlan plan = PersistedPlan::fromJson(json);
        const QJsonObject written = plan.toJson();
        QCOMPARE(QJsonDocument(written).toJson(), QJsonDocument(json).toJson());
        QCOMPARE(PersistedPlan::fromJson(written), plan);
    }

    // An update in progress, health settings and states, and the image versions the nodes
    // run: written and read back whole, so that a restart carries the update on.
    void updateRoundTrip()
    {
        PersistedPlan plan = PersistedPlan::fromJson(golden(u"plan-deployment.json"_s));
        QVERIFY(!plan.update);
        plan.nodes[0].imagePath = u"t/master"_s;
        plan.nodes[0].imageVersion = 3;
        plan.nodes[1].health = HealthSettings{10, 2, HealthPolicy::Replace};
        UpdateState update;
        update.fromVersion = 2;
        update.toVersion = 5;
        update.from = plan.nodes;
        update.to = plan.nodes;
        update.to[0].imageVersion = 4;
        update.to[0].script = "#!/bin/sh\necho new\n";
        update.steps = {UpdateStep{UpdateStep::Kind::Add, u"master"_s, true, 1, {u"master.2"_s}},
                        UpdateStep{UpdateStep::Kind::Remove, u"master"_s, true, 0, {u"master.1"_s}},
                        UpdateStep{UpdateStep::Kind::Rerun, u"worker"_s, false, 0, {u"worker.1"_s}}};
        update.current = 1;
        update.rollingBack = true;
        update.failure = u"master.2: the recipe script failed"_s;
        update.healing = u"replace"_s;
        update.startedAt = 1764887400123;
        plan.update = update;
        plan.scaling = ScalingState{u"master"_s, VmHook::Remove, {u"master.1"_s}, {}, false, true, 0};
        plan.instanceVersions = {{u"master.2"_s, 4}};
        plan.health = {{u"worker.1"_s, u"unhealthy"_s}};
        plan.lastUpdate = u"updated from version 1 to 2"_s;
        plan.lastUpdateFailed = true;
        plan.versionsAt = 1764887400999;
        const QJsonObject json = plan.toJson();
        const PersistedPlan read = PersistedPlan::fromJson(json);
        QCOMPARE(read, plan);
        QCOMPARE(read.update->steps.at(2).kind, UpdateStep::Kind::Rerun);
        QCOMPARE(read.update->node(u"master", true)->imageVersion, 4);
        QCOMPARE(read.update->node(u"master", false)->imageVersion, 3);
        QCOMPARE(json.value(u"update"_s)
                     .toObject()
                     .value(u"steps"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"kind"_s)
                     .toString(),
                 u"add"_s);
        QCOMPARE(healthPolicyFromName(u"restart"), HealthPolicy::Restart);
        QVERIFY(!healthPolicyFromName(u"reboot"));
    }

    void deployment()
    {
        const PersistedPlan plan = PersistedPlan::fromJson(golden(u"plan-deployment.json"_s));
        QVERIFY(!plan.build);
        QVERIFY(!plan.result);
        QVERIFY(!plan.scaling);
        QVERIFY(!plan.finalState);
        QCOMPARE(plan.deadline, qint64(1764887400123));
        QCOMPARE(plan.timeoutSeconds, 1800);
        QCOMPARE(plan.tags, (QStringList{u"nightly"_s, u"torque"_s}));
        QCOMPARE(plan.nodes.size(), 2);

        const PersistedNode *master = plan.node(u"master");
        QVERIFY(master);
        QCOMPARE(master->cloud, u"local"_s);
        QCOMPARE(master->multiplicity, 1);
        QCOMPARE(master->maxFailures, 0);
        QCOMPARE(master->imageId, u"sha256:4f2d0c3a9b1e"_s);
        QVERIFY(!master->layout);    // {}: no parameters of its own
        QVERIFY(!master->resources); // {}: the cloud's defaults

        const PersistedNode *worker = plan.node(u"worker");
        QVERIFY(worker);
        QCOMPARE(worker->multiplicity, 2);
        QCOMPARE(worker->maxFailures, 1);
        QCOMPARE(worker->script,
                 QByteArray(
                     "#!/bin/sh\nset -e\n# slipway bootstrap\nexec /opt/slipway/node-agent\n"));
        QVERIFY(worker->layout);
        QCOMPARE(worker->layout->parameters, (QStringList{u"ready"_s, u"port"_s}));
        QCOMPARE(worker->layout->defaults,
                 (QHash<QString, QString>{{u"port"_s, u"8080"_s}, {u"ready"_s, u"false"_s}}));
        QVERIFY(worker->resources);
        QCOMPARE(worker->resources->cpu, u"2"_s);
        QCOMPARE(worker->resources->ram, u"2048"_s);
        QCOMPARE(worker->resources->disk, u"10"_s);
        QCOMPARE(worker->resources->network, u"private"_s);
        QCOMPARE(worker->resources->securityGroups, (QStringList{u"default"_s, u"web"_s}));

        QVERIFY(!plan.node(u"client"));
    }

    void scaling()
    {
        const PersistedPlan up = PersistedPlan::fromJson(golden(u"plan-scaling-up.json"_s));
        QVERIFY(up.scaling);
        QCOMPARE(up.scaling->node, u"worker"_s);
        QCOMPARE(up.scaling->action, VmHook::Add);
        QCOMPARE(up.scaling->instances, (QStringList{u"worker.3"_s, u"worker.4"_s}));
        QCOMPARE(up.scaling->others, (QStringList{u"master.1"_s, u"worker.1"_s, u"worker.2"_s}));
        QVERIFY(!up.scaling->hooksDone);
        QVERIFY(up.scaling->barriersDone);
        QCOMPARE(up.scaling->deadline, qint64(1764889200456));

        const PersistedPlan down = PersistedPlan::fromJson(golden(u"plan-scaling-down.json"_s));
        QVERIFY(down.scaling);
        QCOMPARE(down.scaling->action, VmHook::Remove);
        QCOMPARE(down.scaling->instances, QStringList{u"worker.2"_s});
        QVERIFY(down.scaling->hooksDone);
        QCOMPARE(down.scaling->deadline, qint64(0)); // a removal has no deadline
        QVERIFY(down.tags.isEmpty());

        const PersistedPlan finalizing = PersistedPlan::fromJson(golden(u"plan-finalizing.json"_s));
        QCOMPARE(finalizing.finalState, std::optional<QString>(u"Aborted"_s));
    }

    void build()
    {
        const PersistedPlan plan = PersistedPlan::fromJson(golden(u"plan-build.json"_s));
        QVERIFY(plan.nodes.isEmpty());
        QVERIFY(plan.build);
        QVERIFY(!plan.result);
        QCOMPARE(plan.build->image, u"examples/images/web"_s);
        QCOMPARE(plan.build->version, 3);
        QCOMPARE(plan.build->cloud, u"local"_s);
        QCOMPARE(plan.build->baseImageId, u"sha256:0d1f9e8c7b6a"_s);
        QCOMPARE(plan.build->tag, u"slipway/examples/images/web:3"_s);
        QCOMPARE(plan.build->steps.size(), 3);
        QCOMPARE(plan.build->steps.at(1).name, u"packages"_s);
        QCOMPARE(plan.build->steps.at(1).kind, BuildStep::Kind::Packages);
        QCOMPARE(plan.build->steps.at(2).kind, BuildStep::Kind::Script);
        QCOMPARE(plan.build->steps.at(2).script, u"echo built > /etc/motd\n"_s);
        QCOMPARE(plan.timeoutSeconds, 3600);

        const PersistedPlan done = PersistedPlan::fromJson(golden(u"plan-build-done.json"_s));
        QVERIFY(done.result);
        QCOMPARE(done.result->imageId, u"sha256:9a8b7c6d5e4f"_s);
        QCOMPARE(done.result->stepsRun, 2);
        QCOMPARE(done.result->milliseconds, qint64(47020));
        QCOMPARE(done.result->steps.size(), 3);
        QVERIFY(done.result->steps.at(0).reused);
        QCOMPARE(done.result->steps.at(1).milliseconds, qint64(42517));
        QCOMPARE(done.result->steps.at(1).cacheKey, u"bbb"_s);
        QCOMPARE(done.finalState, std::optional<QString>(u"Done"_s));
    }

    // The run records of a database written by the release before (tests/data/storage).
    void releaseRecords()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"catalog.sqlite"_s);
        QVERIFY(QFile::copy(Testing::testData(u"storage/release-catalog-first.sqlite"_s), file));
        int plans = 0;
        int instances = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"release"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT plan FROM run_runs"_s));
            while (q.next()) {
                const QJsonObject json = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
                const PersistedPlan plan = PersistedPlan::fromJson(json);
                QCOMPARE(plan.toJson(), json);
                QCOMPARE(plan.nodes.size(), 1);
                QCOMPARE(plan.nodes.at(0).name, u"web"_s);
                QCOMPARE(plan.nodes.at(0).script, QByteArray("#!/bin/sh\n"));
                QCOMPARE(plan.nodes.at(0).layout->defaults.value(u"port"_s), u"80"_s);
                ++plans;
            }
            QVERIFY(q.exec(u"SELECT state FROM run_instances"_s));
            while (q.next()) {
                QVERIFY2(instanceStateFromName(q.value(0).toString()),
                         qPrintable(q.value(0).toString()));
                ++instances;
            }
        }
        QSqlDatabase::removeDatabase(u"release"_s);
        QCOMPARE(plans, 2);
        QCOMPARE(instances, 4);
    }

    // What the engine read when a key was missing, it still reads.
    void missingKeys()
    {
        const PersistedPlan plan = PersistedPlan::fromJson(QJsonObject{});
        QCOMPARE(plan.timeoutSeconds, 1800);
        QCOMPARE(plan.deadline, qint64(0));
        QVERIFY(!plan.finalState);
        QVERIFY(!plan.scaling);
    }

    void instanceStateNames_data()
    {
        QTest::addColumn<InstanceState>("state");
        QTest::addColumn<QString>("name");
        QTest::newRow("provisioning") << InstanceState::Provisioning << u"provisioning"_s;
        QTest::newRow("booting") << InstanceState::Booting << u"booting"_s;
        QTest::newRow("installing") << InstanceState::Installing << u"installing"_s;
        QTest::newRow("executing") << InstanceState::Executing << u"executing"_s;
        QTest::newRow("waiting") << InstanceState::Waiting << u"waiting"_s;
        QTest::newRow("reporting") << InstanceState::Reporting << u"reporting"_s;
        QTest::newRow("ready") << InstanceState::Ready << u"ready"_s;
        QTest::newRow("failed") << InstanceState::Failed << u"failed"_s;
        QTest::newRow("terminated") << InstanceState::Terminated << u"terminated"_s;
    }

    // The names are in users' databases and in the CLI's JSON: they never change.
    void instanceStateNames()
    {
        QFETCH(InstanceState, state);
        QFETCH(QString, name);
        QCOMPARE(instanceStateName(state), name);
        QCOMPARE(instanceStateFromName(name), std::optional<InstanceState>(state));
        QVERIFY(!instanceStateFromName(name.toUpper()));
    }
};

QTEST_GUILESS_MAIN(TestPersistedPlan)
#include "tst_persistedplan.moc"
