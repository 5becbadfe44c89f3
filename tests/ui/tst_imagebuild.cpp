// Building an image from the GUI on real Podman: the editor's Build button and the catalog's
// context menu open the cloud choice, the build runs as a run whose view shows its progress
// and log and can abort it, and the image's Clouds tab then shows what is built where and
// which builds went stale since.

#include "core/catalog/buildstatus.h"
#include "core/catalog/catalog.h"
#include "core/paths.h"
#include "core/run/runhost.h"
#include "core/settings.h"
#include "tests/support/modulebuilders.h"
#include "tests/support/podmantesting.h"
#include "tests/support/uitesting.h"
#include "ui/builddialog.h"
#include "ui/document.h"
#include "ui/mainwindow.h"
#include "ui/models/catalogmodel.h"
#include "ui/moduleeditor.h"
#include "ui/runs/applicationrunhost.h"
#include "ui/runs/runview.h"

#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Slipway;
using namespace Slipway::Testing;
using namespace Qt::StringLiterals;

class TestImageBuild : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<Settings> m_settings;
    QStringList m_runs;

    // Accepts the build dialog with the mouse once it shows, checking that it offers local.
    static void buildOnLocal(bool *offered)
    {
        UiTesting::onNextDialog([offered](QDialog *dialog) {
            auto *build = qobject_cast<BuildDialog *>(dialog);
            QVERIFY(build);
            QListWidget *list = build->cloudList();
            for (int i = 0; i < list->count(); ++i) {
                QListWidgetItem *item = list->item(i);
                if (item->data(Qt::UserRole).toString() != u"local")
                    continue;
                *offered = true;
                if (item->checkState() != Qt::Checked) {
                    const QRect r = list->visualItemRect(item);
                    QTest::mouseClick(list->viewport(),
                                      Qt::LeftButton,
                                      {},
                                      QPoint(r.left() + 10, r.center().y()));
                }
            }
            QCOMPARE(build->selectedClouds(), QStringList{u"local"_s});
            QVERIFY(UiTesting::saveScreenshot(build, u"build-dialog"_s));
            QTest::mouseClick(build->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
    }

    static QString state(MainWindow &window, const QString &run)
    {
        const auto record = window.runHost()->host()->engine().run(run);
        return record ? record->state : QString();
    }

    static int rowOf(QTableWidget *table, const QString &cloud)
    {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->text() == cloud)
                return row;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SLIPWAY_REQUIRE_PODMAN();
        qputenv("SLIPWAY_NO_DIALOGS", "1");
        qputenv("SLIPWAY_DATA_DIR", m_dir.filePath(u"data"_s).toLocal8Bit());
        QDir().mkpath(Paths::dataDir());
        m_catalog = std::make_unique<Catalog>(m_dir.filePath(u"catalog.sqlite"_s));
        QVERIFY(m_catalog->open());
        QVERIFY(m_catalog->save(image(u"lab/base"_s, {}, {}), u"ann"_s, {}));
        // A recipe of its own, so that no other test's build cache answers for it.
        Module web = image(u"lab/web"_s, u"lab/base"_s, u"echo up"_s);
        web.image.recipes.set(RecipeKind::Recipe,
                              u"echo %1 > /etc/slipway-gui-build"_s.arg(
                                  QFileInfo(m_dir.path()).fileName()));
        QVERIFY(m_catalog->save(web, u"ann"_s, {}));
        Module slow = image(u"lab/slow"_s, u"lab/base"_s, u"echo up"_s);
        slow.image.recipes.set(RecipeKind::Recipe,
                               u"echo %1; sleep 600"_s.arg(QFileInfo(m_dir.path()).fileName()));
        QVERIFY(m_catalog->save(slow, u"ann"_s, {}));
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.conf"_s));
    }

    void cleanupTestCase()
    {
        for (const QString &run : std::as_const(m_runs))
            removeRun(run);
    }

    void buildFromTheEditorThenStale()
    {
        MainWindow window(*m_settings, m_catalog.get());
        window.resize(1280, 820);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ModuleEditor *editor = window.openModule(u"lab/web"_s);
        QVERIFY(editor);
        QTabWidget *tabs = editor->tabs();
        QWidget *clouds = nullptr;
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i) == u"Clouds")
                clouds = tabs->widget(i);
        QVERIFY(clouds);
        QTest::mouseClick(tabs->tabBar(),
                          Qt::LeftButton,
                          {},
                          tabs->tabBar()->tabRect(tabs->indexOf(clouds)).center());
        QCOMPARE(tabs->currentWidget(), clouds);
        QCOMPARE(editor->builtImagesTable()->rowCount(), 0);
        QVERIFY(editor->buildButton()->isEnabled());

        bool offered = false;
        buildOnLocal(&offered);
        QTest::mouseClick(editor->buildButton(), Qt::LeftButton);
        QVERIFY(offered);

        // The build's run view: a progress bar over the steps, the log, then Done.
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<RunView *>(window.editorArea()->currentWidget()),
                                 60000);
        auto *view = qobject_cast<RunView *>(window.editorArea()->currentWidget());
        const QString run = view->run();
        m_runs << run;
        QVERIFY(view->buildProgress());
        QVERIFY(view->buildProgress()->isVisible());
        QVERIFY(view->buildProgress()->maximum() >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(RunState::isFinal(state(window, run)), 600000);
        QCOMPARE(state(window, run), u"Done"_s);
        QTRY_COMPARE(view->buildProgress()->value(), view->buildProgress()->maximum());
        QVERIFY2(view->logView()->toPlainText().contains(u"Recorded"_s),
                 qPrintable(view->logView()->toPlainText().right(2000)));
        QVERIFY(UiTesting::saveScreenshot(&window, u"build-run-view"_s));

        // Back in the editor: local is built from version 1, current.
        window.editorArea()->setCurrentWidget(editor);
        QTableWidget *table = editor->builtImagesTable();
        QTRY_COMPARE(table->rowCount(), 1);
        const int row = rowOf(table, u"local"_s);
        QVERIFY(row >= 0);
        QVERIFY(!table->item(row, 1)->text().isEmpty());
        QCOMPARE(table->item(row, 2)->text(), u"version 1"_s);
        QCOMPARE(table->item(row, 4)->text(), u"current"_s);
        QVERIFY(UiTesting::saveScreenshot(&window, u"image-built-clouds"_s));

        // The parent changes its build: the row says stale and why, after a save of the parent.
        auto base = m_catalog->latest(u"lab/base"_s);
        QVERIFY(base);
        Module changed = base->module;
        changed.image.packages.append(Package{u"curl"_s, {}, {}});
        QVERIFY(m_catalog->save(changed, u"bob"_s, u"curl"_s));
        tabs->setCurrentIndex(0);
        QTest::mouseClick(tabs->tabBar(),
                          Qt::LeftButton,
                          {},
                          tabs->tabBar()->tabRect(tabs->indexOf(clouds)).center());
        QTRY_VERIFY(table->item(0, 4)->text().startsWith(u"stale"_s));
        QVERIFY2(table->item(0, 4)->text().contains(u"lab/base"_s),
                 qPrintable(table->item(0, 4)->text()));
        QVERIFY(UiTesting::saveScreenshot(&window, u"image-stale-clouds"_s));
    }

    void buildFromTheCatalogMenuAndAbort()
    {
        MainWindow window(*m_settings, m_catalog.get());
        window.resize(1280, 820);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTreeView *tree = window.catalogView();
        tree->expandAll();
        const QModelIndex slow = window.catalogProxy()->mapFromSource(
            window.catalogModel()->indexOf(u"lab/slow"_s));
        QVERIFY(slow.isValid());
        const QPoint at = tree->visualRect(slow).center();

        // A right click on the image, then Build… chosen with the keyboard.
        bool chose = false;
        QTimer::singleShot(200, this, [&chose] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            auto *build = menu->findChild<QAction *>(u"CatalogBuildAction"_s);
            QVERIFY(build);
            chose = true;
            menu->setActiveAction(build);
            QTest::keyClick(menu, Qt::Key_Return);
        });
        bool offered = false;
        buildOnLocal(&offered);
        QContextMenuEvent click(QContextMenuEvent::Mouse, at, tree->viewport()->mapToGlobal(at));
        QApplication::sendEvent(tree->viewport(), &click);
        QTRY_VERIFY(chose);
        QTRY_VERIFY(offered);

        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<RunView *>(window.editorArea()->currentWidget()),
                                 60000);
        auto *view = qobject_cast<RunView *>(window.editorArea()->currentWidget());
        const QString run = view->run();
        m_runs << run;
        // Once the slow step runs, abort it with a reason typed.
        QTRY_VERIFY_WITH_TIMEOUT(view->logView()->toPlainText().contains(
                                     u"Running the build step"_s),
                                 600000);
        QVERIFY(view->abortButton()->isEnabled());
        QVERIFY(UiTesting::saveScreenshot(&window, u"build-running"_s));
        UiTesting::onNextDialog([](QDialog *dialog) {
            auto *input = qobject_cast<QInputDialog *>(dialog);
            QVERIFY(input);
            input->setTextValue(u"taking too long"_s);
            input->accept();
        });
        QTest::mouseClick(view->abortButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(RunState::isFinal(state(window, run)), 180000);
        QCOMPARE(state(window, run), u"Aborted"_s);
        QTRY_VERIFY(view->messageLabel()->text().contains(u"taking too long"_s));
        // Nothing recorded for an aborted build.
        auto states = imageBuildStates(*m_catalog, u"lab/slow"_s);
        QVERIFY(states);
        QVERIFY(states->isEmpty());
    }
};

QTEST_MAIN(TestImageBuild)
#include "tst_imagebuild.moc"
