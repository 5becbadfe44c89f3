// The welcome page, driven by mouse and keyboard in the main window: an example launched in
// one click on local containers (its run view opens, the run is terminated), recent modules
// and runs that open again, and the clouds with what each still needs: the local base image
// (real Podman), credentials in the keychain (a private Secret Service) and the relay, each
// fixed from the page's own button until the cloud says it is ready.

#include "core/bundle/examplecatalog.h"
#include "core/catalog/catalog.h"
#include "core/paths.h"
#include "core/run/cloudlist.h"
#include "core/run/relaysettings.h"
#include "core/run/runhost.h"
#include "core/secrets/secretstore.h"
#include "core/settings.h"
#include "tests/support/keyringsession.h"
#include "tests/support/podmantesting.h"
#include "tests/support/testprocess.h"
#include "tests/support/uitesting.h"
#include "ui/builddialog.h"
#include "ui/launchdialog.h"
#include "ui/mainwindow.h"
#include "ui/moduleeditor.h"
#include "ui/relaydialog.h"
#include "ui/runs/applicationrunhost.h"
#include "ui/runs/instancelistmodel.h"
#include "ui/runs/rundashboard.h"
#include "ui/runs/runfiltermodel.h"
#include "ui/runs/runlistmodel.h"
#include "ui/runs/runview.h"
#include "ui/runs/terminallauncher.h"
#include "ui/settingsdialog.h"
#include "ui/welcomepage.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace Slipway;
using namespace Slipway::Testing;
using namespace Qt::StringLiterals;

namespace {

void click(QPushButton *button)
{
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
}

QPushButton *buttonNamed(const QList<QPushButton *> &buttons, const QString &name)
{
    for (QPushButton *b : buttons) {
        if (b->objectName() == name)
            return b;
    }
    return nullptr;
}

} // namespace

