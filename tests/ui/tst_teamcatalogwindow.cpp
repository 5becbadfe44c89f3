// The team catalog in the main window, against a real PostgreSQL server of the test's own
// (tests/support/postgresserver.h) and a private keychain (tests/support/keyringsession.h):
// File → Open Team Catalog… remembers the connection with its password in the keychain only;
// the local and the team catalog side by side in the tree, a team module edited and saved
// through the same editor; another member's saves, moves and deletions appearing live, and an
// open editor offering to reload a newer version; "Publish to Team Catalog" from the tree's
// context menu and from the local Authorization tab; the team Authorization tab editable by
// the owner only. Screenshots under $SLIPWAY_SCREENSHOT_DIR: team-catalog-dialog.png,
// team-catalog-dialog-remembered.png, team-catalog.png, team-catalog-newer-version.png, local-authorization.png,
// team-authorization-readonly.png.
//
// Roles: alice and bob log in with passwords and belong to slipway_members; bob is in the
// group role devs, which the shared modules' grids name.

#include "core/catalog/catalog.h"
#include "core/catalog/catalogsource.h"
#include "core/secrets/secretstore.h"
#include "core/settings.h"
#include "core/storage/postgresbackend.h"
#include "tests/support/keyringsession.h"
#include "tests/support/postgresserver.h"
#include "tests/support/secretleaks.h"
#include "tests/support/testpaths.h"
#include "tests/support/uitesting.h"
#include "tests/support/windowtesting.h"
#include "ui/authorizationeditor.h"
#include "ui/document.h"
#include "ui/mainwindow.h"
#include "ui/models/catalogmodel.h"
#include "ui/moduleeditor.h"
#include "ui/teamcatalogdialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Slipway;
using namespace Slipway::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString kAlicePassword = u"Al1ce-team-Pw-7f3c"_s;
const QString kBobPassword = u"B0b-team-Pw-2d9e"_s;

#define VERIFY_OK(expression) \
    do { \
        const auto result_ = (expression); \
        QVERIFY2(bool(result_), qPrintable(result_.errorMessage())); \
    } while (false)

// The shared grid: the devs group may get, edit, delete and create children.
Authorization sharedGrid()
{
    Authorization a;
    a.groupMembers = {u"devs"_s};
    a.groupRights = Rights(Right::Get) | Right::Edit | Right::Delete | Right::CreateChildren;
    return a;
}

Module image(const QString &path, const QString &description, const QString &parent = {})
{
    Module m;
    m.path = path;
    m.kind = ModuleKind::Image;
    m.description = description;
    if (parent.isEmpty()) {
        m.image.native = true;
        m.image.imageIds.append({u"local"_s, u"debian:13"_s, {}});
    } else {
        m.image.parent = parent;
    }
    return m;
}

// The names of the rows under parent that the model holds now (without reading more).
QStringList rowNames(const QAbstractItemModel *model, const QModelIndex &parent)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(parent); ++row)
        names << model->index(row, 0, parent).data().toString();
    return names;
}

QLineEdit *edit(QWidget *dialog, const QString &name)
{
    return dialog->findChild<QLineEdit *>(name);
}

// Types text into an empty line edit as a user would.
void type(QLineEdit *field, const QString &text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, text);
}

} // namespace

class TestTeamCatalogWindow : public QObject
{
    Q_OBJECT

    KeyringSession m_keyring;
    PostgresServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_bob; // the other member, on a connection of his own

    PostgresConnection alice() const
    {
        return m_server.tlsConnection(u"alice"_s, u"team"_s, kAlicePassword);
    }

    // A window on a fresh local catalog with the team catalog open as alice.
    struct Window
    {
        QTemporaryDir dir;
        std::unique_ptr<Settings> settings;
        std::unique_ptr<Catalog> local;
        std::unique_ptr<MainWindow> window;
        Catalog *team = nullptr;
    };
    std::unique_ptr<Window> windowWithTeam()
    {
        auto w = std::make_unique<Window>();
        w->settings = std::make_unique<Settings>(w->dir.filePath(u"slipway.conf"_s));
        w->local = std::make_unique<Catalog>(w->dir.filePath(u"catalog.sqlite"_s));
        if (!w->local->open())
            return nullptr;
        w->window = std::make_unique<MainWindow>(*w->settings, w->local.get());
        w->window->resize(1200, 760);
        w->window->show();
        if (!QTest::qWaitForWindowExposed(w->window.get()))
            return nullptr;
        QString error;
        w->team = w->window->openTeamCatalog(u"team"_s, alice(), false, &error);
        if (!w->team)
            qWarning() << error;
        return w;
    }

