// Run → Update… on a real run on local containers: a stack launched with the health settings
// its deployment gives the web node shows each web instance healthy, with the time of its last
// check, in the run view and the run healthy in the dashboard's model. A new version of the
// stack (the web recipe changed, the database's execute changed, a cache node added, the load
// balancer gone) shows in the update dialog as a list per node with the reasons and on the
// target's diagram in the actions' colours (screenshot run-update-plan). Apply, clicked, moves
// the run through Updating with its progress in the run view, to Ready at the new version,
// whose diagram the run view then shows.

#include "core/catalog/catalog.h"
#include "core/run/runhost.h"
#include "tests/support/modulebuilders.h"
#include "tests/support/podmantesting.h"
#include "tests/support/runtestbed.h"
#include "tests/support/uitesting.h"
#include "ui/diagram/deploymentscene.h"
#include "ui/diagram/nodeitem.h"
#include "ui/runs/applicationrunhost.h"
#include "ui/runs/instancelistmodel.h"
#include "ui/runs/runlistmodel.h"
#include "ui/runs/runview.h"
#include "ui/runs/updatedialog.h"

#include <QComboBox>
#include <QGraphicsView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Slipway;
using namespace Slipway::Testing;
using namespace Qt::StringLiterals;

namespace {

QString webRecipe(const QString &version)
{
    return u"#!/bin/sh -e\nmkdir -p /srv/www\necho %1 >/srv/www/version\n"_s.arg(version);
}

constexpr auto kWebExecute = uR"SH(#!/bin/sh -e
ss-get --timeout 300 db_password >/srv/www/db
ss-set version "$(cat /srv/www/version)"
ss-set ready true
)SH";

} // namespace

class TestUpdateDialog : public QObject
{
    Q_OBJECT

private:
    RunTestBed m_bed;
    std::unique_ptr<ApplicationRunHost> m_runs;
    QString m_run;

    RunHost &host() { return m_bed.host(); }

    // How many pixels of a grab are near a colour.
    static int pixelsNear(const QImage &image, const QColor &colour)
    {
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (std::abs(c.red() - colour.red()) < 6 && std::abs(c.green() - colour.green()) < 6
                    && std::abs(c.blue() - colour.blue()) < 6)
                    ++count;
            }
        return count;
    }

    static int rowOf(const InstanceListModel *model, const QString &instance)
    {
        return model->rowOf(instance);
    }