class TestWelcomePage : public QObject
{
    Q_OBJECT

private:
    KeyringSession m_keyring;
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<Settings> m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        SLIPWAY_REQUIRE_KEYRING();
        SLIPWAY_REQUIRE_PODMAN();
        QString error;
        QVERIFY2(m_keyring.start(&error), qPrintable(error));
        qputenv("SLIPWAY_NO_DIALOGS", "1");
        // The application's own data folder, private to this test.
        qputenv("SLIPWAY_DATA_DIR", m_dir.filePath(u"data"_s).toLocal8Bit());
        QDir().mkpath(Paths::dataDir());
        m_catalog = std::make_unique<Catalog>(m_dir.filePath(u"catalog.sqlite"_s));
        QVERIFY(m_catalog->open());
        QVERIFY(ExampleCatalog::installIfEmpty(*m_catalog));
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.conf"_s));
    }

    void opensOnTheWelcomePage()
    {
        MainWindow window(*m_settings, m_catalog.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WelcomePage *welcome = window.welcomePage();
        QCOMPARE(window.editorArea()->currentWidget(), welcome);
        QVERIFY(buttonNamed(welcome->exampleButtons(), u"Example:examples/hello/hello-world"_s));
        QVERIFY(buttonNamed(welcome->exampleButtons(), u"Example:examples/lamp/lamp-stack"_s));
        QVERIFY(welcome->recentModuleButtons().isEmpty());

        // It leaves when a module opens, comes back when the last tab closes, and lists it.
        QVERIFY(window.openModule(u"examples/hello/hello-world"_s));
        QCOMPARE(window.editorArea()->indexOf(welcome), -1);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keySequence(&window, QKeySequence::Close);
        QCOMPARE(window.editorArea()->currentWidget(), welcome);
        QPushButton *recent = buttonNamed(welcome->recentModuleButtons(),
                                          u"Recent:examples/hello/hello-world"_s);
        QVERIFY(recent);
        click(recent);
        QVERIFY(window.editorOf(u"examples/hello/hello-world"_s));
        QCOMPARE(window.editorArea()->currentWidget(),
                 window.editorOf(u"examples/hello/hello-world"_s));
    }

    void launchesAnExampleInOneClick()
    {
        MainWindow window(*m_settings, m_catalog.get());
        window.resize(1280, 820);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        click(buttonNamed(window.welcomePage()->exampleButtons(),
                          u"Example:examples/hello/hello-world"_s));
        // The run view opens once the runs are hosted, and the run comes up.
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<RunView *>(window.editorArea()->currentWidget()),
                                 60000);
        auto *view = qobject_cast<RunView *>(window.editorArea()->currentWidget());
        const QString run = view->run();
        RunHost *host = window.runHost()->host();
        QVERIFY(host);
        QTRY_COMPARE_WITH_TIMEOUT(host->engine().run(run)->state, u"Ready"_s, 600000);

        // The service URL the server published is a link.
        QTRY_VERIFY(view->serviceLink()->isVisible());
        QVERIFY2(view->serviceLink()->text().contains(u"<a href=\"http://"_s),
                 qPrintable(view->serviceLink()->text()));
        QVERIFY(view->serviceLink()->openExternalLinks());
        // The server's url.ssh: a shell in its container, from the Terminal button.
        QVERIFY(!view->terminalButton()->isEnabled()); // no instance selected
        int server = -1;
        for (int row = 0; row < view->instanceModel()->rowCount(); ++row) {
            if (view->instanceModel()->instanceAt(row).name == u"server.1")
                server = row;
        }
        QVERIFY(server >= 0);
        const QRect cell = view->instancesView()->visualRect(
            view->instanceModel()->index(server, 0));
        QTest::mouseClick(view->instancesView()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(view->shownInstance(), u"server.1"_s);
        QVERIFY(view->terminalButton()->isEnabled());
        const QString ssh = view->sshUrlOf(u"server.1"_s);
        QVERIFY2(ssh.startsWith(u"podman-exec://"_s), qPrintable(ssh));
        // What the terminal runs, run here without one: the page the server serves.
        const QStringList login = loginCommand(ssh, false);
        QCOMPARE(login.mid(0, 3), (QStringList{u"podman"_s, u"exec"_s, u"-i"_s}));
        const ProcessResult shell = runProcess(login.constFirst(),
                                               login.mid(1),
                                               ProcessOptions().withInput(
                                                   "cat /srv/hello/index.html\n"));
        QVERIFY2(shell.succeeded(), shell.transcript().constData());
        QVERIFY2(shell.outText().startsWith(u"Hello from "_s), shell.out.constData());
        UiTesting::saveScreenshot(&window, u"run-view-service-link"_s);
        // The dashboard shows it for the selected run too.
        RunDashboard *dashboard = window.runDashboard();
        window.runsDock()->show();
        window.runsDock()->raise();
        const int row = dashboard->model()->rowOf(run);
        QVERIFY(row >= 0);
        const QModelIndex index = dashboard->filterModel()->mapFromSource(
            dashboard->model()->index(row, 0));
        QTest::mouseClick(dashboard->view()->viewport(),
                          Qt::LeftButton,
                          {},
                          dashboard->view()->visualRect(index).center());
        QTRY_VERIFY(dashboard->serviceLink()->isVisible());
        QVERIFY2(dashboard->serviceLink()->text().contains(u"<a href=\"http://"_s),
                 qPrintable(dashboard->serviceLink()->text()));
        QVERIFY(view->terminateRun());
        QTRY_VERIFY_WITH_TIMEOUT(host->engine().run(run)->terminated, 120000);
        QVERIFY(containersOfRun(run).isEmpty());

        // The run is among the recent ones; its button opens its view again.
        window.editorArea()->setCurrentIndex(0);
        QVERIFY(window.editorArea()->count() >= 1);
        window.showWelcome();
        QPushButton *again = buttonNamed(window.welcomePage()->recentRunButtons(),
                                         u"RecentRun:"_s + run);
        QVERIFY(again);
        QVERIFY(again->text().contains(u"hello-world"_s));
        UiTesting::saveScreenshot(&window, u"welcome-recent"_s);
        click(again);
        QCOMPARE(qobject_cast<RunView *>(window.editorArea()->currentWidget())->run(), run);
    }

    void exampleThatCannotComeUpShowsItsChecksFirst()
    {
        MainWindow window(*m_settings, m_catalog.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bool shown = false;
        UiTesting::onNextDialog([&shown](QDialog *dialog) {
            auto *launch = qobject_cast<LaunchDialog *>(dialog);
            QVERIFY(launch);
            shown = true;
            // The deadlock is named and blocks the launch.
            QVERIFY(launch->checks().hasErrors());
            QVERIFY(!launch->launchButton()->isEnabled());
            dialog->reject();
        });
        click(buttonNamed(window.welcomePage()->exampleButtons(),
                          u"Example:examples/handshake/handshake"_s));
        QVERIFY(shown);
        QCOMPARE(window.editorArea()->currentWidget(), window.welcomePage());
    }

    void buildsAnImageFromTheToolBar()
    {
        MainWindow window(*m_settings, m_catalog.get());
        window.resize(1280, 820);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openModule(u"examples/hello/visitor"_s));
        bool asked = false;
        UiTesting::onNextDialog([&asked](QDialog *dialog) {
            auto *build = qobject_cast<BuildDialog *>(dialog);
            QVERIFY(build);
            QCOMPARE(build->selectedClouds(), QStringList{u"local"_s});
            asked = true;
            QTest::mouseClick(build->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        QTest::mouseClick(window.mainToolBar()->widgetForAction(window.buildAction()),
                          Qt::LeftButton);
        QVERIFY(asked);
        // The build is a run: its view opens, with its log, and it ends Done.
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<RunView *>(window.editorArea()->currentWidget()),
                                 60000);
        auto *view = qobject_cast<RunView *>(window.editorArea()->currentWidget());
        RunHost *host = window.runHost()->host();
        QCOMPARE(host->engine().run(view->run())->kind, u"build"_s);
        QTRY_COMPARE_WITH_TIMEOUT(host->engine().run(view->run())->state, u"Done"_s, 600000);
        const int version = m_catalog->latest(u"examples/hello/visitor"_s)->version;
        const auto built = m_catalog->builtImages(u"examples/hello/visitor"_s, version);
        QVERIFY(built);
        QVERIFY(std::any_of(built->cbegin(), built->cend(), [](const BuiltImage &b) {
            return b.cloud == u"local"_s && !b.imageId.isEmpty();
        }));
        UiTesting::saveScreenshot(&window, u"build-run"_s);
    }

    void cloudsAreFixedFromThePage()
    {
        // Nothing left from an earlier run of this test in its keyring.
        QVERIFY(removeSecretNow(u"lab-openstack"_s, u"password"_s));
        QVERIFY(removeSecretNow(kRelaySecretCloud.toString(), kRelaySecretName.toString()));
        QFile::remove(relaySettingsFile(Paths::dataDir()));
        CloudList clouds;
        CloudConfig openstack;
        openstack.name = u"lab-openstack"_s;
        openstack.kind = u"openstack"_s;
        openstack.settings.insert(u"auth_url"_s, u"https://keystone.lab.test:5000/v3"_s);
        openstack.settings.insert(u"username"_s, u"demo"_s);
        QVERIFY(clouds.add(openstack));
        QVERIFY(clouds.save());

        MainWindow window(*m_settings, m_catalog.get());
        window.resize(1280, 820);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showWelcome();
        WelcomePage *welcome = window.welcomePage();
        const auto settled = [welcome](const QString &cloud) {
            return welcome->cloudState(cloud) != WelcomePage::CloudState::Checking;
        };
        QTRY_VERIFY_WITH_TIMEOUT(settled(u"local"_s) && settled(u"lab-openstack"_s), 30000);
        // Podman and its base image are here (the build root makes it).
        QCOMPARE(welcome->cloudState(u"local"_s), WelcomePage::CloudState::Ready);
        QVERIFY(!welcome->cloudFixButton(u"local"_s));
        QCOMPARE(welcome->cloudState(u"lab-openstack"_s), WelcomePage::CloudState::NeedsAction);
        QString message = welcome->cloudMessage(u"lab-openstack"_s);
        QVERIFY2(message.contains(u"No credentials in the keychain"_s), qPrintable(message));
        QVERIFY2(message.contains(u"relay, which is not set up"_s), qPrintable(message));
        UiTesting::saveScreenshot(&window, u"welcome"_s);

        // Credentials: typed in a hidden field, kept in the keychain.
        QPushButton *fix = welcome->cloudFixButton(u"lab-openstack"_s);
        QVERIFY(fix);
        QCOMPARE(fix->text(), u"Set credentials…"_s);
        bool asked = false;
        UiTesting::onNextDialog([&asked](QDialog *dialog) {
            auto *input = qobject_cast<QInputDialog *>(dialog);
            QVERIFY(input);
            auto *edit = input->findChild<QLineEdit *>();
            QCOMPARE(edit->echoMode(), QLineEdit::Password);
            QTest::keyClicks(edit, u"open-sesame"_s);
            asked = true;
            QTest::keyClick(edit, Qt::Key_Return);
        });
        click(fix);
        QVERIFY(asked);
        QTRY_VERIFY_WITH_TIMEOUT(settled(u"lab-openstack"_s)
                                     && !welcome->cloudMessage(u"lab-openstack"_s)
                                             .contains(u"credentials"_s),
                                 30000);
        const Result<QByteArray> password = readSecretNow(u"lab-openstack"_s, u"password"_s);
        QVERIFY2(password, qPrintable(password.errorMessage()));
        QCOMPARE(*password, QByteArray("open-sesame"));

        // The relay: set up in its dialog, its secret in the keychain.
        fix = welcome->cloudFixButton(u"lab-openstack"_s);
        QVERIFY(fix);
        QCOMPARE(fix->text(), u"Set up the relay…"_s);
        UiTesting::onNextDialog([](QDialog *dialog) {
            auto *relay = qobject_cast<RelayDialog *>(dialog);
            QVERIFY(relay);
            UiTesting::saveScreenshot(relay, u"relay-dialog"_s);
            QTest::keyClicks(relay->nodeUrlEdit(), u"https://relay.lab.test:8443"_s);
            QTest::keyClicks(relay->linkUrlEdit(), u"wss://relay.lab.test:8444/slipway-relay/v1"_s);
            QTest::keyClicks(relay->secretEdit(), u"shared-secret"_s);
            QCOMPARE(relay->secretEdit()->echoMode(), QLineEdit::Password);
            QTest::mouseClick(relay->saveButton(), Qt::LeftButton);
        });
        click(fix);
        QTRY_COMPARE_WITH_TIMEOUT(welcome->cloudState(u"lab-openstack"_s),
                                  WelcomePage::CloudState::Ready,
                                  30000);
        const auto relay = readRelaySettings(relaySettingsFile(Paths::dataDir()));
        QVERIFY(relay && relay->has_value());
        QCOMPARE((*relay)->nodeUrl, u"https://relay.lab.test:8443"_s);
        const Result<QByteArray> shared = readSecretNow(kRelaySecretCloud.toString(),
                                                        kRelaySecretName.toString());
        QVERIFY2(shared, qPrintable(shared.errorMessage()));
        QCOMPARE(*shared, QByteArray("shared-secret"));
        UiTesting::saveScreenshot(&window, u"welcome-ready"_s);
    }

    void settingsEditAndRemoveCloudsAndSetUpTheRelay()
    {
        QTemporaryDir data;
        const QString file = data.filePath(u"clouds.json"_s);
        SettingsDialog dialog(*m_settings, file);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        CloudConfig lab;
        lab.name = u"lab"_s;
        lab.kind = u"openstack"_s;
        lab.settings.insert(u"auth_url"_s, u"https://keystone.lab.test:5000/v3"_s);
        lab.settings.insert(u"username"_s, u"demo"_s);
        QVERIFY(dialog.addCloud(lab));
        QVERIFY(writeSecretNow(u"lab"_s, u"password"_s, "first"));
        // "local" can be edited, never removed.
        dialog.cloudList()->setCurrentRow(0);
        QVERIFY(dialog.editCloudButton()->isEnabled());
        QVERIFY(!dialog.removeCloudButton()->isEnabled());

        // Edit: name and kind kept, a setting and the secret changed.
        const QList<QListWidgetItem *> items = dialog.cloudList()->findItems(u"lab"_s,
                                                                             Qt::MatchStartsWith);
        QCOMPARE(items.size(), 1);
        QTest::mouseClick(dialog.cloudList()->viewport(),
                          Qt::LeftButton,
                          {},
                          dialog.cloudList()->visualItemRect(items.first()).center());
        QVERIFY(dialog.removeCloudButton()->isEnabled());
        UiTesting::onNextDialog([](QDialog *ask) {
            auto *name = ask->findChild<QLineEdit *>(u"CloudName"_s);
            QVERIFY(name && name->isReadOnly());
            QCOMPARE(name->text(), u"lab"_s);
            auto *user = ask->findChild<QLineEdit *>(u"Setting:username"_s);
            QVERIFY(user);
            QCOMPARE(user->text(), u"demo"_s);
            user->selectAll();
            QTest::keyClicks(user, u"alice"_s);
            auto *secret = ask->findChild<QLineEdit *>(u"CloudSecret"_s);
            QVERIFY(secret);
            QCOMPARE(secret->echoMode(), QLineEdit::Password);
            QTest::keyClicks(secret, u"second"_s);
            UiTesting::saveScreenshot(ask, u"settings-edit-cloud"_s);
            ask->accept();
        });
        QTest::mouseClick(dialog.editCloudButton(), Qt::LeftButton);
        QCOMPARE(dialog.cloudStatus()->text(), u"lab updated."_s);
        CloudList saved(file);
        QVERIFY(saved.load());
        QCOMPARE(saved.find(u"lab"_s)->setting(u"username"_s), u"alice"_s);
        QCOMPARE(saved.find(u"lab"_s)->setting(u"auth_url"_s),
                 u"https://keystone.lab.test:5000/v3"_s);
        QTRY_COMPARE(readSecretNow(u"lab"_s, u"password"_s).value(), QByteArray("second"));

        // Remove, after a question: the list and the keychain forget it.
        UiTesting::onNextDialog([](QDialog *question) {
            auto *box = qobject_cast<QMessageBox *>(question);
            QVERIFY(box);
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
        QTest::mouseClick(dialog.removeCloudButton(), Qt::LeftButton);
        QCOMPARE(dialog.cloudStatus()->text(), u"lab removed."_s);
        QVERIFY(dialog.cloudList()->findItems(u"lab"_s, Qt::MatchStartsWith).isEmpty());
        QVERIFY(saved.load());
        QVERIFY(!saved.find(u"lab"_s));
        QTRY_VERIFY(!readSecretNow(u"lab"_s, u"password"_s));

        // The relay, from the settings: relay.json beside clouds.json.
        UiTesting::onNextDialog([](QDialog *d) {
            auto *relay = qobject_cast<RelayDialog *>(d);
            QVERIFY(relay);
            QTest::keyClicks(relay->nodeUrlEdit(), u"https://relay.lab.test:8443"_s);
            QTest::keyClicks(relay->linkUrlEdit(), u"wss://relay.lab.test:8444/slipway-relay/v1"_s);
            QTest::keyClicks(relay->secretEdit(), u"shared"_s);
            QTest::mouseClick(relay->saveButton(), Qt::LeftButton);
        });
        QTest::mouseClick(dialog.relayButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog.cloudStatus()->text().startsWith(u"The relay is set up"_s));
        const auto relay = readRelaySettings(relaySettingsFile(data.path()));
        QVERIFY(relay && relay->has_value());
        QCOMPARE((*relay)->linkUrl.toString(), u"wss://relay.lab.test:8444/slipway-relay/v1"_s);
    }

    void terminalEmulatorOfTheUser()
    {
        // ssh:// with its user and port; an unknown kind gives nothing.
        QCOMPARE(loginCommand(u"ssh://root@10.1.2.3:2222"_s),
                 (QStringList{u"ssh"_s, u"-t"_s, u"-p"_s, u"2222"_s, u"root@10.1.2.3"_s}));
        QCOMPARE(loginCommand(u"docker-exec://run-web-1"_s),
                 (QStringList{u"docker"_s, u"exec"_s, u"-it"_s, u"run-web-1"_s, u"/bin/sh"_s}));
        QVERIFY(loginCommand(u"ftp://host"_s).isEmpty());
        QVERIFY(loginCommand(u"rm-exec://x"_s).isEmpty());
        // $TERMINAL comes first, given the command after -e.
        const QByteArray saved = qgetenv("TERMINAL");
        qputenv("TERMINAL", "sh");
        const QStringList terminal = terminalCommand({u"ssh"_s, u"host"_s});
        qputenv("TERMINAL", saved);
        QCOMPARE(terminal.mid(1), (QStringList{u"-e"_s, u"ssh"_s, u"host"_s}));
        QVERIFY(terminal.constFirst().endsWith(u"/sh"_s));
    }

    void localWithoutItsProgramSaysSo()
    {
        QTemporaryDir data;
        CloudList clouds(data.filePath(u"clouds.json"_s));
        CloudConfig local = CloudConfig::local();
        local.settings.insert(u"executable"_s, data.filePath(u"no-such-podman"_s));
        QVERIFY(clouds.add(local));
        QVERIFY(clouds.save());
        WelcomePage page(*m_settings, data.path());
        page.refresh(m_catalog.get());
        QTRY_VERIFY_WITH_TIMEOUT(page.cloudState(u"local"_s) != WelcomePage::CloudState::Checking,
                                 10000);
        QCOMPARE(page.cloudState(u"local"_s), WelcomePage::CloudState::NeedsAction);
        QVERIFY2(page.cloudMessage(u"local"_s).contains(u"cannot be started"_s),
                 qPrintable(page.cloudMessage(u"local"_s)));
        QVERIFY(page.cloudFixButton(u"local"_s));
    }
};

QTEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"
