#include "core/settings.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QDockWidget>
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
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
