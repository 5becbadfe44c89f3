#include "core/paths.h"
#include "core/settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Slipway;
using namespace Qt::StringLiterals;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsWhenEmpty()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(u"s.conf"_s));
        QCOMPARE(s.defaultCloud(), u"local"_s);
        QCOMPARE(s.editorFontSize(), 10);
        QCOMPARE(s.theme(), Settings::Theme::System);
        QVERIFY(s.recentModules().isEmpty());
        QVERIFY(s.windowGeometry().isEmpty());
    }

    void valuesSurviveReopening()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"s.conf"_s);
        {
            Settings s(file);
            s.setDefaultCloud(u"openstack-lab"_s);
            s.setEditorFontSize(14);
            s.setTheme(Settings::Theme::Dark);
            s.setWindowState(QByteArray("\x00\x01\xff", 3));
            s.sync();
        }
        QVERIFY(QFile::exists(file));
        Settings s(file);
        QCOMPARE(s.defaultCloud(), u"openstack-lab"_s);
        QCOMPARE(s.editorFontSize(), 14);
        QCOMPARE(s.theme(), Settings::Theme::Dark);
        QCOMPARE(s.windowState(), QByteArray("\x00\x01\xff", 3));
    }

    void badValuesFallBackToDefaults_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("font size zero") << u"editor/fontSize"_s << u"0"_s;
        QTest::newRow("font size text") << u"editor/fontSize"_s << u"huge"_s;
        QTest::newRow("unknown theme") << u"appearance/theme"_s << u"purple"_s;
    }
    void badValuesFallBackToDefaults()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"s.conf"_s);
        {
            QSettings raw(file, QSettings::IniFormat);
            raw.setValue(key, value);
        }
        Settings s(file);
        QCOMPARE(s.editorFontSize(), 10);
        QCOMPARE(s.theme(), Settings::Theme::System);
    }

    void recentModulesAreMostRecentFirstAndBounded()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(u"s.conf"_s));
        for (int i = 0; i < Settings::kMaxRecentModules + 5; ++i)
            s.addRecentModule(u"examples/m%1"_s.arg(i));
        s.addRecentModule(u"examples/m7"_s);
        const QStringList recent = s.recentModules();
        QCOMPARE(recent.size(), Settings::kMaxRecentModules);
        QCOMPARE(recent.first(), u"examples/m7"_s);
        QCOMPARE(recent.count(u"examples/m7"_s), 1);
        QCOMPARE(recent.at(1), u"examples/m%1"_s.arg(Settings::kMaxRecentModules + 4));
        s.removeRecentModule(u"examples/m7"_s);
        QVERIFY(!s.recentModules().contains(u"examples/m7"_s));
    }

    void dataDirFollowsXdgAndOverride()
    {
        QTemporaryDir dir;
        qputenv("XDG_DATA_HOME", dir.filePath(u"xdg"_s).toLocal8Bit());
        qunsetenv("SLIPWAY_DATA_DIR");
        QCOMPARE(Paths::dataDir(), dir.filePath(u"xdg/slipway"_s));
        QVERIFY(QFileInfo(Paths::dataDir()).isDir());
        QCOMPARE(Paths::defaultCatalogFile(), dir.filePath(u"xdg/slipway/catalog.sqlite"_s));

        qputenv("SLIPWAY_DATA_DIR", dir.filePath(u"elsewhere"_s).toLocal8Bit());
        QCOMPARE(Paths::dataDir(), dir.filePath(u"elsewhere"_s));
        qunsetenv("SLIPWAY_DATA_DIR");
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
