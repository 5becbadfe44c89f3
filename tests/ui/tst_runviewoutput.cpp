// The run view on a real run on local containers, while and after its nodes work: the script
// output streamed into the Output tab before the nodes finish (follow, pause, find, cap), the
// run's tags edited after launch in the run view and the dashboard, and the diagram's ×N badge
// and port values following the instances the node has after scaling.

#include "core/broker/instanceoutput.h"
#include "core/broker/parameterkey.h"
#include "core/catalog/catalog.h"
#include "core/run/runhost.h"
#include "tests/support/modulebuilders.h"
#include "tests/support/podmantesting.h"
#include "tests/support/runtestbed.h"
#include "tests/support/uitesting.h"
#include "ui/diagram/deploymentscene.h"
#include "ui/diagram/nodeitem.h"
#include "ui/diagram/portitem.h"
#include "ui/runs/applicationrunhost.h"
#include "ui/runs/instancelistmodel.h"
#include "ui/runs/rundashboard.h"
#include "ui/runs/runfiltermodel.h"
#include "ui/runs/runlistmodel.h"
#include "ui/runs/runoutputpane.h"
#include "ui/runs/runview.h"

#include <QComboBox>
#include <QGraphicsView>
#include <QHelpEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolTip>

using namespace Slipway;
using namespace Slipway::Testing;
using namespace Qt::StringLiterals;

class TestRunViewOutput : public QObject
{
    Q_OBJECT

private:
    RunTestBed m_bed;
    std::unique_ptr<ApplicationRunHost> m_runs;

    RunHost &host() { return m_bed.host(); }
    QString state(const QString &run) { return m_bed.state(run); }

