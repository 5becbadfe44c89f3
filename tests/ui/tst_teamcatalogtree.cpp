// Renaming, moving and deleting team-catalog modules in the tree, as the local catalog's tree
// allows for local modules, against a real PostgreSQL server of the test's own
// (tests/support/postgresserver.h) with two members, each in a window of their own: what the
// server permits happens and shows in the other member's tree live; what it refuses leaves
// the tree as it was and says which right is missing on which module. Drags between the local
// and the team catalog: into the team catalog a publish, out of it refused with the way to
// take a copy. Screenshot under $SLIPWAY_SCREENSHOT_DIR: team-tree-refused.png (the refusal).
//
// Roles: alice and bob log in with passwords and belong to slipway_members; bob is in the
// group role devs. alice owns every module; the grids give devs what each case needs.

#include "core/catalog/catalog.h"
#include "core/settings.h"
#include "core/storage/postgresbackend.h"
#include "tests/support/postgresserver.h"
#include "tests/support/testpaths.h"
#include "tests/support/uitesting.h"
#include "tests/support/windowtesting.h"
#include "ui/mainwindow.h"
#include "ui/models/catalogmodel.h"

#include <QAbstractButton>
#include <QAction>
#include <QDragEnterEvent>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Slipway;
using namespace Slipway::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString kAlicePassword = u"Al1ce-tree-Pw-4b1e"_s;
const QString kBobPassword = u"B0b-tree-Pw-9c0a"_s;

#define VERIFY_OK(expression) \
    do { \
        const auto result_ = (expression); \
        QVERIFY2(bool(result_), qPrintable(result_.errorMessage())); \
    } while (false)

Authorization gridForDevs(Rights rights, bool publicGet = false)
{
    Authorization a;
    a.groupMembers = {u"devs"_s};
    a.groupRights = rights;
    a.isPublic = publicGet;
    a.publicRights = publicGet ? Rights(Right::Get) : Rights();
    return a;
}

const Rights kAll = Rights(Right::Get) | Right::Edit | Right::Delete | Right::CreateChildren;

Module project(const QString &path, const Authorization &grid)
{
    Module m;
    m.path = path;
    m.kind = ModuleKind::Project;
    m.authz = grid;
    return m;
}

