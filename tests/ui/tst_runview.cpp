// The run view on real runs on local containers: the deployment's diagram coloured by the
// instances' states with the values published on its ports, statecustom, per-instance logs
// and reports, the run's parameters, scaling a node of a Ready run with the master's
// on-vm-add, terminate, and abort with a reason typed in the dialog.

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
#include "ui/runs/runparametermodel.h"
#include "ui/runs/runview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QGraphicsView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocumentFragment>

using namespace Slipway;
using namespace Slipway::Testing;
using namespace Qt::StringLiterals;

namespace {

// The master lists its workers' host names, by the node's ids, at launch and on every
// scaling (on-vm-add, on-vm-remove).
constexpr auto kListWorkers = uR"SH(#!/bin/sh -e
nodes=
for i in $(ss-get worker:ids | tr ',' ' '); do
  nodes="$nodes $(ss-get --timeout 300 worker.$i:hostname)"
done
ss-set nodes "$(echo $nodes)"
)SH";

} // namespace

class TestRunView : public QObject
{
    Q_OBJECT

private:
    RunTestBed m_bed;
    std::unique_ptr<ApplicationRunHost> m_runs;

    RunHost &host() { return m_bed.host(); }
    QString state(const QString &run) { return m_bed.state(run); }

    static QStringList statesOf(const InstanceListModel *model)
    {
        QStringList states;
        for (int row = 0; row < model->rowCount(); ++row)
            states << model->instanceAt(row).name + u'='
                          + instanceStateName(model->instanceAt(row).state);
        return states;
    }

    static void clickRow(QTableView *view, int row)
    {
        const QRect cell = view->visualRect(view->model()->index(row, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    }

private Q_SLOTS:
    void initTestCase()
    {
        SLIPWAY_REQUIRE_PODMAN();
        QVERIFY(m_bed.open());
        qputenv("SLIPWAY_DATA_DIR", m_bed.filePath(u"data"_s).toUtf8());
        qputenv("SLIPWAY_NO_DIALOGS", "1");

        Module master = image(u"t/master"_s,
                              u"t/debian"_s,
                              uR"SH(#!/bin/sh -e
ss-set munge_key64 "$(head -c 32 /dev/urandom | base64 -w 0)"
ss-display 'Collecting workers'
)SH"_s + QString(kListWorkers).section(u'\n', 1)
                                  + u"ss-display 'Master ready'\n"_s,
                              {output(u"munge_key64"_s), output(u"nodes"_s)});
        master.image.recipes.onVmAdd = QString(kListWorkers);
        master.image.recipes.onVmRemove = QString(kListWorkers);
        Module worker = image(u"t/worker"_s,
                              u"t/debian"_s,
                              uR"SH(#!/bin/sh -e
key=$(ss-get --timeout 300 master_key)
echo "worker $SLIPSTREAM_NODE_INSTANCE got a key of $(echo $key | base64 -d | wc -c) bytes"
ss-display "Worker $SLIPSTREAM_NODE_INSTANCE ready"
)SH"_s,
                              {input(u"master_key"_s)});
        worker.image.recipes.report = u"#!/bin/sh\necho \"summary of $SLIPSTREAM_NODE_INSTANCE\" "
                                      "> \"$SLIPSTREAM_REPORT_DIR/summary.txt\"\n"_s;
        Node workers = node(u"worker"_s, u"t/worker"_s, 2);
        workers.mappings = {ParameterMapping{u"master_key"_s, u"master:munge_key64"_s, false}};
        Node masterNode = node(u"master"_s, u"t/master"_s);
        masterNode.position = QPointF(0, 0);
        workers.position = QPointF(400, 0);
        Module stuck = image(u"t/stuck"_s,
                             u"t/debian"_s,
                             u"#!/bin/sh -e\nss-display 'waiting for Godot'\n"
                             "ss-get --timeout 0 godot\n"_s,
                             {input(u"godot"_s)});
        // A node that writes HTML where the view shows text, has passwords and aborts.
        Parameter given = input(u"db_password"_s, u"given-pw-4b1e"_s);
        given.type = ParameterType::Password;
        Parameter made = output(u"made_password"_s);
        made.type = ParameterType::Password;
        Module hostile = image(u"t/hostile"_s,
                               u"t/debian"_s,
                               uR"SH(#!/bin/sh -e
ss-set made_password "made-pw-61d0"
ss-display '<b>bold</b> <a href="x">a link</a>'
ss-abort '<h1>Fake</h1><img src="x">'
)SH"_s,
                               {given, made});
        for (const Module &m : {image(u"t/debian"_s, {}, {}),
                                hostile,
                                master,
                                worker,
                                stuck,
                                deployment(u"t/cluster"_s, {masterNode, workers}),
                                deployment(u"t/waiting"_s, {node(u"waiter"_s, u"t/stuck"_s)})}) {
            QVERIFY(m_bed.save(m));
        }

