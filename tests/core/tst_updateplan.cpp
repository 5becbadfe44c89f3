// The plan of an update of a running deployment: a run recorded as the engine records a launch
// (its module version, each node's image version, image id and parameters), compared with
// later versions saved in a real catalog. Each change of the LAMP-shaped fixture must give
// its action, name what changed and the outputs that depend on it, in dependency order; the
// steps of a rolling apply follow the batch size.

#include "core/catalog/catalog.h"
#include "core/run/updateplan.h"
#include "tests/support/modulebuilders.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Slipway;
using namespace Slipway::Testing;

namespace {

constexpr auto kDbExecute = u"#!/bin/sh\nss-set db_password \"$(ss-get db_name)-secret\"\n";
constexpr auto kWebExecute = u"#!/bin/sh\nss-get db_password >/etc/db\nss-set ready true\n";
constexpr auto kLbExecute = u"#!/bin/sh\nss-get --timeout 600 web.1:ready\n";

} // namespace

class TestUpdatePlan : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
    RunRecord m_run;
    QList<InstanceRecord> m_instances;
    int m_catalogs = 0;

    void save(const Module &m)
    {
        const Result<SaveResult> saved = m_catalog->save(m, u"test"_s, {});
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
    }

    Module latest(const QString &path) { return m_catalog->latest(path)->module; }

    // Records a run of the stack's latest version as RunEngine::launch does.
    void launch()
    {
        const Result<RunPlan> plan = planRun(*m_catalog, u"u/stack"_s, {});
        QVERIFY2(plan, qPrintable(plan.errorMessage()));
        PersistedPlan persisted;
        m_instances.clear();
        for (const PlannedNode &n : plan->nodes) {
            PersistedNode p;
            p.name = n.name;
            p.cloud = n.cloud;
            p.imagePath = n.imagePath;
            p.imageVersion = n.imageVersion;
            p.multiplicity = n.multiplicity;
            p.imageId = n.imageId;
            for (const NodeLayout &l : plan->layout.nodes)
                if (l.name == n.name)
                    p.layout = PersistedNode::Layout{l.parameters, l.defaults};
            persisted.nodes << p;
            for (int i = 1; i <= n.multiplicity; ++i) {
                InstanceRecord instance;
                instance.run = u"r1"_s;
                instance.name = u"%1.%2"_s.arg(n.name).arg(i);
                instance.node = n.name;
                instance.cloud = n.cloud;
                instance.state = InstanceState::Ready;
                m_instances << instance;
            }
        }
        m_run.id = u"r1"_s;
        m_run.kind = u"deployment"_s;
        m_run.modulePath = u"u/stack"_s;
        m_run.moduleVersion = plan->moduleVersion;
        m_run.state = RunState::Ready.toString();
        m_run.createdAt = QDateTime::currentDateTimeUtc();
        m_run.plan = persisted.toJson();
    }

    UpdatePlan plan(std::optional<int> to = std::nullopt)
    {
        const Result<UpdatePlan> planned = planUpdate(*m_catalog, m_run, m_instances, to);
        if (!planned)
            qWarning() << planned.errorMessage();
        return planned ? *planned : UpdatePlan{};
    }

    static QStringList actions(const UpdatePlan &plan)
    {
        QStringList list;
        for (const NodeUpdate &n : plan.nodes)
            list << n.node + u'=' + updateActionName(n.action);
        return list;
    }