    static QModelIndex row(MainWindow &window, const QString &path, const Catalog *catalog)
    {
        return UiTesting::treeRow(window, path, catalog);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("SLIPWAY_NO_DIALOGS", "1");
        SLIPWAY_REQUIRE_KEYRING();
        if (PostgresServer::binDir().isEmpty())
            SLIPWAY_SKIP_OR_FAIL("PostgreSQL server (postgresql-17) not installed");
        if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
            SLIPWAY_SKIP_OR_FAIL("Qt's PostgreSQL driver (libqt6sql6-psql) not installed");
        QString error;
        QVERIFY2(m_keyring.start(&error), qPrintable(error));
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(m_server.makeTeamCatalog(u"team"_s,
                                          {u"CREATE ROLE devs NOLOGIN"_s,
                                           u"CREATE ROLE alice LOGIN PASSWORD '%1'"_s.arg(
                                               kAlicePassword),
                                           u"CREATE ROLE bob LOGIN PASSWORD '%1' IN ROLE devs"_s.arg(
                                               kBobPassword)},
                                          {u"alice"_s, u"bob"_s},
                                          &error),
                 qPrintable(error));

        // alice's shared project and image, which the devs (bob) may edit.
        Catalog aliceCatalog(std::make_shared<PostgresBackend>(alice()));
        VERIFY_OK(aliceCatalog.open());
        Module shared;
        shared.path = u"shared"_s;
        shared.kind = ModuleKind::Project;
        shared.authz = sharedGrid();
        VERIFY_OK(aliceCatalog.save(shared, u"alice"_s, u"the team's project"_s));
        Module web = image(u"shared/web"_s, u"Apache"_s);
        web.authz = sharedGrid();
        VERIFY_OK(aliceCatalog.save(web, u"alice"_s, u"first"_s));

        m_bob = std::make_unique<Catalog>(std::make_shared<PostgresBackend>(
            m_server.tlsConnection(u"bob"_s, u"team"_s, kBobPassword)));
        VERIFY_OK(m_bob->open());
    }

    void cleanupTestCase()
    {
        m_bob.reset();
        m_server.stop();
    }

