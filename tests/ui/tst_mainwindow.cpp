#include "core/bundle/examplecatalog.h"
#include "core/catalog/catalog.h"
#include "core/settings.h"
#include "tests/support/uitesting.h"
#include "ui/document.h"
#include "ui/editor/recipeeditor.h"
#include "ui/editor/recipepane.h"
#include "ui/mainwindow.h"
#include "ui/models/catalogmodel.h"
#include "ui/moduleeditor.h"
#include "ui/settingsdialog.h"

#include <QAction>
#include <QComboBox>
#include <QFontComboBox>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSpinBox>

#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>

using namespace Slipway;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensWithItsDocks()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"s.conf"_s));
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QVERIFY(window.catalogDock());
        QVERIFY(window.catalogDock()->isVisible());
        QCOMPARE(window.dockWidgetArea(window.catalogDock()), Qt::LeftDockWidgetArea);
        QVERIFY(window.catalogDock()->isAncestorOf(window.catalogView()));
        QCOMPARE(window.centralWidget(), window.editorArea());
        QVERIFY(window.statusBar()->isVisible());
        QCOMPARE(window.statusBar()->currentMessage(), u"Ready"_s);

        const QImage shot = window.grab().toImage();
        QCOMPARE(shot.size(), window.size() * window.devicePixelRatio());
        // A window that drew something: not one flat colour.
        QSet<QRgb> colours;
        for (int y = 0; y < shot.height(); y += 7)
            for (int x = 0; x < shot.width(); x += 7)
                colours.insert(shot.pixel(x, y));
        QVERIFY2(colours.size() > 3, "the window looks empty");
        const QString shots = qEnvironmentVariable("SLIPWAY_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QDir().mkpath(shots);
            QVERIFY(shot.save(shots + u"/mainwindow.png"_s));
        }
    }

    void keepsItsLayout()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"s.conf"_s);
        {
            Settings settings(file);
            MainWindow window(settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.catalogDock()->hide();
            window.resize(700, 520);
            QTRY_COMPARE(window.size(), QSize(700, 520));
            window.close();
        }
        Settings settings(file);
        QVERIFY(!settings.windowState().isEmpty());
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.catalogDock()->isVisible());
        QTRY_COMPARE(window.size(), QSize(700, 520));
    }

    void renameDeleteRestore()
    {
        qputenv("SLIPWAY_NO_DIALOGS", "1");
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"s.conf"_s));
        Catalog catalog(dir.filePath(u"c.db"_s));
        QVERIFY(catalog.open());
        MainWindow window(settings, &catalog);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.createModule(ModuleKind::Image, u"team/base"_s));
        QVERIFY(!window.createModule(ModuleKind::Image, u"team/base"_s)); // taken
        QVERIFY(!window.createModule(ModuleKind::Image, u"bad path"_s));
        QVERIFY(window.catalogModel()->indexOf(u"team/base"_s).isValid());
        QCOMPARE(settings.recentModules().value(0), u"team/base"_s);

        // Renaming moves the open editor along.
        QVERIFY(window.renameModule(u"team/base"_s, u"team/debian"_s));
        QVERIFY(!window.catalogModel()->indexOf(u"team/base"_s).isValid());
        QVERIFY(window.catalogModel()->indexOf(u"team/debian"_s).isValid());
        QVERIFY(window.editorOf(u"team/debian"_s));
        QVERIFY(!window.editorOf(u"team/base"_s));

        // Deleting closes it; the deleted module shows on request and comes back.
        QVERIFY(window.removeModule(u"team/debian"_s));
        QVERIFY(!window.editorOf(u"team/debian"_s));
        QVERIFY(!window.catalogModel()->indexOf(u"team/debian"_s).isValid());
        window.showDeletedAction()->setChecked(true);
        const QModelIndex deleted = window.catalogModel()->indexOf(u"team/debian"_s);
        QVERIFY(deleted.data(CatalogModel::DeletedRole).toBool());
        QVERIFY(window.restoreModule(u"team/debian"_s));
        QVERIFY(!window.catalogModel()
                     ->indexOf(u"team/debian"_s)
                     .data(CatalogModel::DeletedRole)
                     .toBool());

        // The filter finds modules in branches that were never opened.
        window.showDeletedAction()->setChecked(false);
        QTest::keyClicks(window.catalogFilter(), u"DEB"_s);
        QCOMPARE(window.catalogProxy()->rowCount(), 1);
        const QModelIndex team = window.catalogProxy()->index(0, 0);
        QCOMPARE(window.catalogProxy()->index(0, 0, team).data().toString(), u"debian"_s);
    }

    void settingsDialogWritesTheSettings()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"s.conf"_s));
        SettingsDialog dialog(settings);
        QCOMPARE(dialog.defaultCloudBox()->currentText(), u"local"_s);
        dialog.defaultCloudBox()->setCurrentText(u"openstack"_s);
        dialog.fontSizeBox()->setValue(14);
        dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(int(Settings::Theme::Dark)));
        dialog.apply();
        Settings reread(dir.filePath(u"s.conf"_s));
        QCOMPARE(reread.defaultCloud(), u"openstack"_s);
        QCOMPARE(reread.editorFontSize(), 14);
        QCOMPARE(reread.theme(), Settings::Theme::Dark);
    }

    void cloudsAreAddedKeptAndTested()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"s.conf"_s));
        const QString cloudsFile = dir.filePath(u"clouds.json"_s);
        {
            SettingsDialog dialog(settings, cloudsFile);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QCOMPARE(dialog.cloudList()->count(), 1); // local is always there
            CloudConfig broken{u"broken"_s,
                               u"local"_s,
                               {{u"executable"_s, u"/nonexistent/podman"_s}}};
            QVERIFY(dialog.addCloud(broken));
            QVERIFY(!dialog.addCloud(CloudConfig{u"x"_s, u"no-such-kind"_s, {}}));
            QCOMPARE(dialog.cloudList()->count(), 2);
            QCOMPARE(dialog.cloudList()->currentItem()->data(Qt::UserRole).toString(), u"broken"_s);
            QCOMPARE(dialog.defaultCloudBox()->findText(u"broken"_s) >= 0, true);

            // Testing a cloud runs its connector's check: here the program is missing.
            QTest::mouseClick(dialog.testCloudButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(dialog.testCloudButton()->isEnabled(), 30000);
            QVERIFY2(dialog.cloudStatus()->text().contains(u"broken cannot be used"_s),
                     qPrintable(dialog.cloudStatus()->text()));

            // The local cloud works where Podman is installed.
            dialog.cloudList()->setCurrentRow(0);
            QTest::mouseClick(dialog.testCloudButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(dialog.testCloudButton()->isEnabled(), 30000);
            if (!QStandardPaths::findExecutable(u"podman"_s).isEmpty())
                QVERIFY2(dialog.cloudStatus()->text().contains(u"local works: podman"_s),
                         qPrintable(dialog.cloudStatus()->text()));
        }
        // The list was written, without any secret, and is read again.
        QFile file(cloudsFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("/nonexistent/podman"));
        SettingsDialog again(settings, cloudsFile);
        QCOMPARE(again.cloudList()->count(), 2);
    }
    void toolBarWithIconsAndRunControls()
    {
        QTemporaryDir dir;
        qputenv("SLIPWAY_NO_DIALOGS", "1");
        Settings settings(dir.filePath(u"s.conf"_s));
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QToolBar *bar = window.mainToolBar();
        QVERIFY(bar);
        QVERIFY(bar->isVisible());
        const QList<QAction *> expected = {window.newAction(),
                                           window.saveAction(),
                                           window.launchAction(),
                                           window.buildAction(),
                                           window.abortRunAction(),
                                           window.terminateRunAction()};
        for (QAction *action : expected) {
            QVERIFY(action);
            QVERIFY2(bar->actions().contains(action), qPrintable(action->text()));
            // The theme's icon, or the bundled one where there is no theme (offscreen).
            QVERIFY2(!action->icon().isNull(), qPrintable(action->text()));
            QVERIFY2(!action->icon().pixmap(22, 22).isNull(), qPrintable(action->text()));
        }
        // No run view: nothing to abort or terminate; no editor: nothing to save.
        QVERIFY(!window.abortRunAction()->isEnabled());
        QVERIFY(!window.terminateRunAction()->isEnabled());
        QVERIFY(!window.saveAction()->isEnabled());
        // Clicked with nothing to launch, Launch says what it needs.
        QTest::mouseClick(bar->widgetForAction(window.launchAction()), Qt::LeftButton);
        QCOMPARE(window.statusBar()->currentMessage(),
                 u"Select a deployment or an image to launch."_s);
        QTest::mouseClick(bar->widgetForAction(window.buildAction()), Qt::LeftButton);
        QCOMPARE(window.statusBar()->currentMessage(), u"Select an image to build."_s);
        UiTesting::saveScreenshot(&window, u"mainwindow-toolbar"_s);
    }

    void keyboardShortcutsAreListed()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"s.conf"_s));
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QStringList rows;
        UiTesting::onNextDialog([&rows](QDialog *dialog) {
            auto *table = dialog->findChild<QTableWidget *>(u"ShortcutsTable"_s);
            QVERIFY(table);
            for (int row = 0; row < table->rowCount(); ++row)
                rows << table->item(row, 0)->text() + u" = "_s + table->item(row, 1)->text();
            UiTesting::saveScreenshot(dialog, u"keyboard-shortcuts"_s);
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        // Help → Keyboard Shortcuts, by its own key.
        QTest::keySequence(&window, window.shortcutsAction()->shortcut());
        QVERIFY2(rows.contains(u"File → Save… = Ctrl+S"_s), qPrintable(rows.join(u'\n')));
        QVERIFY2(rows.contains(u"Run → Launch… = Ctrl+R"_s), qPrintable(rows.join(u'\n')));
        QVERIFY2(rows.contains(u"Run → Build Image… = Ctrl+B"_s), qPrintable(rows.join(u'\n')));
        QVERIFY2(rows.contains(u"Edit → Undo = Ctrl+Z"_s), qPrintable(rows.join(u'\n')));
        // Every command with a key is listed, once.
        QCOMPARE(rows.size(), window.shortcuts().size());
        QCOMPARE(QSet<QString>(rows.cbegin(), rows.cend()).size(), rows.size());
    }
    void fullTextSearchOpensTheRecipeAtTheHit()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"s.conf"_s));
        Catalog catalog(dir.filePath(u"c.sqlite"_s));
        QVERIFY(catalog.open());
        QVERIFY(ExampleCatalog::installIfEmpty(catalog));
        MainWindow window(settings, &catalog);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.searchResults()->isHidden());

        // "MariaDB" is in no module's name: the database image's recipes and description.
        QTest::keyClicks(window.catalogFilter(), u"mariadb"_s);
        QVERIFY(window.searchResults()->isVisible());
        QListWidgetItem *hit = nullptr;
        for (int row = 0; row < window.searchResults()->count(); ++row) {
            QListWidgetItem *item = window.searchResults()->item(row);
            if (item->data(Qt::UserRole).toString() == u"examples/lamp/database"_s)
                hit = item;
        }
        QVERIFY(hit);
        UiTesting::saveScreenshot(&window, u"catalog-search"_s);
        const QRect rect = window.searchResults()->visualItemRect(hit);
        QTest::mouseClick(window.searchResults()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::keyClick(window.searchResults(), Qt::Key_Return);
        ModuleEditor *editor = window.currentEditor();
        QVERIFY(editor);
        QCOMPARE(editor->document()->path(), u"examples/lamp/database"_s);
        // The first recipe holding the text is shown with the text selected.
        bool selected = false;
        for (RecipeKind kind : allRecipeKinds) {
            RecipePane *pane = editor->ownRecipe(kind);
            if (pane && pane->editor()->hasSelectedText())
                selected = pane->editor()->selectedText().compare(u"mariadb"_s, Qt::CaseInsensitive)
                           == 0;
        }
        QVERIFY(selected);
        UiTesting::saveScreenshot(&window, u"catalog-search-opened"_s);

        // Two letters find nothing worth showing.
        window.catalogFilter()->clear();
        QTest::keyClicks(window.catalogFilter(), u"ma"_s);
        QVERIFY(window.searchResults()->isHidden());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