private Q_SLOTS:
    void init()
    {
        // A catalog of its own for each test function.
        m_catalog = std::make_unique<Catalog>(
            m_dir.filePath(u"catalog-%1.sqlite"_s.arg(++m_catalogs)));
        QVERIFY(m_catalog->open());

        save(image(u"u/debian"_s, {}, {}));
        Module db = image(u"u/db"_s,
                          u"u/debian"_s,
                          QString(kDbExecute),
                          {input(u"db_name"_s, u"app"_s), output(u"db_password"_s)});
        db.image.packages = {Package{u"mariadb-server"_s, {}, {}}};
        save(db);
        Module web = image(u"u/web"_s,
                           u"u/debian"_s,
                           QString(kWebExecute),
                           {input(u"db_host"_s), input(u"db_password"_s), output(u"ready"_s)});
        web.image.packages = {Package{u"apache2"_s, {}, {}}};
        web.image.recipes.recipe = u"#!/bin/sh\necho '<?php echo 1;' >/var/www/index.php\n"_s;
        save(web);
        save(image(u"u/lb"_s, u"u/debian"_s, QString(kLbExecute)));
        // Listed consumer first: the plan must still put producers first.
        save(deployment(u"u/stack"_s,
                        {node(u"lb"_s, u"u/lb"_s),
                         node(u"web"_s,
                              u"u/web"_s,
                              2,
                              {ParameterMapping{u"db_host"_s, u"db:hostname"_s, false},
                               ParameterMapping{u"db_password"_s, u"db:db_password"_s, false}}),
                         node(u"db"_s, u"u/db"_s)}));
        launch();
    }

    void nothingChanged()
    {
        const UpdatePlan p = plan();
        QCOMPARE(actions(p),
                 (QStringList{u"db=unchanged"_s, u"web=unchanged"_s, u"lb=unchanged"_s}));
        QVERIFY(!p.changesAnything());
        QCOMPARE(p.fromVersion, p.toVersion);
        QVERIFY(p.toText().contains(u"Nothing to change"_s));
        QVERIFY(updateSteps(p, 1).isEmpty());
    }

    void webRecipeChangedReplacesTheWebNodesOnly()
    {
        Module web = latest(u"u/web"_s);
        web.image.recipes.recipe += u"echo '<?php echo 2;' >/var/www/v2.php\n"_s;
        save(web);
        const UpdatePlan p = plan();
        QCOMPARE(actions(p), (QStringList{u"db=unchanged"_s, u"web=replace"_s, u"lb=unchanged"_s}));
        const NodeUpdate *n = p.node(u"web"_s);
        QCOMPARE(n->fromImage, u"u/web v1"_s);
        QCOMPARE(n->toImage, u"u/web v2"_s);
        QCOMPARE(n->instances, (QStringList{u"web.1"_s, u"web.2"_s}));
        QVERIFY2(n->reasons.contains(u"recipe changed in u/web"_s), qPrintable(p.toText()));
        // lb reads web.1:ready; no one reads the web nodes' host names.
        QCOMPARE(n->affectedOutputs, QStringList{u"web:ready → lb"_s});
        QVERIFY(p.blockers.isEmpty());
        // The deployment did not change: the run stays at its version.
        QCOMPARE(p.toVersion, p.fromVersion);

        using K = UpdateStep::Kind;
        const QList<UpdateStep> one = updateSteps(p, 1);
        QCOMPARE(one.size(), 4);
        QCOMPARE(one.at(0).kind, K::Add);
        QCOMPARE(one.at(0).count, 1);
        QCOMPARE(one.at(1).kind, K::Remove);
        QCOMPARE(one.at(1).instances, QStringList{u"web.1"_s});
        QCOMPARE(one.at(2).kind, K::Add);
        QCOMPARE(one.at(3).instances, QStringList{u"web.2"_s});
        const QList<UpdateStep> two = updateSteps(p, 2);
        QCOMPARE(two.size(), 2);
        QCOMPARE(two.at(0).count, 2);
        QCOMPARE(two.at(1).instances, (QStringList{u"web.1"_s, u"web.2"_s}));
    }

    void packagesChangedReplace()
    {
        Module db = latest(u"u/db"_s);
        db.image.packages << Package{u"mariadb-client"_s, {}, {}};
        save(db);
        const UpdatePlan p = plan();
        QCOMPARE(actions(p), (QStringList{u"db=replace"_s, u"web=unchanged"_s, u"lb=unchanged"_s}));
        QVERIFY(p.node(u"db"_s)->reasons.contains(u"packages changed"_s));
        QVERIFY2(p.node(u"db"_s)->affectedOutputs.contains(u"db:db_password → web"_s),
                 qPrintable(p.toText()));
        QVERIFY2(p.node(u"db"_s)->affectedOutputs.contains(u"db:hostname → web"_s),
                 qPrintable(p.toText()));
    }

    void executeOnlyChangeRerunsExecute()
    {
        Module web = latest(u"u/web"_s);
        web.image.recipes.execute += u"echo again\n"_s;
        save(web);
        const UpdatePlan p = plan();
        QCOMPARE(actions(p),
                 (QStringList{u"db=unchanged"_s, u"web=rerun-execute"_s, u"lb=unchanged"_s}));
        QVERIFY(p.node(u"web"_s)->reasons.contains(u"execute changed in u/web"_s));
        // The instances stay: their host names do not change.
        QCOMPARE(p.node(u"web"_s)->affectedOutputs, QStringList{u"web:ready → lb"_s});
        const QList<UpdateStep> steps = updateSteps(p, 1);
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(0).kind, UpdateStep::Kind::Rerun);
        QCOMPARE(steps.at(0).instances, QStringList{u"web.1"_s});
        QCOMPARE(steps.at(1).instances, QStringList{u"web.2"_s});
    }

    void inputDefaultChangedRerunsAndNamesTheReaders()
    {
        Module db = latest(u"u/db"_s);
        db.image.parameters[0].defaultValue = u"shop"_s;
        save(db);
        const UpdatePlan p = plan();
        QCOMPARE(actions(p),
                 (QStringList{u"db=rerun-execute"_s, u"web=unchanged"_s, u"lb=unchanged"_s}));
        const NodeUpdate *n = p.node(u"db"_s);
        QCOMPARE(n->changedInputs, QStringList{u"db_name: app → shop"_s});
        QCOMPARE(n->changedInputNames, QStringList{u"db_name"_s});
        QCOMPARE(n->affectedOutputs, QStringList{u"db:db_password → web"_s});
    }

    void deploymentChanges()
    {
        // A new version of the deployment: web 2 → 3, lb removed, a node added.
        Module stack = latest(u"u/stack"_s);
        stack.deployment.nodes[1].multiplicity = 3;
        stack.deployment.nodes.removeFirst();
        stack.deployment.nodes << node(u"cache"_s, u"u/lb"_s);
        save(stack);
        const UpdatePlan p = plan();
        QCOMPARE(p.fromVersion, 1);
        QCOMPARE(p.toVersion, 2);
        QCOMPARE(actions(p),
                 (QStringList{u"db=unchanged"_s,
                              u"web=scale"_s,
                              u"cache=add-node"_s,
                              u"lb=remove-node"_s}));
        QCOMPARE(p.node(u"web"_s)->fromMultiplicity, 2);
        QCOMPARE(p.node(u"web"_s)->toMultiplicity, 3);
        // A node added or removed is applied in place: the new node's instances join as a
        // scaling's do, the removed node's go last.
        QVERIFY2(p.blockers.isEmpty(), qPrintable(p.blockers.join(u'\n')));
        QCOMPARE(p.node(u"cache"_s)->toMultiplicity, 1);
        const QList<UpdateStep> steps = updateSteps(p, 1);
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps.at(0).kind, UpdateStep::Kind::Add); // web +1
        QCOMPARE(steps.at(0).node, u"web"_s);
        QCOMPARE(steps.at(1).kind, UpdateStep::Kind::Add);
        QCOMPARE(steps.at(1).node, u"cache"_s);
        QCOMPARE(steps.at(1).count, 1);
        QCOMPARE(steps.at(2).kind, UpdateStep::Kind::Remove);
        QCOMPARE(steps.at(2).node, u"lb"_s);
        QCOMPARE(steps.at(2).instances, QStringList{u"lb.1"_s});
        // The run's version is still there to go back to.
        const UpdatePlan back = plan(1);
        QVERIFY(!back.changesAnything());
    }

    void scaledRunKeepsItsInstances()
    {
        // The run was scaled to 3 web instances since its launch: an update that does not
        // change the multiplicity keeps 3; one that adds 1 to the module's makes 4.
        InstanceRecord extra = m_instances.at(1);
        extra.name = u"web.3"_s;
        m_instances << extra;
        Module web = latest(u"u/web"_s);
        web.image.recipes.recipe += u"true\n"_s;
        save(web);
        QCOMPARE(plan().node(u"web"_s)->toMultiplicity, 3);
        Module stack = latest(u"u/stack"_s);
        stack.deployment.nodes[1].multiplicity = 3;
        save(stack);
        const UpdatePlan p = plan();
        QCOMPARE(p.node(u"web"_s)->action, UpdateAction::Replace);
        QCOMPARE(p.node(u"web"_s)->toMultiplicity, 4);
        QVERIFY(p.node(u"web"_s)->reasons.contains(u"multiplicity: 3 → 4"_s));
        // Batches of 2: 2 new, 2 old go, 2 new, the last old one goes.
        const QList<UpdateStep> steps = updateSteps(p, 2);
        QCOMPARE(steps.size(), 4);
        QCOMPARE(steps.at(1).instances, (QStringList{u"web.1"_s, u"web.2"_s}));
        QCOMPARE(steps.at(2).count, 2);
        QCOMPARE(steps.at(3).instances, QStringList{u"web.3"_s});
    }

    void mappingChangeRerunsExecute()
    {
        // web's db_host read db:hostname; it now reads another output of the database. The
        // instances stay (nothing they were built from changed) and run execute again with
        // the new source's value; the readers of web's outputs are named.
        Module stack = latest(u"u/stack"_s);
        stack.deployment.nodes[1].mappings[0].value = u"db:db_password"_s;
        save(stack);
        const UpdatePlan p = plan();
        QVERIFY2(p.blockers.isEmpty(), qPrintable(p.blockers.join(u'\n')));
        QCOMPARE(actions(p),
                 (QStringList{u"db=unchanged"_s, u"web=rerun-execute"_s, u"lb=unchanged"_s}));
        const NodeUpdate *web = p.node(u"web"_s);
        QVERIFY2(web->changedInputs.contains(u"db_host: mapped from db:hostname → db:db_password"_s),
                 qPrintable(p.toText()));
        QCOMPARE(web->remappedInputs, QStringList{u"db_host"_s});
        QVERIFY(web->reasons.contains(u"inputs changed"_s));
        QVERIFY(web->changedInputNames.isEmpty());
        QVERIFY2(web->affectedOutputs.join(u'\n').contains(u"web:ready"_s),
                 qPrintable(web->affectedOutputs.join(u'\n')));
        QVERIFY(p.changesAnything());
        // web's instances run execute again, one at a time.
        const QList<UpdateStep> steps = updateSteps(p, 1);
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(0).kind, UpdateStep::Kind::Rerun);
        QCOMPARE(steps.at(0).instances, QStringList{u"web.1"_s});
        QCOMPARE(steps.at(1).instances, QStringList{u"web.2"_s});
    }

    void mappingRemovedOrAddedRerunsExecute()
    {
        // db_password no longer mapped (a literal instead), and a new mapping into lb.
        Module lb = latest(u"u/lb"_s);
        lb.image.parameters << input(u"backend"_s);
        save(lb);
        launch();
        Module stack = latest(u"u/stack"_s);
        stack.deployment.nodes[1].mappings[1] = ParameterMapping{u"db_password"_s, u"fixed"_s, true};
        stack.deployment.nodes[0].mappings << ParameterMapping{u"backend"_s, u"web:ready"_s, false};
        save(stack);
        const UpdatePlan p = plan();
        QVERIFY2(p.blockers.isEmpty(), qPrintable(p.blockers.join(u'\n')));
        QCOMPARE(p.node(u"web"_s)->action, UpdateAction::RerunExecute);
        QCOMPARE(p.node(u"web"_s)->remappedInputs, QStringList{u"db_password"_s});
        QCOMPARE(p.node(u"web"_s)->changedInputNames, QStringList{u"db_password"_s});
        QCOMPARE(p.node(u"lb"_s)->action, UpdateAction::RerunExecute);
        QCOMPARE(p.node(u"lb"_s)->remappedInputs, QStringList{u"backend"_s});
        QVERIFY2(p.node(u"lb"_s)->changedInputs.contains(u"backend: mapped from - → web:ready"_s),
                 qPrintable(p.toText()));
    }

    void nodeHealthSettingsAreTheLaunchDefaults()
    {
        // The health settings of a deployment's node reach the planned run, and a new version
        // of them the target of an update, which changes nothing else because of them.
        QCOMPARE(planRun(*m_catalog, u"u/stack"_s, {})->node(u"web"_s)->health, NodeHealth{});
        Module stack = latest(u"u/stack"_s);
        stack.deployment.nodes[1].health = NodeHealth{5, 2, HealthPolicy::Restart};
        save(stack);
        const Result<RunPlan> planned = planRun(*m_catalog, u"u/stack"_s, {});
        QVERIFY2(planned, qPrintable(planned.errorMessage()));
        QCOMPARE(planned->node(u"web"_s)->health, (NodeHealth{5, 2, HealthPolicy::Restart}));
        QCOMPARE(planned->node(u"db"_s)->health, NodeHealth{});
        const UpdatePlan p = plan();
        QCOMPARE(p.node(u"web"_s)->fromHealth, NodeHealth{});
        QCOMPARE(p.target.node(u"web"_s)->health, (NodeHealth{5, 2, HealthPolicy::Restart}));
        QCOMPARE(p.node(u"web"_s)->action, UpdateAction::Unchanged);
    }

    void recordWithoutImageVersionsUsesTheLaunchTime()
    {
        // Records written before updates have no image versions: the versions saved by the
        // run's creation are those it started from.
        PersistedPlan persisted = PersistedPlan::fromJson(m_run.plan);
        for (PersistedNode &n : persisted.nodes) {
            n.imagePath.clear();
            n.imageVersion = 0;
        }
        m_run.plan = persisted.toJson();
        QTest::qWait(20);
        Module web = latest(u"u/web"_s);
        web.image.recipes.execute += u"true\n"_s;
        save(web);
        const UpdatePlan p = plan();
        QCOMPARE(p.node(u"web"_s)->fromImage, u"u/web v1"_s);
        QCOMPARE(p.node(u"web"_s)->action, UpdateAction::RerunExecute);
        QCOMPARE(p.node(u"db"_s)->action, UpdateAction::Unchanged);
    }

    void singleImageRun()
    {
        // A run of an image alone is a deployment of its one node, `machine`: a new version of
        // the image is the run's new version.
        const Result<RunPlan> launched = planRun(*m_catalog, u"u/web"_s, {});
        QVERIFY2(launched, qPrintable(launched.errorMessage()));
        PersistedPlan persisted;
        PersistedNode n;
        n.name = u"machine"_s;
        n.cloud = u"local"_s;
        n.imagePath = u"u/web"_s;
        n.imageVersion = 1;
        n.imageId = launched->nodes.constFirst().imageId;
        persisted.nodes << n;
        RunRecord run = m_run;
        run.kind = u"image"_s;
        run.modulePath = u"u/web"_s;
        run.moduleVersion = 1;
        run.plan = persisted.toJson();
        InstanceRecord machine;
        machine.name = u"machine.1"_s;
        machine.node = u"machine"_s;
        machine.state = InstanceState::Ready;

        Module web = latest(u"u/web"_s);
        web.image.recipes.execute += u"true\n"_s;
        save(web);
        const Result<UpdatePlan> p = planUpdate(*m_catalog, run, {machine});
        QVERIFY2(p, qPrintable(p.errorMessage()));
        QCOMPARE(p->toVersion, 2);
        QCOMPARE(actions(*p), QStringList{u"machine=rerun-execute"_s});
        QCOMPARE(p->node(u"machine"_s)->instances, QStringList{u"machine.1"_s});
    }

    void unknownVersionFails()
    {
        const Result<UpdatePlan> p = planUpdate(*m_catalog, m_run, m_instances, 9);
        QVERIFY(!p);
        QVERIFY2(p.errorMessage().contains(u"9"_s), qPrintable(p.errorMessage()));
    }

    void jsonNamesEveryNode()
    {
        Module web = latest(u"u/web"_s);
        web.image.recipes.execute += u"true\n"_s;
        save(web);
        const QJsonObject json = plan().toJson();
        QCOMPARE(json.value(u"nodes"_s).toArray().size(), 3);
        QCOMPARE(json.value(u"nodes"_s).toArray().at(1).toObject().value(u"action"_s).toString(),
                 u"rerun-execute"_s);
    }
};

QTEST_GUILESS_MAIN(TestUpdatePlan)
#include "tst_updateplan.moc"
