// Runs of team-catalog modules from the main window, against a real PostgreSQL server of the
// test's own (tests/support/postgresserver.h), a private keychain and local containers
// (Podman): a team deployment launched with Run → Launch… takes its module, images and
// parents from the team catalog (the local catalog has none of them); the run view shows the
// team catalog and the version, and Update… plans against the team catalog's newer version;
// `slipway-cli run plan` opens the run's remembered connection on its own, and refuses a
// --catalog that is not the run's. A team image built from its editor is recorded in the team
// catalog, through the window's open team catalog; `slipway-cli --catalog team build` does
// the same. Team catalogs open when the window closed
// are opened again at start (password from the keychain), the resumed run's view reads its
// module from there, says plainly when that catalog is closed (the run scales all the same),
// and follows it when it opens again; one that cannot be reached at start is a status bar
// message, never a dialog. Screenshots under $SLIPWAY_SCREENSHOT_DIR: team-run-view.png,
// team-run-update.png, team-run-catalog-closed.png, team-catalog-reopen-failed.png.

#include "core/catalog/catalog.h"
#include "core/catalog/catalogsource.h"
#include "core/paths.h"
#include "core/run/runhost.h"
#include "core/settings.h"
#include "core/storage/postgresbackend.h"
#include "tests/support/keyringsession.h"
#include "tests/support/modulebuilders.h"
#include "tests/support/podmantesting.h"
#include "tests/support/postgresserver.h"
#include "tests/support/testpaths.h"
#include "tests/support/testprocess.h"
#include "tests/support/uitesting.h"
#include "tests/support/windowtesting.h"
#include "ui/builddialog.h"
#include "ui/diagram/deploymentscene.h"
#include "ui/launchdialog.h"
#include "ui/mainwindow.h"
#include "ui/models/catalogmodel.h"
#include "ui/moduleeditor.h"
#include "ui/runs/applicationrunhost.h"
#include "ui/runs/rundashboard.h"
#include "ui/runs/runlistmodel.h"
#include "ui/runs/runparametermodel.h"
#include "ui/runs/runview.h"
#include "ui/runs/updatedialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>

using namespace Slipway;
using namespace Slipway::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString kAlicePassword = u"Al1ce-runs-Pw-5e2a"_s;

#define VERIFY_OK(expression) \
    do { \
        const auto result_ = (expression); \
        QVERIFY2(bool(result_), qPrintable(result_.errorMessage())); \
    } while (false)

} // namespace

class TestTeamRuns : public QObject
{
    Q_OBJECT

    KeyringSession m_keyring;
    PostgresServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_alice; // alice's own connection, as another window of hers
    QString m_run;                    // the team deployment's run, Ready between the tests
    QStringList m_runs;

    PostgresConnection alice() const
    {
        return m_server.tlsConnection(u"alice"_s, u"team"_s, kAlicePassword);
    }
    // The local catalog where slipway-cli finds the runs too.
    static QString localFile() { return Paths::defaultCatalogFile(); }

    static QString state(MainWindow &window, const QString &run)
    {
        const auto record = window.runHost()->host()->engine().run(run);
        return record ? record->state : QString();
    }

    static QModelIndex row(MainWindow &window, const QString &path, const Catalog *catalog)
    {
        return UiTesting::treeRow(window, path, catalog);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("SLIPWAY_NO_DIALOGS", "1");
        SLIPWAY_REQUIRE_PODMAN();
        SLIPWAY_REQUIRE_KEYRING();
        if (PostgresServer::binDir().isEmpty())
            SLIPWAY_SKIP_OR_FAIL("PostgreSQL server (postgresql-17) not installed");
        if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
            SLIPWAY_SKIP_OR_FAIL("Qt's PostgreSQL driver (libqt6sql6-psql) not installed");
        // The settings where the engine and slipway-cli look for the named connections.
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toLocal8Bit());
        qputenv("SLIPWAY_DATA_DIR", m_dir.filePath(u"data"_s).toLocal8Bit());
        QDir().mkpath(Paths::dataDir());
        QString error;
        QVERIFY2(m_keyring.start(&error), qPrintable(error));
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(m_server.makeTeamCatalog(u"team"_s,
                                          {u"CREATE ROLE alice LOGIN PASSWORD '%1'"_s.arg(
                                              kAlicePassword)},
                                          {u"alice"_s},
                                          &error),
                 qPrintable(error));