    void openDialogKeepsThePasswordInTheKeychainOnly()
    {
        Settings settings(m_dir.filePath(u"dialog.conf"_s));
        Catalog local(m_dir.filePath(u"dialog.sqlite"_s));
        VERIFY_OK(local.open());
        MainWindow window(settings, &local);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy stored(&window, &MainWindow::teamPasswordStored);

        // File → Open Team Catalog…, filled in with the keyboard.
        bool filled = false;
        UiTesting::onNextDialog([&](QDialog *dialog) {
            auto *team = qobject_cast<TeamCatalogDialog *>(dialog);
            if (!team) {
                dialog->reject();
                return;
            }
            type(edit(dialog, u"TeamCatalogName"_s), u"team"_s);
            type(edit(dialog, u"TeamCatalogHost"_s), u"127.0.0.1"_s);
            auto *port = dialog->findChild<QSpinBox *>(u"TeamCatalogPort"_s);
            port->setFocus();
            port->selectAll();
            QTest::keyClicks(port, QString::number(m_server.port()));
            type(edit(dialog, u"TeamCatalogDatabase"_s), u"team"_s);
            type(edit(dialog, u"TeamCatalogUser"_s), u"alice"_s);
            type(edit(dialog, u"TeamCatalogCaFile"_s), m_server.caFile());
            type(edit(dialog, u"TeamCatalogPassword"_s), kAlicePassword);
            filled = team->openButton()->isEnabled()
                     && edit(dialog, u"TeamCatalogPassword"_s)->echoMode() == QLineEdit::Password;
            UiTesting::saveScreenshot(dialog, u"team-catalog-dialog"_s);
            QTest::mouseClick(team->openButton(), Qt::LeftButton);
        });
        window.openTeamCatalogAction()->trigger();
        QVERIFY(filled);
        Catalog *team = window.teamCatalog(u"team"_s);
        QVERIFY2(team, qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(window.catalogModel()->teamCatalogs().size(), 1);
        QCOMPARE(window.catalogModel()->teamCatalogs().value(0), team);
        QTRY_COMPARE_WITH_TIMEOUT(stored.count(), 1, 30000);
        QCOMPARE(stored.at(0).at(1).toBool(), true);

        // Remembered by name, without the password; the password is in the keychain.
        settings.sync();
        const auto remembered = teamCatalogConnection(settings, u"team"_s, false);
        QVERIFY2(remembered, qPrintable(remembered.errorMessage()));
        const QString url = remembered->url();
        QVERIFY2(url.startsWith(u"postgresql://alice@127.0.0.1:"_s), qPrintable(url));
        QVERIFY(url.contains(u"sslrootcert="_s));
        QVERIFY(!url.contains(kAlicePassword));
        const Result<QByteArray> secret = readSecretNow(kTeamCatalogSecrets.toString(), u"team"_s);
        QVERIFY2(secret, qPrintable(secret.errorMessage()));
        QCOMPARE(*secret, kAlicePassword.toUtf8());
        // Nowhere else: not in the settings, not in the home folder (the keyring's own
        // encrypted store aside).
        const LeakScan scan = scanForSecret({m_dir.path(), QDir::homePath()},
                                            kAlicePassword.toUtf8(),
                                            {u"/keyrings/"_s});
        QVERIFY(scan.files > 0);
        QVERIFY2(scan.leaks.isEmpty(), qPrintable(scan.leaks.join(u'\n')));

        // Closed and opened again from the list of remembered connections: the password
        // comes from the keychain.
        QVERIFY(window.closeTeamCatalog(u"team"_s));
        QVERIFY(window.catalogModel()->teamCatalogs().isEmpty());
        QSignalSpy opened(&window, &MainWindow::teamCatalogOpened);
        bool listed = false;
        UiTesting::onNextDialog([&](QDialog *dialog) {
            auto *team = qobject_cast<TeamCatalogDialog *>(dialog);
            if (!team) {
                dialog->reject();
                return;
            }
            QListWidget *list = team->rememberedList();
            const auto items = list->findItems(u"team"_s, Qt::MatchExactly);
            listed = items.size() == 1;
            if (!listed) {
                dialog->reject();
                return;
            }
            QTest::mouseClick(list->viewport(),
                              Qt::LeftButton,
                              {},
                              list->visualItemRect(items.first()).center());
            listed = edit(dialog, u"TeamCatalogUser"_s)->text() == u"alice"_s
                     && edit(dialog, u"TeamCatalogPassword"_s)->text().isEmpty();
            UiTesting::saveScreenshot(dialog, u"team-catalog-dialog-remembered"_s);
            QTest::mouseClick(team->openButton(), Qt::LeftButton);
        });
        window.openTeamCatalogAction()->trigger();
        QVERIFY(listed);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
        QVERIFY(window.teamCatalog(u"team"_s));
        QVERIFY(window.teamCatalog(u"team"_s)->isOpen());
    }

    void bothCatalogsSideBySide()
    {
        auto w = windowWithTeam();
        QVERIFY(w && w->team);
        MainWindow &window = *w->window;
        VERIFY_OK(w->local->save(image(u"local/base"_s, u"Debian"_s), u"alice"_s, u"mine"_s));
        window.catalogModel()->reload();

        // Two roots: the local catalog first, then the team catalog by its name.
        QCOMPARE(window.catalogProxy()->rowCount(), 2);
        const QModelIndex localRoot = window.catalogProxy()->index(0, 0);
        const QModelIndex teamRoot = window.catalogProxy()->index(1, 0);
        QCOMPARE(localRoot.data().toString(), u"Local catalog"_s);
        QCOMPARE(teamRoot.data().toString(), u"team"_s);
        QVERIFY(teamRoot.data(CatalogModel::IsCatalogRootRole).toBool());
        QCOMPARE(teamRoot.data(CatalogModel::CatalogRole).value<Catalog *>(), w->team);
        QVERIFY(row(window, u"local/base"_s, w->local.get()).isValid());
        QVERIFY(!window.catalogModel()->indexOf(u"shared/web"_s).isValid()); // not local

        // A double click opens the team module in the same editor as a local one.
        const QModelIndex web = row(window, u"shared/web"_s, w->team);
        QVERIFY(web.isValid());
        QTRY_VERIFY(window.catalogView()->viewport()->rect().contains(
            window.catalogView()->visualRect(web).center()));
        // A double click: press and release, then the double-click (which QTest sends alone).
        QTest::mouseClick(window.catalogView()->viewport(),
                          Qt::LeftButton,
                          {},
                          window.catalogView()->visualRect(web).center());
        QTest::mouseDClick(window.catalogView()->viewport(),
                           Qt::LeftButton,
                           {},
                           window.catalogView()->visualRect(web).center());
        QCOMPARE(window.catalogView()->indexAt(window.catalogView()->visualRect(web).center()), web);
        ModuleEditor *editor = window.editorOf(u"shared/web"_s, w->team);
        QVERIFY2(editor, qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(&editor->document()->catalog(), w->team);
        QVERIFY(!window.editorOf(u"shared/web"_s)); // not the local catalog's

        // Edited and saved with the keyboard and the Save action.
        editor->descriptionEdit()->setFocus();
        editor->descriptionEdit()->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor->descriptionEdit(), u" with TLS"_s);
        QVERIFY(editor->document()->isModified());
        QVERIFY(window.saveCurrent(u"TLS by alice"_s));
        const auto saved = m_bob->latest(u"shared/web"_s);
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
        QCOMPARE(saved->module.description, u"Apache with TLS"_s);
        QCOMPARE(saved->author, u"alice"_s);
        QCOMPARE(saved->comment, u"TLS by alice"_s);

        row(window, u"local/base"_s, w->local.get());
        window.catalogView()->setCurrentIndex(row(window, u"shared/web"_s, w->team));
        QVERIFY(UiTesting::saveScreenshot(&window, u"team-catalog"_s));
    }

    void othersChangesAppearLive()
    {
        auto w = windowWithTeam();
        QVERIFY(w && w->team);
        MainWindow &window = *w->window;
        // A model of its own on the same catalogs, checked by QAbstractItemModelTester
        // through every merge (the window's tree is also read by its view and proxy, which
        // fetch rows while a reset is announced, before a tester could look).
        CatalogModel model(w->local.get());
        model.addCatalog(w->team, u"team"_s);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QPersistentModelIndex modelShared = model.indexOf(u"shared"_s, w->team);
        QVERIFY(modelShared.isValid());
        QSignalSpy modelResets(&model, &QAbstractItemModel::modelReset);
        ModuleEditor *editor = window.openModule(u"shared/web"_s, w->team);
        QVERIFY(editor);
        const int opened = editor->document()->version();
        const QModelIndex web = row(window, u"shared/web"_s, w->team);
        const QPersistentModelIndex shared = web.parent();
        QVERIFY(window.catalogView()->isExpanded(shared));
        QSignalSpy resets(window.catalogModel(), &QAbstractItemModel::modelReset);
        const QAbstractItemModel *tree = window.catalogProxy();

        // bob creates a module: it appears under the expanded branch, merged, not reset.
        Module fresh = image(u"shared/fresh"_s, u"bob's"_s);
        fresh.authz = sharedGrid();
        fresh.authz.isPublic = true; // so that alice sees it
        VERIFY_OK(m_bob->save(fresh, u"bob"_s, u"new"_s));
        QTRY_VERIFY_WITH_TIMEOUT(rowNames(tree, shared).contains(u"fresh"_s), 20000);
        QTRY_VERIFY(rowNames(&model, modelShared).contains(u"fresh"_s));
        ModuleEditor *freshEditor = window.openModule(u"shared/fresh"_s, w->team);
        QVERIFY(freshEditor);
        // bob moves it (alice's editor of it says so), then deletes it.
        VERIFY_OK(m_bob->move(u"shared/fresh"_s, u"shared/renamed"_s, u"bob"_s));
        QTRY_VERIFY_WITH_TIMEOUT(rowNames(tree, shared).contains(u"renamed"_s), 20000);
        QVERIFY(!rowNames(tree, shared).contains(u"fresh"_s));
        QTRY_VERIFY(freshEditor->newerVersionBar()->isVisibleTo(freshEditor));
        QVERIFY2(freshEditor->newerVersionLabel()->text().contains(u"moved or deleted"_s),
                 qPrintable(freshEditor->newerVersionLabel()->text()));
        QVERIFY(!freshEditor->reloadButton()->isVisibleTo(freshEditor));
        QVERIFY(window.closeEditor(window.editorArea()->indexOf(freshEditor)));
        window.openModule(u"shared/web"_s, w->team);
        VERIFY_OK(m_bob->remove(u"shared/renamed"_s, u"bob"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!rowNames(tree, shared).contains(u"renamed"_s), 20000);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(modelResets.count(), 0);
        QVERIFY(modelShared.isValid());
        QCOMPARE(rowNames(&model, modelShared), QStringList{u"web"_s});
        QVERIFY(window.catalogView()->isExpanded(shared));

        // bob saves the module alice has open: her editor says so and reloads on a click.
        Module bobs = m_bob->latest(u"shared/web"_s)->module;
        bobs.description = u"Apache, tuned by bob"_s;
        VERIFY_OK(m_bob->save(bobs, u"bob"_s, u"tuning"_s));
        QTRY_VERIFY_WITH_TIMEOUT(editor->newerVersionBar()->isVisible(), 20000);
        QVERIFY2(editor->newerVersionLabel()->text().contains(u"bob"_s),
                 qPrintable(editor->newerVersionLabel()->text()));
        QVERIFY(editor->newerVersionLabel()->text().contains(QString::number(opened + 1)));
        QVERIFY(UiTesting::saveScreenshot(&window, u"team-catalog-newer-version"_s));
        QTest::mouseClick(editor->reloadButton(), Qt::LeftButton);
        QCOMPARE(editor->document()->version(), opened + 1);
        QCOMPARE(editor->descriptionEdit()->toPlainText(), u"Apache, tuned by bob"_s);
        QVERIFY(!editor->newerVersionBar()->isVisible());
    }

    void publishFromTheTreeAndTheAuthorizationTab()
    {
        auto w = windowWithTeam();
        QVERIFY(w && w->team);
        MainWindow &window = *w->window;
        VERIFY_OK(w->local->save(image(u"mine/base"_s, u"Debian"_s), u"alice"_s, u"base 1"_s));
        Module base = image(u"mine/base"_s, u"Debian with our mirror"_s);
        VERIFY_OK(w->local->save(base, u"alice"_s, u"base 2"_s));
        VERIFY_OK(w->local->save(image(u"mine/web"_s, u"Apache"_s, u"mine/base"_s),
                                 u"alice"_s,
                                 u"web 1"_s));
        window.catalogModel()->reload();

        // The context menu of a local module: Publish to Team Catalog.
        const QModelIndex web = row(window, u"mine/web"_s, w->local.get());
        QVERIFY(web.isValid());
        bool offered = false;
        QTimer::singleShot(100, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            QAction *publish = menu->findChild<QAction *>(u"PublishAction"_s);
            offered = publish && publish->isEnabled();
            menu->close();
            if (offered)
                publish->trigger();
        });
        const QPoint at = window.catalogView()->visualRect(web).center();
        Q_EMIT window.catalogView()->customContextMenuRequested(at);
        QVERIFY(offered);
        // With its history and its parent.
        QTRY_VERIFY(w->team->contains(u"mine/web"_s));
        QVERIFY(w->team->contains(u"mine/base"_s));
        QCOMPARE(w->team->history(u"mine/base"_s)->size(), 2);
        QCOMPARE(w->team->latest(u"mine/base"_s)->module.authz.owner, u"alice"_s);
        QVERIFY(row(window, u"mine/web"_s, w->team).isValid());

        // The other way: a team module copied to the local catalog from its context menu.
        const QModelIndex shared = row(window, u"shared/web"_s, w->team);
        QVERIFY(shared.isValid());
        bool copyOffered = false;
        QTimer::singleShot(100, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            QAction *copy = menu->findChild<QAction *>(u"CopyToLocalAction"_s);
            copyOffered = copy != nullptr;
            menu->close();
            if (copy)
                copy->trigger();
        });
        Q_EMIT window.catalogView()->customContextMenuRequested(
            window.catalogView()->visualRect(shared).center());
        QVERIFY(copyOffered);
        QVERIFY2(w->local->contains(u"shared/web"_s),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(w->local->history(u"shared/web"_s)->size(),
                 w->team->history(u"shared/web"_s)->size());

        // The local Authorization tab says the local catalog enforces nothing and publishes.
        VERIFY_OK(w->local->save(image(u"mine/db"_s, u"PostgreSQL"_s), u"alice"_s, u"db"_s));
        ModuleEditor *editor = window.openModule(u"mine/db"_s);
        QVERIFY(editor);
        AuthorizationEditor *authz = editor->authorization();
        QTest::mouseClick(editor->tabs()->tabBar(),
                          Qt::LeftButton,
                          {},
                          editor->tabs()->tabBar()->tabRect(editor->tabs()->indexOf(authz)).center());
        QCOMPARE(editor->tabs()->currentWidget(), authz);
        QVERIFY(authz->noticeLabel()->isVisible());
        QVERIFY2(authz->noticeLabel()->text().contains(u"enforces nothing"_s),
                 qPrintable(authz->noticeLabel()->text()));
        QVERIFY(authz->publishButton());
        QVERIFY(authz->isEditable());
        QVERIFY(UiTesting::saveScreenshot(&window, u"local-authorization"_s));
        QTest::mouseClick(authz->publishButton(), Qt::LeftButton);
        QVERIFY(w->team->contains(u"mine/db"_s));
    }

    void teamAuthorizationTabOwnerOnly()
    {
        auto w = windowWithTeam();
        QVERIFY(w && w->team);
        MainWindow &window = *w->window;

        // alice owns shared/web: she edits the real grid.
        ModuleEditor *editor = window.openModule(u"shared/web"_s, w->team);
        QVERIFY(editor);
        AuthorizationEditor *mine = editor->authorization();
        editor->tabs()->setCurrentWidget(mine);
        QVERIFY(mine->isEditable());
        QVERIFY(!mine->publishButton());
        QVERIFY(mine->ownerEdit()->isReadOnly()); // set by the server, never changed
        QCOMPARE(mine->ownerEdit()->text(), u"alice"_s);
        QCheckBox *isPublic = mine->publicBox();
        QVERIFY(isPublic->isEnabled());
        QVERIFY(!isPublic->isChecked());
        QTest::mouseClick(isPublic, Qt::LeftButton, {}, QPoint(4, isPublic->height() / 2));
        QVERIFY(isPublic->isChecked());
        QVERIFY(window.saveCurrent(u"public"_s));
        QTRY_VERIFY(m_bob->latest(u"shared/web"_s)->module.authz.isPublic);

        // bob sees alice's grid read-only, and why.
        auto latest = m_bob->latest(u"shared/web"_s);
        QVERIFY(latest);
        Document bobsDocument(*m_bob, *latest);
        AuthorizationEditor theirs(&bobsDocument);
        theirs.resize(760, 420);
        theirs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&theirs));
        QVERIFY(!theirs.isEditable());
        QVERIFY(!theirs.publicBox()->isEnabled());
        QVERIFY(!theirs.rightBox(1, Right::Edit)->isEnabled());
        QVERIFY(theirs.groupEdit()->isReadOnly());
        QVERIFY(theirs.noticeLabel()->text().contains(u"alice"_s));
        QVERIFY(theirs.noticeLabel()->text().contains(u"bob"_s));
        QTest::mouseClick(theirs.publicBox(), Qt::LeftButton);
        QVERIFY(theirs.publicBox()->isChecked()); // unchanged: the click did nothing
        QVERIFY(!bobsDocument.isModified());
        QVERIFY(UiTesting::saveScreenshot(&theirs, u"team-authorization-readonly"_s));
    }
};

QTEST_MAIN(TestTeamCatalogWindow)
#include "tst_teamcatalogwindow.moc"