private Q_SLOTS:
    void initTestCase()
    {
        SLIPWAY_REQUIRE_PODMAN();
        QVERIFY(m_bed.open());
        qputenv("SLIPWAY_DATA_DIR", m_bed.filePath(u"data"_s).toUtf8());
        qputenv("SLIPWAY_NO_DIALOGS", "1");

        Module web = image(u"t/web"_s,
                           u"t/debian"_s,
                           QString(kWebExecute),
                           {input(u"db_password"_s), output(u"version"_s), output(u"ready"_s)});
        web.image.recipes.recipe = webRecipe(u"recipe-v1"_s);
        web.image.recipes.check = u"#!/bin/sh\ntest -s /srv/www/version\n"_s;
        Node webNode = node(u"web"_s,
                            u"t/web"_s,
                            2,
                            {ParameterMapping{u"db_password"_s, u"db:db_password"_s, false}});
        // The deployment's health settings are the run's from its launch: checked every second.
        webNode.health = NodeHealth{1, 2, HealthPolicy::Report};
        webNode.position = QPointF(320, 0);
        Node dbNode = node(u"db"_s, u"t/db"_s);
        dbNode.position = QPointF(640, 0);
        Node lbNode = node(u"lb"_s, u"t/lb"_s);
        lbNode.position = QPointF(0, 0);
        for (const Module &m :
             {image(u"t/debian"_s, {}, {}),
              image(u"t/db"_s,
                    u"t/debian"_s,
                    u"#!/bin/sh -e\nss-set db_password pw-1\n"_s,
                    {output(u"db_password"_s)}),
              web,
              image(u"t/lb"_s, u"t/debian"_s, u"#!/bin/sh -e\nss-get --timeout 300 web:ids\n"_s),
              image(u"t/cache"_s,
                    u"t/debian"_s,
                    u"#!/bin/sh -e\nss-set seen \"$(ss-get --timeout 300 db_password)\"\n"_s,
                    {input(u"db_password"_s), output(u"seen"_s)}),
              deployment(u"t/stack"_s, {lbNode, webNode, dbNode})}) {
            QVERIFY(m_bed.save(m));
        }

        m_runs = std::make_unique<ApplicationRunHost>(m_bed.databaseFile());
        QSignalSpy started(m_runs.get(), &ApplicationRunHost::started);
        m_runs->start();
        QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), 60000);
        m_bed.useHost(m_runs->host());
    }

    void cleanupTestCase() { m_bed.removeRuns(); }

    void healthShownInTheRunViewAndTheDashboard()
    {
        m_run = m_bed.launch(u"t/stack"_s);
        QVERIFY(!m_run.isEmpty());
        RunView view(host(), m_bed.catalog(), m_run);
        view.resize(1280, 760);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        RunListModel runs;
        runs.setEngine(&host().engine());
        QVERIFY(
            m_bed.waitFor(m_run, [](const RunRecord &r) { return r.state == u"Ready"; }, 300000));
        QTRY_VERIFY(view.updateButton()->isEnabled());

        // Checked every second from Ready on: healthy, with the time of the last check.
        const InstanceListModel *instances = view.instanceModel();
        const int web1 = rowOf(instances, u"web.1"_s);
        const int db1 = rowOf(instances, u"db.1"_s);
        QVERIFY(web1 >= 0 && db1 >= 0);
        const QModelIndex health = instances->index(web1, InstanceListModel::HealthColumn);
        QTRY_VERIFY2_WITH_TIMEOUT(health.data().toString().startsWith(u"healthy ("_s),
                                  qPrintable(health.data().toString() + u'\n' + m_bed.events(m_run)),
                                  30000);
        QVERIFY(instances->healthOf(u"web.1"_s).checkedAt.isValid());
        QVERIFY2(health.data(Qt::ToolTipRole).toString().contains(u"last checked at"_s),
                 qPrintable(health.data(Qt::ToolTipRole).toString()));
        // The database's image has no check: no health.
        QCOMPARE(instances->index(db1, InstanceListModel::HealthColumn).data().toString(),
                 QString());
        QCOMPARE(instances->healthOf(u"db.1"_s).health, QString());
        QCOMPARE(instances
                     ->headerData(InstanceListModel::HealthColumn, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
                 u"Health"_s);
        // The dashboard's model: the run is healthy.
        const int row = runs.rowOf(m_run);
        QVERIFY(row >= 0);
        QTRY_COMPARE(runs.index(row, RunListModel::HealthColumn)
                         .data(RunListModel::HealthRole)
                         .toString(),
                     u"healthy"_s);
        QCOMPARE(runs.index(row, RunListModel::HealthColumn).data().toString(), u"healthy"_s);
        UiTesting::saveScreenshot(&view, u"run-health"_s);
    }

    void updatePlanShownThenApplied()
    {
        QVERIFY(!m_run.isEmpty());
        // Version 2 of everything the run uses.
        Module web = m_bed.catalog().latest(u"t/web"_s)->module;
        web.image.recipes.recipe = webRecipe(u"recipe-v2"_s);
        QVERIFY(m_bed.save(web));
        Module db = m_bed.catalog().latest(u"t/db"_s)->module;
        db.image.recipes.execute = u"#!/bin/sh -e\nss-set db_password pw-1\ntouch /srv-db-v2\n"_s;
        QVERIFY(m_bed.save(db));
        Module stack = m_bed.catalog().latest(u"t/stack"_s)->module;
        stack.deployment.nodes.removeIf([](const Node &n) { return n.name == u"lb"; });
        Node cache = node(u"cache"_s,
                          u"t/cache"_s,
                          1,
                          {ParameterMapping{u"db_password"_s, u"db:db_password"_s, false}});
        cache.position = QPointF(640, 240);
        stack.deployment.nodes << cache;
        QVERIFY(m_bed.save(stack));

        RunView view(host(), m_bed.catalog(), m_run);
        view.resize(1280, 760);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(view.updateButton()->isEnabled());

        bool checked = false;
        UiTesting::onNextDialog([&](QDialog *shown) {
            auto *dialog = qobject_cast<UpdateDialog *>(shown);
            // A failed check below leaves the lambda: the dialog closes, the test goes on.
            const auto closeOnFailure = qScopeGuard([shown] {
                if (shown->isVisible())
                    shown->reject();
            });
            QVERIFY(dialog);
            checked = true;
            dialog->resize(1280, 640);
            QCOMPARE(dialog->targetVersion(), 2);
            QVERIFY(dialog->plan());
            // The list: one row per node, producers first, with its action and reasons.
            QMap<QString, QString> actions;
            QTreeWidget *list = dialog->planList();
            for (int i = 0; i < list->topLevelItemCount(); ++i)
                actions.insert(list->topLevelItem(i)->text(0),
                               list->topLevelItem(i)->data(0, Qt::UserRole).toString());
            QCOMPARE(actions,
                     (QMap<QString, QString>{{u"db"_s, u"rerun-execute"_s},
                                             {u"web"_s, u"replace"_s},
                                             {u"cache"_s, u"add-node"_s},
                                             {u"lb"_s, u"remove-node"_s}}));
            QCOMPARE(list->topLevelItem(0)->text(0), u"db"_s);
            QTreeWidgetItem *webItem = list->findItems(u"web"_s, Qt::MatchExactly).value(0);
            QVERIFY(webItem);
            QStringList details;
            for (int i = 0; i < webItem->childCount(); ++i)
                details << webItem->child(i)->text(0);
            QVERIFY2(details.contains(u"recipe changed in t/web"_s),
                     qPrintable(details.join(u'\n')));
            QCOMPARE(webItem->text(1), u"replace"_s);
            QCOMPARE(webItem->text(3), u"2"_s);

            // The diagram: the target's nodes and the removed one, in the actions' colours.
            DeploymentScene *scene = dialog->scene();
            QVERIFY(scene);
            QVERIFY(scene->nodeItem(u"cache"_s));
            QVERIFY(scene->nodeItem(u"lb"_s));
            QCOMPARE(scene->updateAction(u"web"_s), u"replace"_s);
            QCOMPARE(scene->updateAction(u"lb"_s), u"remove-node"_s);
            QTest::qWait(100); // the diagram is fitted from the event loop
            const QImage diagram = dialog->diagramView()->grab().toImage();
            for (const QString &action :
                 {u"replace"_s, u"rerun-execute"_s, u"add-node"_s, u"remove-node"_s})
                QVERIFY2(pixelsNear(diagram, DeploymentScene::updateActionColour(action)) > 50,
                         qPrintable(action));
            QVERIFY(dialog->applyButton()->isEnabled());
            QVERIFY(UiTesting::saveScreenshot(dialog, u"run-update-plan"_s));

            // Two at a time, typed; then Apply, clicked.
            dialog->batchBox()->selectAll();
            QTest::keyClicks(dialog->batchBox(), u"2"_s);
            QCOMPARE(dialog->batchBox()->value(), 2);
            QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        });
        QTest::mouseClick(view.updateButton(), Qt::LeftButton);
        QVERIFY(checked);
        QVERIFY2(m_bed.state(m_run) != u"Ready"_s || m_bed.engine().run(m_run)->moduleVersion == 2,
                 "the dialog was closed without applying the update");

        // Updating, with its progress, then Ready at version 2.
        QTRY_VERIFY_WITH_TIMEOUT(view.updateProgress()->isVisible(), 30000);
        QVERIFY2(view.stateLabel()->text().contains(u"Updating"_s),
                 qPrintable(view.stateLabel()->text()));
        QVERIFY(view.updateProgress()->format().contains(u"Updating to version 2"_s));
        QVERIFY(!view.updateButton()->isEnabled());
        QVERIFY(m_bed.waitFor(
            m_run,
            [](const RunRecord &r) { return r.state == u"Ready" && r.moduleVersion == 2; },
            300000));
        QTRY_VERIFY(!view.updateProgress()->isVisible());
        QVERIFY2(view.messageLabel()->text().contains(u"updated from version 1 to 2"_s),
                 qPrintable(view.messageLabel()->text() + u'\n' + m_bed.events(m_run)));
        // The run view shows version 2's diagram: the cache node, no load balancer.
        QVERIFY(view.scene());
        QVERIFY(view.scene()->nodeItem(u"cache"_s));
        QVERIFY(!view.scene()->nodeItem(u"lb"_s));
        QCOMPARE(m_bed.value(m_run, u"cache.1:seen"_s), u"pw-1"_s);
        QCOMPARE(m_bed.value(m_run, u"web.3:version"_s), u"recipe-v2"_s);
        QCOMPARE(m_bed.instanceState(m_run, u"lb.1"_s), u"terminated"_s);
        QVERIFY(view.updateButton()->isEnabled());
        // The instances that left have no health; the new ones are checked as the old were.
        const InstanceListModel *instances = view.instanceModel();
        QCOMPARE(instances->healthOf(u"web.1"_s).health, QString());
        QTRY_VERIFY_WITH_TIMEOUT(instances->healthOf(u"web.3"_s).health == u"healthy"_s, 30000);
        UiTesting::saveScreenshot(&view, u"run-updated"_s);
    }
};

QTEST_MAIN(TestUpdateDialog)
#include "tst_updatedialog.moc"