Module image(const QString &path, const Authorization &grid)
{
    Module m;
    m.path = path;
    m.kind = ModuleKind::Image;
    m.image.native = true;
    m.image.imageIds.append({u"local"_s, u"debian:13"_s, {}});
    m.authz = grid;
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

// What a message box said, and its answer given with the mouse.
struct Seen
{
    QString objectName;
    QString text;
    QString informative;
    bool shown = false;
};

void answerNext(Seen *seen, QMessageBox::StandardButton answer, const QString &shot = {})
{
    UiTesting::onNextDialog([seen, answer, shot](QDialog *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        seen->shown = true;
        seen->objectName = box->objectName();
        seen->text = box->text();
        seen->informative = box->informativeText();
        if (!shot.isEmpty())
            QVERIFY(UiTesting::saveScreenshot(box, shot));
        QAbstractButton *button = box->button(answer);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
    });
}

// Drags what the model gives for source onto target of the view, as a move.
void drag(MainWindow &window, const QModelIndex &source, const QModelIndex &target)
{
    QTreeView *tree = window.catalogView();
    const QModelIndex sourceRow = window.catalogProxy()->mapToSource(source);
    std::unique_ptr<QMimeData> mime(window.catalogModel()->mimeData({sourceRow}));
    QVERIFY(mime);
    const QPoint at = tree->visualRect(target).center();
    QDragEnterEvent enter(at, Qt::MoveAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(tree->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::MoveAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(tree->viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent dropped(QPointF(at), Qt::MoveAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(tree->viewport(), &dropped);
}

} // namespace

class TestTeamCatalogTree : public QObject
{
    Q_OBJECT

    PostgresServer m_server;
    std::unique_ptr<Catalog> m_admin; // alice, outside any window, to set things up and check

    // A window on a fresh local catalog with the team catalog open as user.
    struct Window
    {
        QTemporaryDir dir;
        std::unique_ptr<Settings> settings;
        std::unique_ptr<Catalog> local;
        std::unique_ptr<MainWindow> window;
        Catalog *team = nullptr;
    };
    std::unique_ptr<Window> windowAs(const QString &user, const QString &password)
    {
        auto w = std::make_unique<Window>();
        w->settings = std::make_unique<Settings>(w->dir.filePath(u"slipway.conf"_s));
        w->local = std::make_unique<Catalog>(w->dir.filePath(u"catalog.sqlite"_s));
        if (!w->local->open())
            return nullptr;
        w->window = std::make_unique<MainWindow>(*w->settings, w->local.get());
        w->window->resize(1100, 720);
        w->window->show();
        if (!QTest::qWaitForWindowExposed(w->window.get()))
            return nullptr;
        QString error;
        w->team = w->window->openTeamCatalog(u"team"_s,
                                             m_server.tlsConnection(user, u"team"_s, password),
                                             false,
                                             &error);
        if (!w->team)
            qWarning() << error;
        return w;
    }

    static QModelIndex row(MainWindow &window, const QString &path, const Catalog *catalog)
    {
        return UiTesting::treeRow(window, path, catalog);
    }

    // Clicks a row so that it is current and the tree has the keyboard focus.
    static bool select(MainWindow &window, const QModelIndex &index)
    {
        QTreeView *tree = window.catalogView();
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            return false;
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
        tree->setFocus();
        return QTest::qWaitFor([&] { return tree->currentIndex() == index && tree->hasFocus(); });
    }

    // Opens the tree's context menu on index and triggers the action named name.
    bool contextAction(MainWindow &window, const QModelIndex &index, const QString &name)
    {
        bool found = false;
        QTimer::singleShot(100, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            QAction *action = menu->findChild<QAction *>(name);
            found = action && action->isEnabled();
            menu->close();
            if (found)
                action->trigger();
        });
        Q_EMIT window.catalogView()->customContextMenuRequested(
            window.catalogView()->visualRect(index).center());
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("SLIPWAY_NO_DIALOGS", "1"); // errors on the status bar unless a test wants the box
        if (PostgresServer::binDir().isEmpty())
            SLIPWAY_SKIP_OR_FAIL("PostgreSQL server (postgresql-17) not installed");
        if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
            SLIPWAY_SKIP_OR_FAIL("Qt's PostgreSQL driver (libqt6sql6-psql) not installed");
        QString error;
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

        m_admin = std::make_unique<Catalog>(std::make_shared<PostgresBackend>(
            m_server.tlsConnection(u"alice"_s, u"team"_s, kAlicePassword)));
        VERIFY_OK(m_admin->open());
        // shared and archive: the devs may do everything; shared/keep: the devs may edit it
        // but not delete it; locked: the devs only see it (no create children), and
        // locked/app neither edit nor delete.
        const Authorization all = gridForDevs(kAll);
        VERIFY_OK(m_admin->save(project(u"shared"_s, all), u"alice"_s, {}));
        VERIFY_OK(m_admin->save(image(u"shared/web"_s, all), u"alice"_s, u"web"_s));
        VERIFY_OK(m_admin->save(image(u"shared/db"_s, all), u"alice"_s, u"db"_s));
        VERIFY_OK(
            m_admin->save(image(u"shared/keep"_s, gridForDevs(Rights(Right::Get) | Right::Edit)),
                          u"alice"_s,
                          {}));
        VERIFY_OK(m_admin->save(project(u"archive"_s, all), u"alice"_s, {}));
        VERIFY_OK(m_admin->save(project(u"locked"_s, gridForDevs(Right::Get)), u"alice"_s, {}));
        VERIFY_OK(m_admin->save(image(u"locked/app"_s, gridForDevs(Right::Get)), u"alice"_s, {}));
        // shared/used is run by locked/site, which the devs may not edit: a move of the image
        // would have to give the deployment a new version.
        VERIFY_OK(m_admin->save(image(u"shared/used"_s, all), u"alice"_s, {}));
        Module site;
        site.path = u"locked/site"_s;
        site.kind = ModuleKind::Deployment;
        site.authz = gridForDevs(Right::Get);
        Node node;
        node.name = u"front"_s;
        node.image = u"shared/used"_s;
        site.deployment.nodes.append(node);
        VERIFY_OK(m_admin->save(site, u"alice"_s, {}));
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        m_server.stop();
    }

    // bob renames with F2, moves by a drag and deletes from the context menu; each change is
    // made by the server and appears in alice's tree without a reload.
    void permittedChangesShowInTheOtherMembersTree()
    {
        auto bob = windowAs(u"bob"_s, kBobPassword);
        QVERIFY(bob && bob->team);
        auto alice = windowAs(u"alice"_s, kAlicePassword);
        QVERIFY(alice && alice->team);
        MainWindow &window = *bob->window;
        QTreeView *tree = window.catalogView();
        const QAbstractItemModel *theirs = alice->window->catalogProxy();
        const QPersistentModelIndex aliceShared = row(*alice->window, u"shared"_s, alice->team);
        const QPersistentModelIndex aliceArchive = row(*alice->window, u"archive"_s, alice->team);
        QVERIFY(aliceShared.isValid() && aliceArchive.isValid());
        alice->window->catalogView()->expand(aliceShared);
        alice->window->catalogView()->expand(aliceArchive);
        QVERIFY(rowNames(theirs, aliceShared).contains(u"web"_s));
        QSignalSpy resets(alice->window->catalogModel(), &QAbstractItemModel::modelReset);

        // F2 on the team module: the new path typed into the box (nothing refers to it).
        QVERIFY(select(window, row(window, u"shared/web"_s, bob->team)));
        bool asked = false;
        UiTesting::onNextDialog([&asked](QDialog *dialog) {
            auto *input = qobject_cast<QInputDialog *>(dialog);
            QVERIFY(input);
            asked = input->textValue() == u"shared/web"_s;
            input->setTextValue(u"shared/www"_s);
            input->accept();
        });
        QTest::keyClick(tree, Qt::Key_F2);
        QVERIFY(asked);
        QTRY_VERIFY2(m_admin->contains(u"shared/www"_s),
                     qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(!m_admin->contains(u"shared/web"_s));
        QVERIFY(!bob->local->contains(u"shared/www"_s)); // nothing local changed
        QVERIFY(row(window, u"shared/www"_s, bob->team).isValid());
        // In alice's tree, live.
        QTRY_VERIFY_WITH_TIMEOUT(rowNames(theirs, aliceShared).contains(u"www"_s), 20000);
        QVERIFY(!rowNames(theirs, aliceShared).contains(u"web"_s));

        // Dragged onto archive: moved there after the confirmation.
        Seen moved;
        answerNext(&moved, QMessageBox::Yes);
        drag(window, row(window, u"shared/www"_s, bob->team), row(window, u"archive"_s, bob->team));
        QTRY_VERIFY(moved.shown);
        QCOMPARE(moved.objectName, u"MoveConfirmation"_s);
        QVERIFY2(moved.text.contains(u"archive/www"_s), qPrintable(moved.text));
        QTRY_VERIFY2(m_admin->contains(u"archive/www"_s),
                     qPrintable(window.statusBar()->currentMessage()));
        QTRY_VERIFY_WITH_TIMEOUT(rowNames(theirs, aliceArchive).contains(u"www"_s), 20000);
        QTRY_VERIFY(!rowNames(theirs, aliceShared).contains(u"www"_s));
        // History kept across both moves.
        QVERIFY(m_admin->history(u"archive/www"_s)->size() >= 3);

        // Deleted from its context menu, after the confirmation; gone from alice's tree too.
        Seen deleted;
        answerNext(&deleted, QMessageBox::Yes);
        QVERIFY(
            contextAction(window, row(window, u"archive/www"_s, bob->team), u"TeamDeleteAction"_s));
        QTRY_VERIFY(deleted.shown);
        QCOMPARE(deleted.objectName, u"DeleteConfirmation"_s);
        QTRY_VERIFY(!m_admin->contains(u"archive/www"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!rowNames(theirs, aliceArchive).contains(u"www"_s), 20000);
        QCOMPARE(resets.count(), 0); // merged into alice's tree, never reset

        // Undone with the keyboard while bob's tree has the focus: restored, then moved back.
        QCOMPARE(window.catalogUndoStack()->count(), 3);
        QVERIFY(select(window, row(window, u"archive"_s, bob->team)));
        QTest::keySequence(&window, QKeySequence::Undo);
        QTRY_VERIFY(m_admin->contains(u"archive/www"_s));
        QTRY_VERIFY_WITH_TIMEOUT(rowNames(theirs, aliceArchive).contains(u"www"_s), 20000);
        QVERIFY(select(window, row(window, u"archive"_s, bob->team)));
        QTest::keySequence(&window, QKeySequence::Undo);
        QTRY_VERIFY(m_admin->contains(u"shared/www"_s));
        QVERIFY(!m_admin->contains(u"archive/www"_s));
    }

    // What bob may not do: the server refuses, the tree stays as it was, and the message
    // names the module and the missing right.
    void refusedChangesNameTheMissingRight()
    {
        auto bob = windowAs(u"bob"_s, kBobPassword);
        QVERIFY(bob && bob->team);
        MainWindow &window = *bob->window;
        QTreeView *tree = window.catalogView();
        const QPersistentModelIndex locked = row(window, u"locked"_s, bob->team);
        const QPersistentModelIndex shared = row(window, u"shared"_s, bob->team);
        tree->expand(locked);
        tree->expand(shared);
        const QStringList lockedBefore = rowNames(window.catalogProxy(), locked);
        const QStringList sharedBefore = rowNames(window.catalogProxy(), shared);
        QVERIFY(lockedBefore.contains(u"app"_s));
        const int latest = m_admin->latest(u"locked/app"_s)->version;

        // A rename of locked/app (no edit right), with the message box shown as the user
        // sees it.
        qunsetenv("SLIPWAY_NO_DIALOGS");
        QVERIFY(select(window, row(window, u"locked/app"_s, bob->team)));
        Seen refused;
        UiTesting::onNextDialog([&refused](QDialog *dialog) {
            auto *input = qobject_cast<QInputDialog *>(dialog);
            QVERIFY(input);
            input->setTextValue(u"locked/renamed"_s);
            answerNext(&refused, QMessageBox::Ok, u"team-tree-refused"_s);
            input->accept();
        });
        QTest::keyClick(tree, Qt::Key_F2);
        qputenv("SLIPWAY_NO_DIALOGS", "1");
        QTRY_VERIFY(refused.shown);
        QVERIFY2(refused.text.contains(u"locked/app"_s), qPrintable(refused.text));
        QVERIFY2(refused.text.contains(u"“edit” right on locked/app"_s), qPrintable(refused.text));
        QVERIFY2(refused.text.contains(u"bob may not edit locked/app"_s), qPrintable(refused.text));
        QVERIFY(m_admin->contains(u"locked/app"_s));
        QVERIFY(!m_admin->contains(u"locked/renamed"_s));
        QCOMPARE(m_admin->latest(u"locked/app"_s)->version, latest);
        QCOMPARE(window.catalogUndoStack()->count(), 0);

        // A delete of shared/keep (edit but no delete right), with the Delete key.
        QVERIFY(select(window, row(window, u"shared/keep"_s, bob->team)));
        Seen confirm;
        answerNext(&confirm, QMessageBox::Yes);
        QTest::keyClick(tree, Qt::Key_Delete);
        QTRY_VERIFY(confirm.shown);
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(u"refused"_s));
        QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(u"“delete” right on shared/keep"_s), qPrintable(message));
        QVERIFY(m_admin->contains(u"shared/keep"_s));

        // shared/db dragged into locked (no create children there).
        Seen moveConfirm;
        answerNext(&moveConfirm, QMessageBox::Yes);
        drag(window, row(window, u"shared/db"_s, bob->team), row(window, u"locked"_s, bob->team));
        QTRY_VERIFY(moveConfirm.shown);
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(u"locked/db"_s));
        message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(u"“create children” right on locked"_s), qPrintable(message));
        QVERIFY(m_admin->contains(u"shared/db"_s));
        QVERIFY(!m_admin->contains(u"locked/db"_s));

        // shared/used renamed: bob may edit it, but not locked/site, which runs it and would
        // follow the move.
        QVERIFY(select(window, row(window, u"shared/used"_s, bob->team)));
        Seen followers;
        UiTesting::onNextDialog([&followers](QDialog *dialog) {
            auto *input = qobject_cast<QInputDialog *>(dialog);
            QVERIFY(input);
            input->setTextValue(u"shared/used2"_s);
            answerNext(&followers, QMessageBox::Yes);
            input->accept();
        });
        QTest::keyClick(tree, Qt::Key_F2);
        QTRY_VERIFY(followers.shown);
        QVERIFY2(followers.informative.contains(u"locked/site"_s),
                 qPrintable(followers.informative));
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(u"shared/used2"_s));
        message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(u"“edit” right on locked/site"_s), qPrintable(message));
        QVERIFY(m_admin->contains(u"shared/used"_s));
        QVERIFY(!m_admin->contains(u"shared/used2"_s));
        QCOMPARE(m_admin->latest(u"locked/site"_s)->module.deployment.nodes.value(0).image,
                 u"shared/used"_s);

        // The tree is as it was, nothing on the undo stack.
        QVERIFY(locked.isValid() && shared.isValid());
        QCOMPARE(rowNames(window.catalogProxy(), locked), lockedBefore);
        QCOMPARE(rowNames(window.catalogProxy(), shared), sharedBefore);
        QCOMPARE(window.catalogUndoStack()->count(), 0);
    }

    // Into the team catalog a drag publishes (keeping the path, the local module staying);
    // out of it the drag is refused and says how to take a copy.
    void dragsBetweenCatalogs()
    {
        auto bob = windowAs(u"bob"_s, kBobPassword);
        QVERIFY(bob && bob->team);
        MainWindow &window = *bob->window;
        Module mine = image(u"bobs/tool"_s, {});
        VERIFY_OK(bob->local->save(mine, u"bob"_s, u"one"_s));
        mine.description = u"two"_s;
        VERIFY_OK(bob->local->save(mine, u"bob"_s, u"two"_s));
        window.catalogModel()->reload();
        const QModelIndex teamRoot = row(window, {}, bob->team);
        QVERIFY(teamRoot.isValid());

        Seen publish;
        answerNext(&publish, QMessageBox::Yes);
        drag(window, row(window, u"bobs/tool"_s, bob->local.get()), teamRoot);
        QTRY_VERIFY(publish.shown);
        QCOMPARE(publish.objectName, u"PublishConfirmation"_s);
        QVERIFY2(publish.text.contains(u"bobs/tool"_s), qPrintable(publish.text));
        QTRY_VERIFY2(bob->team->contains(u"bobs/tool"_s),
                     qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(bob->team->history(u"bobs/tool"_s)->size(), 2);
        QVERIFY(bob->local->contains(u"bobs/tool"_s));
        QVERIFY(row(window, u"bobs/tool"_s, bob->team).isValid());

        // A team module dropped on the local catalog: nothing copied, the way said.
        const QModelIndex localRoot = row(window, {}, bob->local.get());
        drag(window, row(window, u"shared/keep"_s, bob->team), localRoot);
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(u"Copy to the Local Catalog"_s));
        QVERIFY(!bob->local->contains(u"shared/keep"_s));
        QVERIFY(bob->team->contains(u"shared/keep"_s));
    }
};

QTEST_MAIN(TestTeamCatalogTree)
#include "tst_teamcatalogtree.moc"
