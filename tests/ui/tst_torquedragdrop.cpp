// End to end through the main window, as a user works: a Torque-style cluster (a master that
// makes the munge key and collects its workers' host names, workers that read the key) is
// built from scratch on the diagram by dragging images from the catalog and dragging between
// ports, saved, launched on local containers with the Launch action and its dialog, watched
// in its run view until Ready, then scaled by one worker, whose host name the master's
// on-vm-add adds to the node list it publishes. Screenshots are saved on the way.

#include "core/catalog/catalog.h"
#include "core/run/runhost.h"
#include "core/settings.h"
#include "tests/support/modulebuilders.h"
#include "tests/support/podmantesting.h"
#include "tests/support/runtestbed.h"
#include "tests/support/uitesting.h"
#include "ui/diagram/deploymentdiagram.h"
#include "ui/diagram/deploymentscene.h"
#include "ui/diagram/diagramview.h"
#include "ui/diagram/nodeitem.h"
#include "ui/diagram/portitem.h"
#include "ui/document.h"
#include "ui/launchdialog.h"
#include "ui/mainwindow.h"
#include "ui/models/catalogmodel.h"
#include "ui/moduleeditor.h"
#include "ui/runs/applicationrunhost.h"
#include "ui/runs/instancelistmodel.h"
#include "ui/runs/rundashboard.h"
#include "ui/runs/runlistmodel.h"
#include "ui/runs/runparametermodel.h"
#include "ui/runs/runview.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace Slipway;
using namespace Slipway::Testing;
using namespace Qt::StringLiterals;

namespace {

// SlipStream's Torque example, with the same coordination: the master publishes a munge key
// in base64 and lists its workers' host names, at launch and whenever the workers change.
constexpr auto kListWorkers = uR"SH(#!/bin/sh -e
nodes=
for i in $(ss-get worker:ids | tr ',' ' '); do
  nodes="$nodes $(ss-get --timeout 300 worker.$i:hostname)"
done
ss-set nodes "$(echo $nodes)"
ss-display "Torque master of $(echo $nodes | wc -w) workers"
)SH";

constexpr auto kMaster = uR"SH(#!/bin/sh -e
head -c 32 /dev/urandom > /tmp/munge.key
ss-set munge_key64 "$(base64 -w 0 /tmp/munge.key)"
ss-display 'Adding workers'
)SH";

constexpr auto kWorker = uR"SH(#!/bin/bash -xe
export munge_key64=`ss-get --timeout 300 munge_key64`
echo $munge_key64 | base64 -d > /tmp/munge.key
ss-set key_length "$(wc -c < /tmp/munge.key)"
ss-display "Worker $SLIPSTREAM_NODE_INSTANCE joined"
)SH";

} // namespace

class TestTorqueDragDrop : public QObject
{
    Q_OBJECT

private:
    RunTestBed m_bed;
    std::unique_ptr<Settings> m_settings;
    QString m_run;

    // Drops the catalog tree's drag data for path on the view, as a drag from the tree does.
    static bool drop(MainWindow &window, DiagramView *view, const QString &path, QPoint at)
    {
        const QModelIndex index = window.catalogModel()->indexOf(path);
        std::unique_ptr<QMimeData> mime(window.catalogModel()->mimeData({index}));
        if (!mime)
            return false;
        QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
        QApplication::sendEvent(view->viewport(), &enter);
        QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
        QApplication::sendEvent(view->viewport(), &move);
        QDropEvent dropped(QPointF(at), Qt::CopyAction, mime.get(), Qt::LeftButton, {});
        QApplication::sendEvent(view->viewport(), &dropped);
        return enter.isAccepted() && dropped.isAccepted();
    }