        // The team's deployment: a node of an image whose parent is the team's base image.
        // None of it is in the local catalog.
        m_alice = std::make_unique<Catalog>(std::make_shared<PostgresBackend>(alice()));
        VERIFY_OK(m_alice->open());
        Module greeter = image(u"lab/greeter"_s,
                               u"lab/debian"_s,
                               u"#!/bin/sh -e\nss-set greeting \"hello from the team\"\n"_s,
                               {output(u"greeting"_s)});
        greeter.image.recipes.set(RecipeKind::Recipe,
                                  u"echo %1 > /etc/slipway-team-build"_s.arg(
                                      QFileInfo(m_dir.path()).fileName()));
        Node greeterNode = node(u"greeter"_s, u"lab/greeter"_s);
        greeterNode.position = QPointF(0, 0);
        for (const Module &m : {Module(image(u"lab/debian"_s, {}, {})),
                                greeter,
                                deployment(u"lab/hello"_s, {greeterNode})})
            VERIFY_OK(m_alice->save(m, u"alice"_s, u"first"_s));
        Catalog local(localFile());
        VERIFY_OK(local.open());
        QVERIFY(!local.contains(u"lab/hello"_s));
        QVERIFY(!local.contains(u"lab/greeter"_s));
    }

    void cleanupTestCase()
    {
        for (const QString &run : std::as_const(m_runs))
            removeRun(run);
        m_alice.reset();
        m_server.stop();
    }

    // A team catalog remembered as open whose server cannot be reached: the window comes up
    // at once and says so in the status bar; no dialog waits for anyone.
    void reopenFailureIsNotADialog()
    {
        Settings settings(m_dir.filePath(u"unreachable.conf"_s));
        PostgresConnection gone = alice();
        gone.port = m_server.port() + 1; // nothing listens there
        gone.password.clear();
        VERIFY_OK(rememberTeamCatalog(settings, u"gone"_s, gone));
        settings.setOpenTeamCatalogs({u"gone"_s});
        settings.sync();
        Catalog local(m_dir.filePath(u"unreachable.sqlite"_s));
        VERIFY_OK(local.open());

        qunsetenv("SLIPWAY_NO_DIALOGS"); // a modal box would show (and block) now
        MainWindow window(settings, &local);
        QSignalSpy failed(&window, &MainWindow::teamCatalogFailed);
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(u"gone"_s));
        qputenv("SLIPWAY_NO_DIALOGS", "1");
        QVERIFY(!QApplication::activeModalWidget());
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(u"not opened again"_s), qPrintable(message));
        QVERIFY2(message.contains(u"Open Team Catalog"_s), qPrintable(message));
        QVERIFY(!window.teamCatalog(u"gone"_s));
        // Still remembered: the next start tries again.
        QCOMPARE(settings.openTeamCatalogs(), QStringList{u"gone"_s});
        QVERIFY(UiTesting::saveScreenshot(&window, u"team-catalog-reopen-failed"_s));
        VERIFY_OK(forgetTeamCatalog(settings, u"gone"_s));
    }

    void launchTeamDeploymentFromTheGui()
    {
        Settings settings(Paths::settingsFile());
        Catalog local(localFile());
        VERIFY_OK(local.open());
        auto window = std::make_unique<MainWindow>(settings, &local);
        window->resize(1280, 820);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QSignalSpy stored(window.get(), &MainWindow::teamPasswordStored);
        QString error;
        Catalog *team = window->openTeamCatalog(u"team"_s, alice(), true, &error);
        QVERIFY2(team, qPrintable(error));
        QTRY_COMPARE(stored.count(), 1);
        QCOMPARE(stored.constFirst().at(1).toBool(), true);
        QCOMPARE(settings.openTeamCatalogs(), QStringList{u"team"_s});

        // The team deployment chosen in the tree, then Run → Launch… from the tool bar.
        const QModelIndex hello = row(*window, u"lab/hello"_s, team);
        QVERIFY(hello.isValid());
        window->catalogView()->setCurrentIndex(hello);
        bool launched = false;
        UiTesting::onNextDialog([&launched](QDialog *dialog) {
            auto *launch = qobject_cast<LaunchDialog *>(dialog);
            if (!launch) {
                dialog->reject();
                return;
            }
            launched = launch->launchButton()->isEnabled();
            QTest::mouseClick(launch->launchButton(), Qt::LeftButton);
        });
        QTest::mouseClick(window->mainToolBar()->widgetForAction(window->launchAction()),
                          Qt::LeftButton);
        QVERIFY(launched);
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<RunView *>(window->editorArea()->currentWidget()),
                                 60000);
        auto *view = qobject_cast<RunView *>(window->editorArea()->currentWidget());
        m_run = view->run();
        m_runs << m_run;
        const QString label = teamCatalogLabel(u"team"_s, alice());
        QCOMPARE(window->runHost()->host()->engine().run(m_run)->catalog, label);
        QTRY_VERIFY_WITH_TIMEOUT(state(*window, m_run) == RunState::Ready
                                     || RunState::isFinal(state(*window, m_run)),
                                 300000);
        QVERIFY2(state(*window, m_run) == RunState::Ready,
                 qPrintable(window->runHost()->host()->engine().run(m_run)->abortReason));
        QTRY_COMPARE(view->parameterModel()->value(u"greeter.1:greeting"_s),
                     u"hello from the team"_s);

        // The view names the team catalog and the version, and draws the team's diagram.
        QVERIFY(view->catalogSource());
        QCOMPARE(view->catalogSource()->text(), u"from the team catalog team"_s);
        QCOMPARE(view->catalogSource()->toolTip(), label);
        QVERIFY(label.startsWith(u"team (postgresql://alice@127.0.0.1"_s));
        QVERIFY(!label.contains(kAlicePassword));
        const QString title = view->findChild<QLabel *>(u"RunTitle"_s)->text();
        QVERIFY2(title.contains(u"lab/hello"_s) && title.contains(u"v1"_s), qPrintable(title));
        QCOMPARE(view->catalog(), team);
        QVERIFY(view->catalogProblem()->isHidden());
        QVERIFY(view->scene());
        QCOMPARE(view->scene()->nodeItems().size(), 1);
        QVERIFY(UiTesting::saveScreenshot(window.get(), u"team-run-view"_s));
        // The dashboard's module says where it came from.
        RunListModel *runs = window->runDashboard()->model();
        QTRY_VERIFY(runs->rowOf(m_run) >= 0);
        const QString tip = runs->index(runs->rowOf(m_run), RunListModel::ModuleColumn)
                                .data(Qt::ToolTipRole)
                                .toString();
        QVERIFY2(tip.contains(label.toHtmlEscaped()), qPrintable(tip));

        // A newer version in the team catalog: slipway-cli run plan and Update… plan against
        // it, and the update applies it.
        Module hello2 = m_alice->latest(u"lab/hello"_s)->module;
        hello2.description = u"says hello twice"_s;
        VERIFY_OK(m_alice->save(hello2, u"alice"_s, u"second"_s));
        Module greeter2 = m_alice->latest(u"lab/greeter"_s)->module;
        greeter2.image.recipes.execute = u"#!/bin/sh -e\nss-set greeting \"hello again\"\n"_s;
        VERIFY_OK(m_alice->save(greeter2, u"alice"_s, u"second"_s));
        // The CLI finds the run's catalog on its own: the remembered connection, its password
        // from the keychain.
        const ProcessResult plan = runProcess(cliProgram(), {u"run"_s, u"plan"_s, m_run});
        QVERIFY2(plan.exitCode == 0, plan.transcript().constData());
        QVERIFY2(plan.outText().contains(u"greeter"_s), qPrintable(plan.outText()));
        QVERIFY2(plan.outText().contains(u"rerun-execute"_s), qPrintable(plan.outText()));
        const ProcessResult json = runProcess(cliProgram(),
                                              {u"--json"_s, u"run"_s, u"plan"_s, m_run});
        QVERIFY2(json.exitCode == 0, json.transcript().constData());
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value(u"toVersion"_s).toInt(), 2);
        // Named as the run's catalog, the same; another catalog is refused, saying which.
        const ProcessResult named
            = runProcess(cliProgram(), {u"--catalog"_s, u"team"_s, u"run"_s, u"plan"_s, m_run});
        QVERIFY2(named.exitCode == 0, named.transcript().constData());
        const ProcessResult other
            = runProcess(cliProgram(),
                         {u"--catalog"_s,
                          m_server.tlsConnection(u"alice"_s, u"postgres"_s, {}).url(),
                          u"run"_s,
                          u"plan"_s,
                          m_run});
        QVERIFY2(other.exitCode != 0, other.transcript().constData());
        QVERIFY2(other.errText().contains(u"came from the team catalog "_s + label),
                 qPrintable(other.errText()));

        QTRY_VERIFY(view->updateButton()->isEnabled());
        QStringList planned;
        int target = 0;
        UiTesting::onNextDialog([&](QDialog *dialog) {
            auto *update = qobject_cast<UpdateDialog *>(dialog);
            if (!update) {
                dialog->reject();
                return;
            }
            target = update->targetVersion();
            if (update->plan())
                for (const NodeUpdate &n : update->plan()->nodes)
                    planned << n.node + u'=' + updateActionName(n.action);
            else
                planned << update->messageLabel()->text();
            UiTesting::saveScreenshot(update, u"team-run-update"_s);
            QTest::mouseClick(update->applyButton(), Qt::LeftButton);
        });
        QTest::mouseClick(view->updateButton(), Qt::LeftButton);
        QCOMPARE(target, 2);
        QCOMPARE(planned, QStringList{u"greeter=rerun-execute"_s});
        // Applied: the run runs the team's version 2, and the view follows it.
        const auto versionOf = [&] {
            return window->runHost()->host()->engine().run(m_run)->moduleVersion;
        };
        QTRY_VERIFY_WITH_TIMEOUT(versionOf() == 2 && state(*window, m_run) == RunState::Ready,
                                 300000);
        QTRY_COMPARE(view->parameterModel()->value(u"greeter.1:greeting"_s), u"hello again"_s);
        QTRY_VERIFY(view->findChild<QLabel *>(u"RunTitle"_s)->text().contains(u"v2"_s));
        QVERIFY(view->scene());

        // Closing the window leaves the run going (and the team catalog remembered as open).
        window.reset();
        QCOMPARE(Settings(Paths::settingsFile()).openTeamCatalogs(), QStringList{u"team"_s});
    }

    void reopenedAtStartAndTheResumedRunReadsIt()
    {
        QVERIFY2(!m_run.isEmpty(), "launchTeamDeploymentFromTheGui did not launch its run");
        Settings settings(Paths::settingsFile());
        Catalog local(localFile());
        VERIFY_OK(local.open());
        MainWindow window(settings, &local);
        QSignalSpy opened(&window, &MainWindow::teamCatalogOpened);
        window.resize(1280, 820);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Opened again without being asked, the password from the keychain.
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
        Catalog *team = window.teamCatalog(u"team"_s);
        QVERIFY(team);
        QVERIFY(window.catalogModel()->indexOf(u"lab/hello"_s, team).isValid());
        // The run left Ready is served again.
        QTRY_VERIFY_WITH_TIMEOUT(window.runHost()->host(), 60000);
        QTRY_COMPARE(state(window, m_run), RunState::Ready.toString());

        RunView *view = window.openRun(m_run);
        QVERIFY(view);
        QCOMPARE(view->catalog(), team);
        QVERIFY(view->scene());
        QVERIFY(view->catalogProblem()->isHidden());
        QVERIFY(view->updateButton()->isEnabled());

        // Its catalog closed: the view says which one and how to open it, and cannot update.
        QVERIFY(window.closeTeamCatalog(u"team"_s));
        QCOMPARE(view->catalog(), nullptr);
        QVERIFY(!view->scene());
        QVERIFY(!view->catalogProblem()->isHidden());
        const QString problem = view->catalogProblem()->text();
        QVERIFY2(problem.contains(u"team (postgresql://alice@127.0.0.1"_s), qPrintable(problem));
        QVERIFY2(problem.contains(u"File → Open Team Catalog…"_s), qPrintable(problem));
        QVERIFY2(problem.contains(u"<a href=\"open\">open it</a>"_s), qPrintable(problem));
        QVERIFY(!view->updateButton()->isEnabled());
        QVERIFY(settings.openTeamCatalogs().isEmpty());
        QVERIFY(UiTesting::saveScreenshot(&window, u"team-run-catalog-closed"_s));
        // Scaling needs no catalog (the run's plan holds the node): it goes on meanwhile.
        VERIFY_OK(view->scaleNode(u"greeter"_s, 1));
        const auto liveGreeters = [&] {
            int live = 0;
            for (const InstanceRecord &i : window.runHost()->host()->engine().instances(m_run))
                live += i.state == InstanceState::Ready ? 1 : 0;
            return live;
        };
        QTRY_VERIFY_WITH_TIMEOUT(state(window, m_run) == RunState::Ready.toString()
                                     && liveGreeters() == 2,
                                 180000);
        // A run view opened now says the same.
        window.editorArea()->removeTab(window.editorArea()->indexOf(view));
        delete view;
        view = window.openRun(m_run);
        QVERIFY(view);
        QVERIFY(!view->catalogProblem()->isHidden());

        // Opened again from the view's link (the remembered connection, the keychain's
        // password): the view reads it.
        Q_EMIT view->catalogProblem()->linkActivated(u"open"_s);
        QTRY_VERIFY(window.teamCatalog(u"team"_s));
        QCOMPARE(view->catalog(), window.teamCatalog(u"team"_s));
        QVERIFY(view->scene());
        QCOMPARE(view->scene()->nodeItems().size(), 1);
        QVERIFY(view->catalogProblem()->isHidden());
        QCOMPARE(settings.openTeamCatalogs(), QStringList{u"team"_s});

        VERIFY_OK(view->terminateRun());
        QTRY_VERIFY_WITH_TIMEOUT(RunState::isFinal(state(window, m_run)), 180000);
    }

    // A team image built from its editor: the build run records the team catalog, and the
    // built image is recorded there, through the window's open team catalog: here the
    // settings slipway-cli and the engine read on their own know no connection to it, and
    // the keychain has no password for it.
    void buildTeamImageFromItsEditor()
    {
        const QByteArray configHome = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"empty-config"_s).toLocal8Bit());
        const auto restore = qScopeGuard([&] { qputenv("XDG_CONFIG_HOME", configHome); });
        Settings settings(m_dir.filePath(u"build.conf"_s));
        Catalog local(localFile());
        VERIFY_OK(local.open());
        MainWindow window(settings, &local);
        window.resize(1280, 820);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        Catalog *team = window.openTeamCatalog(u"builders"_s, alice(), false, &error);
        QVERIFY2(team, qPrintable(error));
        ModuleEditor *editor = window.openModule(u"lab/greeter"_s, team);
        QVERIFY(editor);
        bool offered = false;
        UiTesting::onNextDialog([&offered](QDialog *dialog) {
            auto *build = qobject_cast<BuildDialog *>(dialog);
            if (!build) {
                dialog->reject();
                return;
            }
            QListWidget *list = build->cloudList();
            for (int i = 0; i < list->count(); ++i) {
                QListWidgetItem *item = list->item(i);
                if (item->data(Qt::UserRole).toString() != u"local")
                    continue;
                offered = true;
                item->setCheckState(Qt::Checked);
            }
            QTest::mouseClick(build->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        QTest::mouseClick(editor->buildButton(), Qt::LeftButton);
        QVERIFY(offered);
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<RunView *>(window.editorArea()->currentWidget()),
                                 60000);
        auto *view = qobject_cast<RunView *>(window.editorArea()->currentWidget());
        const QString run = view->run();
        m_runs << run;
        QCOMPARE(window.runHost()->host()->engine().run(run)->catalog,
                 teamCatalogLabel(u"builders"_s, alice()));
        QTRY_VERIFY_WITH_TIMEOUT(RunState::isFinal(state(window, run)), 600000);
        QVERIFY2(state(window, run) == RunState::Done.toString(),
                 qPrintable(window.runHost()->host()->engine().run(run)->abortReason));
        const int version = m_alice->latest(u"lab/greeter"_s)->version;
        const auto built = m_alice->builtImages(u"lab/greeter"_s, version);
        QVERIFY2(built, qPrintable(built.errorMessage()));
        QCOMPARE(built->size(), 1);
        QCOMPARE(built->constFirst().cloud, u"local"_s);
        // Not in the local catalog, which has no such image.
        QVERIFY(!local.contains(u"lab/greeter"_s));
    }

    // The same from slipway-cli: `--catalog team build` takes the image from the team catalog
    // (the remembered connection, the keychain's password); the build run records the team
    // catalog and the built image is recorded there.
    void cliBuildsATeamImage()
    {
        Module greeter = m_alice->latest(u"lab/greeter"_s)->module;
        greeter.description = u"built by slipway-cli"_s;
        VERIFY_OK(m_alice->save(greeter, u"alice"_s, u"third"_s));
        const int version = m_alice->latest(u"lab/greeter"_s)->version;
        const ProcessResult built
            = runProcess(cliProgram(),
                         {u"--catalog"_s, u"team"_s, u"--json"_s, u"build"_s, u"lab/greeter"_s},
                         ProcessOptions{}.withTimeout(600000));
        QVERIFY2(built.exitCode == 0, built.transcript().constData());
        const QJsonObject result = QJsonDocument::fromJson(built.out).object();
        QCOMPARE(result.value(u"version"_s).toInt(), version);
        const QString run = result.value(u"run"_s).toString();
        m_runs << run;
        const ProcessResult shown = runProcess(cliProgram(),
                                               {u"--json"_s, u"run"_s, u"show"_s, run});
        QVERIFY2(shown.exitCode == 0, shown.transcript().constData());
        QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(u"catalog"_s).toString(),
                 teamCatalogLabel(u"team"_s, alice()));
        const auto recorded = m_alice->builtImages(u"lab/greeter"_s, version);
        QVERIFY2(recorded, qPrintable(recorded.errorMessage()));
        QCOMPARE(recorded->size(), 1);
        QCOMPARE(recorded->constFirst().imageId, result.value(u"imageId"_s).toString());
    }
};

QTEST_MAIN(TestTeamRuns)
#include "tst_teamruns.moc"