    static void clickRow(QTableView *view, int row)
    {
        const QRect cell = view->visualRect(view->model()->index(row, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    }

    static void clickTab(QTabWidget *tabs, const QString &text)
    {
        QTabBar *bar = tabs->tabBar();
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->tabText(i) == text)
                QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(i).center());
        }
    }

    bool setGo(const QString &run, const QString &instance)
    {
        return host()
            .store()
            .set(run, ParameterKey::parse(QString(instance + u":go"_s), {}, 0).key, u"go"_s, {}, true)
            .ok();
    }

    // Types tags into the tags dialog that the click opens, and accepts it.
    static void answerTagsDialog(const QString &text)
    {
        UiTesting::onNextDialog([text](QDialog *dialog) {
            auto *input = qobject_cast<QInputDialog *>(dialog);
            QVERIFY(input);
            auto *edit = input->findChild<QLineEdit *>();
            QVERIFY(edit);
            edit->selectAll();
            QTest::keyClicks(edit, text);
            QTest::keyClick(edit, Qt::Key_Return);
        });
    }

    static QStringList recordedTags(RunHost &host, const QString &run)
    {
        const std::optional<RunRecord> record = host.engine().run(run);
        return record ? RunListModel::tagsOf(*record) : QStringList{u"(no run)"_s};
    }

    // The tooltip a user gets by resting the mouse on a port of the diagram.
    static QString portToolTip(QGraphicsView *view, PortItem *port)
    {
        QToolTip::hideText();
        const QPoint at = view->mapFromScene(port->anchor());
        QHelpEvent help(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &help);
        if (!QTest::qWaitFor([] { return QToolTip::isVisible(); }, 5000))
            return {};
        return QToolTip::text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        SLIPWAY_REQUIRE_PODMAN();
        QVERIFY(m_bed.open());
        qputenv("SLIPWAY_DATA_DIR", m_bed.filePath(u"data"_s).toUtf8());
        qputenv("SLIPWAY_NO_DIALOGS", "1");

        // Prints, publishes a value, then waits for a go the test gives only once it has seen
        // the output in the view.
        Module talker = image(u"t/talker"_s,
                              u"t/debian"_s,
                              uR"SH(#!/bin/sh -e
echo "live-marker from $SLIPSTREAM_NODE_INSTANCE"
i=0
while [ $i -lt 300 ]; do echo "chatter line $i of $SLIPSTREAM_NODE_INSTANCE"; i=$((i+1)); done
ss-set greeting "hi from $SLIPSTREAM_NODE_INSTANCE"
ss-display "waiting for go"
ss-get --timeout 1200 go >/dev/null
echo "got go on $SLIPSTREAM_NODE_INSTANCE"
)SH"_s,
                              {input(u"go"_s), output(u"greeting"_s)});
        for (const Module &m : {image(u"t/debian"_s, {}, {}),
                                talker,
                                deployment(u"t/talkers"_s, {node(u"talker"_s, u"t/talker"_s, 2)})})
            QVERIFY(m_bed.save(m));

        m_runs = std::make_unique<ApplicationRunHost>(m_bed.databaseFile());
        QSignalSpy started(m_runs.get(), &ApplicationRunHost::started);
        m_runs->start();
        QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), 60000);
        m_bed.useHost(m_runs->host());
        host().engine().setReportGraceMs(20000);
    }

    void cleanupTestCase() { m_bed.removeRuns(); }

    void outputStreamsWhileTheNodesRun()
    {
        const QString run = m_bed.launch(u"t/talkers"_s);
        QVERIFY(!run.isEmpty());
        RunView view(host(), m_bed.catalog(), run);
        view.resize(1400, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        RunOutputPane *pane = view.outputPane();
        QVERIFY(pane);
        clickTab(view.detailTabs(), u"&Output"_s);
        QCOMPARE(view.detailTabs()->currentWidget(), pane);
        QVERIFY(pane->isFollowing());

        // Every instance's output, each line after its instance's name, while the nodes wait.
        QTRY_VERIFY2_WITH_TIMEOUT(pane->text().contains(u"[talker.1] live-marker from talker.1"_s)
                                      && pane->text().contains(
                                          u"[talker.2] chatter line 299 of talker.2"_s),
                                  qPrintable(m_bed.events(run)),
                                  300000);
        // The nodes have not finished: they wait for the go that is not given yet.
        QVERIFY(m_bed.value(run, u"talker.1:go"_s).isEmpty());
        QVERIFY2(state(run) != RunState::Ready && !RunState::isFinal(state(run)),
                 qPrintable(state(run)));
        QVERIFY(!pane->text().contains(u"got go"_s));

        // Tags edited while the run goes; the engine's later writes keep them.
        answerTagsDialog(u"blue, green ,blue"_s);
        QTest::mouseClick(view.editTagsButton(), Qt::LeftButton);
        QTRY_COMPARE(view.tagsLabel()->text(), u"Tags: blue, green"_s);
        QCOMPARE(recordedTags(host(), run), (QStringList{u"blue"_s, u"green"_s}));
        // A bad tag is refused with a message, and nothing changes.
        answerTagsDialog(u"fine, "_s + QString(70, u'x'));
        QTest::mouseClick(view.editTagsButton(), Qt::LeftButton);
        QTRY_VERIFY2(view.messageLabel()->text().contains(u"is not a tag"_s),
                     qPrintable(view.messageLabel()->text()));
        QCOMPARE(recordedTags(host(), run), (QStringList{u"blue"_s, u"green"_s}));

        // One instance, chosen in the table: its own output only, without the prefix.
        clickRow(view.instancesView(), view.instanceModel()->rowOf(u"talker.1"_s));
        QCOMPARE(pane->instance(), u"talker.1"_s);
        QVERIFY(pane->text().contains(u"\nchatter line 150 of talker.1\n"_s));
        QVERIFY(!pane->text().contains(u"talker.2"_s));

        // Find: Enter goes to the match and pauses the view; a missing text says so.
        QTest::mouseClick(pane->findField(), Qt::LeftButton);
        QTest::keyClicks(pane->findField(), u"chatter line 150 "_s);
        QTest::keyClick(pane->findField(), Qt::Key_Return);
        QCOMPARE(pane->currentLine(), u"chatter line 150 of talker.1"_s);
        QVERIFY(!pane->isFollowing());
        QVERIFY(!pane->followButton()->isChecked());
        QTest::keyClicks(pane->findField(), u"zzz"_s);
        QTest::keyClick(pane->findField(), Qt::Key_Return);
        QCOMPARE(pane->statusLabel()->text(), u"Not found"_s);
        QTest::keyClick(pane->findField(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(pane->findField(), u"live-marker"_s);
        QTest::keyClick(pane->findField(), Qt::Key_Return);
        QCOMPARE(pane->currentLine(), u"live-marker from talker.1"_s);

        // Paused, output that arrives is held, not shown.
        QVERIFY(setGo(run, u"talker.1"_s));
        QTRY_VERIFY_WITH_TIMEOUT(
            host().broker().output().output(run, u"talker.1"_s).contains("got go on talker.1"),
            120000);
        QTRY_VERIFY(pane->heldLines() > 0);
        QVERIFY(!pane->text().contains(u"got go"_s));
        QVERIFY2(pane->statusLabel()->text().contains(u"Paused"_s),
                 qPrintable(pane->statusLabel()->text()));
        QVERIFY(UiTesting::saveScreenshot(&view, u"run-view-output-paused"_s));
        // Follow again: what was held shows, and the view is at its end.
        QTest::mouseClick(pane->followButton(), Qt::LeftButton);
        QVERIFY(pane->isFollowing());
        QCOMPARE(pane->heldLines(), 0);
        QVERIFY(pane->text().contains(u"got go on talker.1"_s));
        QScrollBar *bar = pane->textView()->verticalScrollBar();
        QTRY_COMPARE(bar->value(), bar->maximum());
        // The cap: the view keeps the last lines only.
        QVERIFY(pane->lineCount() > 300);
        QTest::mouseClick(pane->capBox(), Qt::LeftButton);
        QTest::keyClick(pane->capBox(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(pane->capBox(), u"100"_s);
        QTest::keyClick(pane->capBox(), Qt::Key_Return);
        QCOMPARE(pane->capBox()->value(), 100);
        QVERIFY(pane->lineCount() <= 100);
        QVERIFY(pane->text().contains(u"got go on talker.1"_s));

        QVERIFY(setGo(run, u"talker.2"_s));
        QTRY_VERIFY2_WITH_TIMEOUT(state(run) == RunState::Ready || RunState::isFinal(state(run)),
                                  qPrintable(m_bed.events(run)),
                                  300000);
        QVERIFY2(state(run) == RunState::Ready, qPrintable(m_bed.events(run)));
        QCOMPARE(recordedTags(host(), run), (QStringList{u"blue"_s, u"green"_s}));

        // The diagram: ×2, and the port lists both instances' values.
        DeploymentScene *scene = view.scene();
        QVERIFY(scene);
        clickTab(view.detailTabs(), u"&Log"_s);
        NodeItem *talker = scene->nodeItems().value(0);
        QVERIFY(talker);
        QCOMPARE(talker->shownMultiplicity(), 2);
        PortItem *greeting = scene->port(u"talker"_s, u"greeting"_s, true);
        QVERIFY(greeting);
        QTRY_COMPARE(greeting->instanceValues(),
                     (QStringList{u"talker.1: hi from talker.1"_s,
                                  u"talker.2: hi from talker.2"_s}));
        auto *diagram = view.diagramView();
        QVERIFY(diagram);
        const QString tip = portToolTip(diagram, greeting);
        QVERIFY2(tip.contains(u"talker.1: hi from talker.1"_s)
                     && tip.contains(u"talker.2: hi from talker.2"_s),
                 qPrintable(tip));

        // Scaled by +1: ×3, and the new instance's value on the port.
        view.scaleNodeBox()->setCurrentText(u"talker"_s);
        view.scaleDeltaBox()->setValue(1);
        QTest::mouseClick(view.scaleButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(view.instanceModel()->rowOf(u"talker.3"_s) >= 0, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(setGo(run, u"talker.3"_s), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(state(run) == RunState::Ready, 300000);
        QTRY_COMPARE(talker->shownMultiplicity(), 3);
        QTRY_COMPARE(greeting->instanceValues().size(), 3);
        QCOMPARE(greeting->instanceValues().at(2), u"talker.3: hi from talker.3"_s);
        const QString tip3 = portToolTip(diagram, greeting);
        QVERIFY2(tip3.contains(u"talker.3: hi from talker.3"_s), qPrintable(tip3));
        QVERIFY(UiTesting::saveScreenshot(&view, u"run-view-scaled-badge"_s));
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->inherits("QTipLabel") && w->isVisible())
                QVERIFY(UiTesting::saveScreenshot(w, u"run-view-port-tooltip"_s));
        }

        // Scaled by -1: ×2 again, and the removed instance's value is no longer listed.
        view.scaleDeltaBox()->setValue(-1);
        QTRY_VERIFY(view.scaleButton()->isEnabled());
        QTest::mouseClick(view.scaleButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(state(run) == RunState::Ready && talker->shownMultiplicity() == 2,
                                 300000);
        QTRY_COMPARE(greeting->instanceValues(),
                     (QStringList{u"talker.1: hi from talker.1"_s,
                                  u"talker.2: hi from talker.2"_s}));

        // The dashboard edits the tags too; its tag filter offers the new ones.
        RunDashboard dashboard(m_runs.get());
        dashboard.resize(1200, 400);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        const int row = dashboard.model()->rowOf(run);
        QVERIFY(row >= 0);
        const QModelIndex shown = dashboard.filterModel()->mapFromSource(
            dashboard.model()->index(row, 0));
        QTest::mouseClick(dashboard.view()->viewport(),
                          Qt::LeftButton,
                          {},
                          dashboard.view()->visualRect(shown).center());
        QTRY_VERIFY(dashboard.editTagsButton()->isEnabled());
        answerTagsDialog(u"green, red"_s);
        QTest::mouseClick(dashboard.editTagsButton(), Qt::LeftButton);
        QTRY_COMPARE(recordedTags(host(), run), (QStringList{u"green"_s, u"red"_s}));
        QTRY_VERIFY(dashboard.tagFilter()->findData(u"red"_s) >= 0);
        QCOMPARE(dashboard.tagFilter()->findData(u"blue"_s), -1);
        QTRY_COMPARE(view.tagsLabel()->text(), u"Tags: green, red"_s);
        QVERIFY(UiTesting::saveScreenshot(&dashboard, u"run-dashboard-tags"_s));

        QVERIFY(host().engine().terminate(run));
        QTRY_VERIFY_WITH_TIMEOUT(host().engine().run(run)->terminated, 120000);
        // Kept after the end, in the run's record.
        QCOMPARE(recordedTags(host(), run), (QStringList{u"green"_s, u"red"_s}));
    }
};

QTEST_MAIN(TestRunViewOutput)
#include "tst_runviewoutput.moc"
