// The first start on a machine without the local base image: the welcome page and the launch
// dialog say so and offer to make it; the welcome page's fix really makes it (mmdebstrap from
// the system's Debian mirror, then a Podman import) with a progress dialog, under a private
// name so that the base image the other tests use is never touched.

#include "core/catalog/catalog.h"
#include "core/paths.h"
#include "core/run/cloudlist.h"
#include "core/settings.h"
#include "tests/support/modulebuilders.h"
#include "tests/support/podmantesting.h"
#include "tests/support/uitesting.h"
#include "ui/baseimagemaker.h"
#include "ui/launchdialog.h"
#include "ui/mainwindow.h"
#include "ui/welcomepage.h"

#include <QDir>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Slipway;
using namespace Slipway::Testing;
using namespace Qt::StringLiterals;

namespace {

QString podman(const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess p;
    p.start(u"podman"_s, arguments);
    p.waitForFinished(120000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace

class TestBaseImage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_image;

private Q_SLOTS:
    void initTestCase()
    {
        SLIPWAY_REQUIRE_PODMAN();
        qputenv("SLIPWAY_NO_DIALOGS", "1");
        qputenv("SLIPWAY_DATA_DIR", m_dir.filePath(u"data"_s).toLocal8Bit());
        QDir().mkpath(Paths::dataDir());
        m_image = u"localhost/slipway-gui-base-test:"_s
                  + QUuid::createUuid().toString(QUuid::Id128).left(10);
        qputenv("SLIPWAY_LOCAL_BASE_IMAGE", m_image.toUtf8());
        QCOMPARE(WelcomePage::localBaseImage(), m_image);
    }

    void cleanupTestCase()
    {
        if (!m_image.isEmpty())
            podman({u"image"_s, u"rm"_s, u"--force"_s, u"--"_s, m_image});
    }

    void mirrorReadFromAptSources()
    {
        QTemporaryDir apt;
        QDir().mkpath(apt.filePath(u"sources.list.d"_s));
        // Nothing named: no mirror.
        QCOMPARE(BaseImageMaker::debianMirror(apt.path()), QString());
        QFile deb822(apt.filePath(u"sources.list.d/debian.sources"_s));
        QVERIFY(deb822.open(QIODevice::WriteOnly));
        deb822.write("Types: deb\n# a comment\nURIs: http://mirror.example/debian\n"
                     "Suites: trixie\nComponents: main\n");
        deb822.close();
        QCOMPARE(BaseImageMaker::debianMirror(apt.path()), u"http://mirror.example/debian"_s);
        // The one-line file comes first; the security archive is skipped.
        QFile list(apt.filePath(u"sources.list"_s));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("# comment\ndeb http://security.example/debian-security trixie-security main\n"
                   "deb [arch=amd64] http://other.example/debian trixie main\n");
        list.close();
        QCOMPARE(BaseImageMaker::debianMirror(apt.path()), u"http://other.example/debian"_s);
    }

    void launchDialogSaysTheBaseImageIsMissing()
    {
        const Module app = image(u"lab/app"_s, {}, u"echo up"_s);
        LaunchDialog dialog(app,
                            [](const QString &, std::optional<int>) {
                                return std::optional<Module>();
                            },
                            {CloudConfig::local()});
        QSignalSpy checked(&dialog, &LaunchDialog::baseImageChecked);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(checked.wait(60000));
        QCOMPARE(checked.first().first().toBool(), false);
        QVERIFY(dialog.baseImageBar()->isVisible());
        QVERIFY(dialog.makeBaseImageButton()->isVisible());
        QVERIFY(dialog.makeBaseImageButton()->isEnabled());
        QVERIFY(UiTesting::saveScreenshot(&dialog, u"launch-dialog-no-base-image"_s));
    }

    void welcomePageMakesTheBaseImage()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"s.conf"_s));
        Catalog catalog(dir.filePath(u"c.db"_s));
        QVERIFY(catalog.open());
        MainWindow window(settings, &catalog);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WelcomePage *welcome = window.welcomePage();
        QTRY_COMPARE_WITH_TIMEOUT(welcome->cloudState(u"local"_s),
                                  WelcomePage::CloudState::NeedsAction,
                                  60000);
        QVERIFY2(welcome->cloudMessage(u"local"_s).contains(m_image),
                 qPrintable(welcome->cloudMessage(u"local"_s)));
        QPushButton *fix = welcome->cloudFixButton(u"local"_s);
        QVERIFY(fix);
        QCOMPARE(fix->text(), u"Make the base image…"_s);
        QVERIFY(UiTesting::saveScreenshot(&window, u"welcome-no-base-image"_s));

        QSignalSpy made(welcome, &WelcomePage::baseImageMade);
        QTest::mouseClick(fix, Qt::LeftButton);
        QPointer<QProgressDialog> progress = qobject_cast<QProgressDialog *>(
            welcome->baseImageProgress());
        QVERIFY(progress);
        QTRY_VERIFY(progress->isVisible());
        // Past apt-get update: the bar moved and says what mmdebstrap does.
        QTRY_VERIFY_WITH_TIMEOUT(!progress || progress->value() >= 2, 600000);
        if (progress)
            QVERIFY(UiTesting::saveScreenshot(progress, u"base-image-progress"_s));
        QVERIFY(made.wait(1200000) || !made.isEmpty());
        QVERIFY2(made.first().at(0).toBool(), qPrintable(made.first().at(1).toString()));

        // There, with the label the tests and the page look for; the page says the cloud is
        // ready.
        QCOMPARE(podman({u"image"_s,
                         u"inspect"_s,
                         u"--format"_s,
                         u"{{index .Labels \"slipway.base-image\"}}"_s,
                         m_image}),
                 QString::fromLatin1(BaseImageMaker::kVersion));
        QCOMPARE(QString::fromLatin1(BaseImageMaker::kVersion), kBaseImageVersion);
        QTRY_COMPARE_WITH_TIMEOUT(welcome->cloudState(u"local"_s),
                                  WelcomePage::CloudState::Ready,
                                  60000);
        QVERIFY(UiTesting::saveScreenshot(&window, u"welcome-base-image-made"_s));

        // The launch dialog no longer offers it.
        const Module app = image(u"lab/app"_s, {}, u"echo up"_s);
        LaunchDialog dialog(app,
                            [](const QString &, std::optional<int>) {
                                return std::optional<Module>();
                            },
                            {CloudConfig::local()});
        QSignalSpy checked(&dialog, &LaunchDialog::baseImageChecked);
        dialog.show();
        QVERIFY(checked.wait(60000));
        QCOMPARE(checked.first().first().toBool(), true);
        QVERIFY(!dialog.baseImageBar()->isVisible());
    }
};

QTEST_MAIN(TestBaseImage)
#include "tst_baseimage.moc"