        m_runs = std::make_unique<ApplicationRunHost>(m_bed.databaseFile());
        QSignalSpy started(m_runs.get(), &ApplicationRunHost::started);
        m_runs->start();
        QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), 60000);
        m_bed.useHost(m_runs->host());
        host().engine().setReportGraceMs(20000);
    }

    void cleanupTestCase() { m_bed.removeRuns(); }

    void liveClusterScaledAndTerminated()
    {
        const QString run = m_bed.launch(u"t/cluster"_s);
        QVERIFY(!run.isEmpty());
        RunView view(host(), m_bed.catalog(), run);
        QAbstractItemModelTester
            instancesTester(view.instanceModel(),
                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester
            parametersTester(view.parameterModel(),
                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(1280, 720);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        DeploymentScene *scene = view.scene();
        QVERIFY(scene);
        QVERIFY(scene->isReadOnly());
        QCOMPARE(scene->nodeItems().size(), 2);

        // Buttons follow the state: no scaling before Ready.
        QVERIFY(!view.scaleButton()->isEnabled());
        QVERIFY(view.terminateButton()->isEnabled());

        QTRY_VERIFY2_WITH_TIMEOUT(state(run) == RunState::Ready || RunState::isFinal(state(run)),
                                  qPrintable(m_bed.events(run)),
                                  300000);
        QVERIFY2(state(run) == RunState::Ready, qPrintable(m_bed.events(run)));
        QVERIFY2(view.stateLabel()->text().contains(u"Ready"_s),
                 qPrintable(view.stateLabel()->text()));
        QTRY_COMPARE(statesOf(view.instanceModel()),
                     (QStringList{u"master.1=ready"_s, u"worker.1=ready"_s, u"worker.2=ready"_s}));
        // statecustom in the instances' table, published values in the parameters and on the
        // diagram's ports.
        {
            const int row = view.instanceModel()->rowOf(u"worker.2"_s);
            QCOMPARE(view.instanceModel()
                         ->index(row, InstanceListModel::MessageColumn)
                         .data()
                         .toString(),
                     u"Worker worker.2 ready"_s);
        }
        const QString w1 = view.parameterModel()->value(u"worker.1:hostname"_s);
        const QString w2 = view.parameterModel()->value(u"worker.2:hostname"_s);
        QVERIFY(!w1.isEmpty() && !w2.isEmpty());
        QTRY_COMPARE(view.parameterModel()->value(u"master.1:nodes"_s), w1 + u' ' + w2);
        QCOMPARE(scene->port(u"master"_s, u"nodes"_s, true)->annotation(), w1 + u' ' + w2);
        QCOMPARE(scene->port(u"master"_s, u"munge_key64"_s, true)->annotation(),
                 view.parameterModel()->value(u"master.1:munge_key64"_s));
        QVERIFY(view.scaleButton()->isEnabled());
        QVERIFY(!view.abortButton()->isEnabled()); // a Ready run is terminated, not aborted

        // The log of one instance, chosen in the table: its own events only.
        clickRow(view.instancesView(), view.instanceModel()->rowOf(u"worker.1"_s));
        QCOMPARE(view.shownInstance(), u"worker.1"_s);
        QVERIFY2(view.logView()->toPlainText().contains(u"worker.1 bootstrapped"_s),
                 qPrintable(view.logView()->toPlainText()));
        QVERIFY(!view.logView()->toPlainText().contains(u"worker.2"_s));
        // Its reports: the script's output and the file its report recipe left, as text.
        view.detailTabs()->setCurrentIndex(1);
        const auto openReport = [&view](const QString &name) {
            const QList<QListWidgetItem *> items = view.reportList()->findItems(name,
                                                                                Qt::MatchExactly);
            if (items.size() != 1)
                return QString();
            QTest::mouseClick(view.reportList()->viewport(),
                              Qt::LeftButton,
                              {},
                              view.reportList()->visualItemRect(items.constFirst()).center());
            // Read off the GUI thread, then shown.
            if (!QTest::qWaitFor([&] { return view.reportView()->property("report") == name; },
                                 10000))
                return QString();
            return view.reportView()->toPlainText();
        };
        QCOMPARE(openReport(u"worker.1/report-summary.txt"_s).trimmed(), u"summary of worker.1"_s);
        QVERIFY2(openReport(u"worker.1/execute.log"_s)
                     .contains(u"worker worker.1 got a key of 32 bytes"_s),
                 qPrintable(view.reportView()->toPlainText()));
        QVERIFY(view.reportList()
                    ->findItems(u"worker.2/report-summary.txt"_s, Qt::MatchExactly)
                    .isEmpty());
        view.detailTabs()->setCurrentIndex(0);
        QVERIFY(UiTesting::saveScreenshot(&view, u"run-view-ready"_s));

        // Scale the workers by +1: worker.3 joins, the master's on-vm-add lists it.
        view.scaleNodeBox()->setCurrentText(u"worker"_s);
        view.scaleDeltaBox()->setValue(1);
        QTest::mouseClick(view.scaleButton(), Qt::LeftButton);
        QVERIFY2(view.messageLabel()->text().contains(u"Adding"_s),
                 qPrintable(view.messageLabel()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(view.instanceModel()->rowOf(u"worker.3"_s) >= 0, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(
            view.parameterModel()->value(u"master.1:nodes"_s).split(u' ').size(), 3, 300000);
        QTRY_VERIFY_WITH_TIMEOUT(state(run) == RunState::Ready, 120000);
        QTRY_VERIFY2(view.messageLabel()->text().contains(u"worker now has 3 instance"_s),
                     qPrintable(view.messageLabel()->text()));
        const QString w3 = view.parameterModel()->value(u"worker.3:hostname"_s);
        QCOMPARE(view.parameterModel()->value(u"master.1:nodes"_s), w1 + u' ' + w2 + u' ' + w3);
        QTRY_COMPARE(scene->port(u"master"_s, u"nodes"_s, true)->annotation(),
                     w1 + u' ' + w2 + u' ' + w3);
        QTRY_COMPARE(instanceStateName(view.instanceModel()
                                           ->instanceAt(view.instanceModel()->rowOf(u"worker.3"_s))
                                           .state),
                     u"ready"_s);
        QVERIFY(UiTesting::saveScreenshot(&view, u"run-view-scaled"_s));

        // And by -1: the highest-numbered goes, the list shrinks.
        view.scaleDeltaBox()->setValue(-1);
        QTRY_VERIFY(view.scaleButton()->isEnabled());
        QTest::mouseClick(view.scaleButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(view.parameterModel()->value(u"master.1:nodes"_s),
                                  w1 + u' ' + w2,
                                  300000);
        QTRY_VERIFY_WITH_TIMEOUT(state(run) == RunState::Ready, 120000);
        QTRY_VERIFY2(view.messageLabel()->text().contains(u"worker now has 2 instance"_s),
                     qPrintable(view.messageLabel()->text()));

        // A bad request is refused with a message a user can read.
        QVERIFY(!view.scaleNode(u"nosuchnode"_s, 1));
        QVERIFY(!view.messageLabel()->text().isEmpty());

        // Terminate, confirmed in the question box.
        UiTesting::onNextDialog([](QDialog *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box);
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
        QTest::mouseClick(view.terminateButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(host().engine().run(run)->terminated, 120000);
        QCOMPARE(state(run), u"Done"_s);
        QTRY_VERIFY(view.stateLabel()->text().contains(u"Done"_s));
        QVERIFY(!view.terminateButton()->isEnabled());
        QVERIFY(Testing::containersOfRun(run).isEmpty());
    }

    void abortWithAReasonTyped()
    {
        const QString run = m_bed.launch(u"t/waiting"_s);
        QVERIFY(!run.isEmpty());
        RunView view(host(), m_bed.catalog(), run);
        view.resize(1000, 600);
        view.show();
        QTRY_COMPARE_WITH_TIMEOUT(view.instanceModel()->stateCustom(u"waiter.1"_s),
                                  u"waiting for Godot"_s,
                                  240000);
        QTRY_COMPARE(view.scene()->nodeItems().size(), 1);
        QVERIFY(view.abortButton()->isEnabled());
        UiTesting::onNextDialog([](QDialog *dialog) {
            auto *input = qobject_cast<QInputDialog *>(dialog);
            QVERIFY(input);
            input->setTextValue(u"Godot is not coming"_s);
            input->accept();
        });
        QTest::mouseClick(view.abortButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(RunState::isFinal(state(run)), 180000);
        QCOMPARE(state(run), u"Aborted"_s);
        QCOMPARE(host().engine().run(run)->abortReason, u"Godot is not coming"_s);
        QTRY_VERIFY(view.messageLabel()->text().contains(u"Godot is not coming"_s));
        QVERIFY(view.stateLabel()->text().contains(u"Aborted"_s));
        QVERIFY(!view.abortButton()->isEnabled());
        QVERIFY(UiTesting::saveScreenshot(&view, u"run-view-aborted"_s));
    }

    // Passwords, given or set by the node, are masked in the parameters and on the diagram;
    // text the node wrote (ss-display, the abort's reason) is shown literally, never as HTML.
    void passwordsMaskedAndNodeTextPlain()
    {
        const QString run = m_bed.launch(u"t/hostile"_s);
        QVERIFY(!run.isEmpty());
        RunView view(host(), m_bed.catalog(), run);
        QAbstractItemModelTester
            parametersTester(view.parameterModel(),
                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(1000, 600);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(RunState::isFinal(state(run)), 240000);
        QCOMPARE(m_bed.value(run, u"machine.1:made_password"_s), u"made-pw-61d0"_s);
        QCOMPARE(m_bed.value(run, u"machine.1:db_password"_s), u"given-pw-4b1e"_s);

        const RunParameterModel *values = view.parameterModel();
        QTRY_COMPARE(values->value(u"machine.1:made_password"_s), u"********"_s);
        QCOMPARE(values->value(u"machine.1:db_password"_s), u"********"_s);
        for (int row = 0; row < values->rowCount(); ++row) {
            for (int role : {Qt::DisplayRole, Qt::ToolTipRole, Qt::EditRole}) {
                const QString shown
                    = values->index(row, RunParameterModel::ValueColumn).data(role).toString();
                QVERIFY2(!shown.contains(u"made-pw"_s) && !shown.contains(u"given-pw"_s),
                         qPrintable(shown));
            }
        }
        if (view.scene()) {
            for (const NodeItem *item : view.scene()->nodeItems())
                for (const PortItem *port : item->ports())
                    QVERIFY(!port->annotation().contains(u"-pw-"_s));
        }

        // The abort's reason is in a plain-text label: the markup shows as typed.
        QTRY_VERIFY(view.messageLabel()->text().contains(u"<h1>Fake</h1>"_s));
        QCOMPARE(view.messageLabel()->textFormat(), Qt::PlainText);
        // ss-display's markup, in the tool tips, comes out escaped.
        const int statecustom = values->rowOf(u"machine.1:statecustom"_s);
        QVERIFY(statecustom >= 0);
        const QString tip = values->index(statecustom, RunParameterModel::ValueColumn)
                                .data(Qt::ToolTipRole)
                                .toString();
        QVERIFY2(tip.contains(u"&lt;b&gt;bold&lt;/b&gt;"_s) && !tip.contains(u"<b>"_s),
                 qPrintable(tip));
        QCOMPARE(QTextDocumentFragment::fromHtml(tip).toPlainText(),
                 u"<b>bold</b> <a href=\"x\">a link</a>"_s);
        QVERIFY(UiTesting::saveScreenshot(&view, u"run-view-node-text"_s));
    }
};

QTEST_MAIN(TestRunView)
#include "tst_runview.moc"
