#include "core/catalog/catalog.h"
#include "core/settings.h"
#include "ui/document.h"
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
#include <QTemporaryDir>
#include <QTest>
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
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