    // Press on one port, move in steps, release on the other.
    static void dragBetween(DiagramView *view, QPointF from, QPointF to)
    {
        QWidget *viewport = view->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, view->mapFromScene(from));
        for (int i = 1; i <= 4; ++i)
            QTest::mouseMove(viewport, view->mapFromScene(from + (to - from) * i / 4.0));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, view->mapFromScene(to));
    }

    static void doubleClick(DiagramView *view, QPoint at)
    {
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, at);
    }

    static const Node *nodeNamed(const Document *document, const QString &name)
    {
        for (const Node &n : document->module().deployment.nodes)
            if (n.name == name)
                return &n;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SLIPWAY_REQUIRE_PODMAN();
        QVERIFY(m_bed.open());
        qputenv("SLIPWAY_DATA_DIR", m_bed.filePath(u"data"_s).toUtf8());
        qputenv("SLIPWAY_NO_DIALOGS", "1");
        QApplication::setStyle(u"Fusion"_s);
        m_settings = std::make_unique<Settings>(m_bed.filePath(u"slipway.conf"_s));

        // The images exist; the deployment is what the test builds.
        Module master = image(u"torque/master"_s,
                              u"torque/debian"_s,
                              QString(kMaster) + QString(kListWorkers).section(u'\n', 1),
                              {output(u"munge_key64"_s), output(u"nodes"_s)});
        master.image.recipes.onVmAdd = QString(kListWorkers);
        master.image.recipes.onVmRemove = QString(kListWorkers);
        const Module worker = image(u"torque/worker"_s,
                                    u"torque/debian"_s,
                                    QString(kWorker),
                                    {input(u"munge_key64"_s), output(u"key_length"_s)});
        for (const Module &m : {image(u"torque/debian"_s, {}, {}), master, worker})
            QVERIFY(m_bed.save(m));
        Module folder;
        folder.path = u"torque"_s;
        folder.kind = ModuleKind::Project;
        QVERIFY(m_bed.save(folder));
    }

    void cleanupTestCase() { m_bed.removeRuns(); }

    void buildLaunchWatchAndScale()
    {
        MainWindow window(*m_settings, &m_bed.catalog());
        window.resize(1500, 950);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // A new, empty deployment opens on its diagram.
        ModuleEditor *editor = window.createModule(ModuleKind::Deployment, u"torque/cluster"_s);
        QVERIFY(editor);
        QVERIFY(editor->diagram());
        QCOMPARE(editor->tabs()->currentWidget(), editor->diagram());
        DiagramView *view = editor->diagram()->view();
        DeploymentScene *scene = editor->diagram()->scene();
        Document *document = editor->document();
        QVERIFY(document->module().deployment.nodes.isEmpty());

        // Drag the master and the worker images from the catalog onto the diagram.
        QVERIFY(drop(window, view, u"torque/master"_s, QPoint(160, 120)));
        QVERIFY(drop(window, view, u"torque/worker"_s, QPoint(600, 120)));
        QVERIFY(scene->nodeItem(u"master"_s));
        QVERIFY(scene->nodeItem(u"worker"_s));
        QCOMPARE(nodeNamed(document, u"worker"_s)->image, u"torque/worker"_s);

        // Map the worker's munge_key64 input to the master's output, port to port.
        dragBetween(view,
                    scene->port(u"master"_s, u"munge_key64"_s, true)->anchor(),
                    scene->port(u"worker"_s, u"munge_key64"_s, false)->anchor());
        QCOMPARE(nodeNamed(document, u"worker"_s)->mappings.size(), 1);
        QCOMPARE(nodeNamed(document, u"worker"_s)->mappings.constFirst().value,
                 u"master:munge_key64"_s);
        QCOMPARE(scene->mappingEdges().size(), 1);

        // Two workers, in the node's multiplicity badge.
        NodeItem *workerItem = scene->nodeItem(u"worker"_s);
        doubleClick(view,
                    view->mapFromScene(
                        workerItem->mapToScene(workerItem->multiplicityRect().center())));
        auto *spin = qobject_cast<QSpinBox *>(scene->inPlaceEditor());
        QVERIFY(spin);
        spin->selectAll();
        QTest::keyClicks(spin, u"2"_s);
        QTest::keyClick(spin, Qt::Key_Return);
        QTRY_VERIFY(!scene->inPlaceEditor());
        QCOMPARE(nodeNamed(document, u"worker"_s)->multiplicity, 2);
        QVERIFY(UiTesting::saveScreenshot(&window, u"run-torque-built"_s));

        QVERIFY(window.saveCurrent(u"Torque cluster, built by drag and drop"_s));
        QVERIFY(!document->isModified());

        // Launch: the action opens the launch dialog; tag the run and launch it.
        bool dialogSeen = false;
        UiTesting::onNextDialog([&dialogSeen](QDialog *dialog) {
            auto *launch = qobject_cast<LaunchDialog *>(dialog);
            QVERIFY(launch);
            dialogSeen = true;
            QCOMPARE(launch->multiplicityBox(u"worker"_s)->value(), 2);
            QVERIFY(!launch->isLaunchBlocked());
            launch->tagsEdit()->setText(u"torque, drag-and-drop"_s);
            UiTesting::saveScreenshot(launch, u"run-torque-launch"_s);
            QTest::mouseClick(launch->launchButton(), Qt::LeftButton);
        });
        window.launchAction()->trigger();
        QVERIFY(dialogSeen);

        // The run view opens once the broker is up and the run launched.
        RunView *run = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((run = qobject_cast<RunView *>(
                                      window.editorArea()->currentWidget()))
                                     != nullptr,
                                 60000);
        m_run = run->run();
        m_bed.track(m_run);
        RunHost *host = window.runHost()->host();
        QVERIFY(host);
        const auto state = [&] {
            return host->engine().run(m_run)->state;
        };
        QTRY_VERIFY_WITH_TIMEOUT(state() == RunState::Ready || RunState::isFinal(state()), 300000);
        QCOMPARE(state(), u"Ready"_s);
        QTRY_VERIFY(run->stateLabel()->text().contains(u"Ready"_s));

        // Every worker read the master's key; the master listed the two workers.
        RunParameterModel *values = run->parameterModel();
        QCOMPARE(values->value(u"worker.1:key_length"_s), u"32"_s);
        QCOMPARE(values->value(u"worker.2:key_length"_s), u"32"_s);
        const QString w1 = values->value(u"worker.1:hostname"_s);
        const QString w2 = values->value(u"worker.2:hostname"_s);
        QTRY_COMPARE(values->value(u"master.1:nodes"_s), w1 + u' ' + w2);
        QCOMPARE(run->scene()->port(u"master"_s, u"nodes"_s, true)->annotation(), w1 + u' ' + w2);
        QCOMPARE(run->instanceModel()->stateCustom(u"master.1"_s), u"Torque master of 2 workers"_s);
        QVERIFY(UiTesting::saveScreenshot(&window, u"run-torque-ready"_s));

        // The dashboard lists it, Ready, with its tags.
        RunListModel *runs = window.runDashboard()->model();
        QTRY_VERIFY(runs->rowOf(m_run) >= 0);
        QTRY_COMPARE(runs->runAt(runs->rowOf(m_run)).state, u"Ready"_s);
        QCOMPARE(RunListModel::tagsOf(runs->runAt(runs->rowOf(m_run))),
                 (QStringList{u"torque"_s, u"drag-and-drop"_s}));

        // One more worker: it joins, and the master's on-vm-add lists it.
        run->scaleNodeBox()->setCurrentText(u"worker"_s);
        run->scaleDeltaBox()->setValue(1);
        QTest::mouseClick(run->scaleButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(values->value(u"master.1:nodes"_s).split(u' ').size(), 3, 300000);
        const QString w3 = values->value(u"worker.3:hostname"_s);
        QVERIFY(!w3.isEmpty());
        QCOMPARE(values->value(u"master.1:nodes"_s), w1 + u' ' + w2 + u' ' + w3);
        QTRY_COMPARE_WITH_TIMEOUT(values->value(u"worker.3:key_length"_s), u"32"_s, 120000);
        QTRY_VERIFY_WITH_TIMEOUT(state() == RunState::Ready, 120000);
        QTRY_COMPARE(run->scene()->port(u"master"_s, u"nodes"_s, true)->annotation(),
                     w1 + u' ' + w2 + u' ' + w3);
        QTRY_COMPARE(run->instanceModel()->stateCustom(u"master.1"_s),
                     u"Torque master of 3 workers"_s);
        QVERIFY(UiTesting::saveScreenshot(&window, u"run-torque-scaled"_s));

        QVERIFY(run->terminateRun());
        QTRY_VERIFY_WITH_TIMEOUT(host->engine().run(m_run)->terminated, 120000);
        QVERIFY(Testing::containersOfRun(m_run).isEmpty());
    }
};

QTEST_MAIN(TestTorqueDragDrop)
#include "tst_torquedragdrop.moc"
