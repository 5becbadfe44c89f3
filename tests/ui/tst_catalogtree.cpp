// Moving, renaming and deleting from the catalog tree as a user does it: a drag onto a folder,
// F2 and Delete on the keyboard, each confirmed by a box that names the modules referring to
// what changes, and each undone and redone with Ctrl+Z / Ctrl+Shift+Z while the tree has the
// focus. A real catalog file underneath.

#include "core/catalog/catalog.h"
#include "core/settings.h"
#include "tests/support/modulebuilders.h"
#include "tests/support/uitesting.h"
#include "ui/mainwindow.h"
#include "ui/models/catalogmodel.h"

#include <QDockWidget>
#include <QDragEnterEvent>
#include <QInputDialog>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Slipway;
using namespace Slipway::Testing;
using namespace Qt::StringLiterals;

namespace {

// What the confirmation box said, and its answer given with the mouse.
struct Confirmation
{
    QString objectName;
    QString text;
    QString informative;
    bool shown = false;
};

void confirmNext(Confirmation *seen, QMessageBox::StandardButton answer, const QString &shot = {})
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

} // namespace

class TestCatalogTree : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<Settings> m_settings;

    QModelIndex viewIndex(MainWindow &window, const QString &path)
    {
        const QModelIndex source = window.catalogModel()->indexOf(path);
        const QModelIndex index = window.catalogProxy()->mapFromSource(source);
        window.catalogView()->scrollTo(index);
        window.catalogView()->expand(index.parent());
        return index;
    }

    // Gives the tree the keyboard focus again (a closed box leaves the window inactive on
    // some platforms).
    static bool focusTree(MainWindow &window)
    {
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            return false;
        window.catalogView()->setFocus();
        return QTest::qWaitFor([&window] { return window.catalogView()->hasFocus(); });
    }

    QString nodeImage(const QString &deployment, const QString &node)
    {
        auto v = m_catalog->latest(deployment);
        if (!v)
            return {};
        for (const Node &n : v->module.deployment.nodes)
            if (n.name == node)
                return n.image;
        return {};
    }

private Q_SLOTS:
    void init()
    {
        qputenv("SLIPWAY_NO_DIALOGS", "1"); // errors on the status bar, confirmations asked
        static int n = 0;
        m_catalog.reset();
        m_catalog = std::make_unique<Catalog>(m_dir.filePath(u"c%1.db"_s.arg(++n)));
        QVERIFY(m_catalog->open());
        Module archive;
        archive.path = u"archive"_s;
        archive.kind = ModuleKind::Project;
        QVERIFY(m_catalog->save(archive, u"ann"_s, {}));
        QVERIFY(m_catalog->save(image(u"lab/base"_s, {}, {}), u"ann"_s, {}));
        QVERIFY(m_catalog->save(image(u"lab/web"_s, u"lab/base"_s, u"echo up"_s), u"ann"_s, {}));
        QVERIFY(m_catalog->save(deployment(u"apps/site"_s, {node(u"front"_s, u"lab/web"_s)}),
                                u"ann"_s,
                                {}));
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"s.conf"_s));
    }

    void dragOntoAFolderMovesWithUndo()
    {
        MainWindow window(*m_settings, m_catalog.get());
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTreeView *tree = window.catalogView();
        tree->expandAll();
        const QModelIndex web = window.catalogModel()->indexOf(u"lab/web"_s);
        QVERIFY(web.isValid());
        const QModelIndex target = viewIndex(window, u"archive"_s);
        QVERIFY(target.isValid());
        const QPoint at = tree->visualRect(target).center();

        // The tree's own drag data, dragged and dropped on "archive" as a move.
        std::unique_ptr<QMimeData> mime(window.catalogModel()->mimeData({web}));
        QVERIFY(mime);
        Confirmation seen;
        confirmNext(&seen, QMessageBox::Yes, u"catalog-move-confirmation"_s);
        QDragEnterEvent enter(at, Qt::MoveAction, mime.get(), Qt::LeftButton, {});
        QApplication::sendEvent(tree->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at, Qt::MoveAction, mime.get(), Qt::LeftButton, {});
        QApplication::sendEvent(tree->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent dropped(QPointF(at), Qt::MoveAction, mime.get(), Qt::LeftButton, {});
        QApplication::sendEvent(tree->viewport(), &dropped);

        // The box named the deployment that refers to the image, and the move happened.
        QTRY_VERIFY(seen.shown);
        QCOMPARE(seen.objectName, u"MoveConfirmation"_s);
        QVERIFY2(seen.text.contains(u"archive/web"_s), qPrintable(seen.text));
        QVERIFY2(seen.informative.contains(u"apps/site"_s), qPrintable(seen.informative));
        QVERIFY2(seen.informative.contains(u"front"_s), qPrintable(seen.informative));
        QTRY_VERIFY(m_catalog->contains(u"archive/web"_s));
        QVERIFY(!m_catalog->contains(u"lab/web"_s));
        QCOMPARE(nodeImage(u"apps/site"_s, u"front"_s), u"archive/web"_s);
        QTRY_VERIFY(window.catalogModel()->indexOf(u"archive/web"_s).isValid());
        QCOMPARE(window.catalogUndoStack()->count(), 1);
        tree->expandAll();
        QVERIFY(UiTesting::saveScreenshot(&window, u"catalog-moved"_s));

        // Undo with the keyboard while the tree has the focus: back where it was, references too.
        QVERIFY(focusTree(window));
        QTest::keySequence(&window, QKeySequence::Undo);
        QTRY_VERIFY(m_catalog->contains(u"lab/web"_s));
        QVERIFY(!m_catalog->contains(u"archive/web"_s));
        QCOMPARE(nodeImage(u"apps/site"_s, u"front"_s), u"lab/web"_s);
        // History kept across the moves: the image's versions are all there.
        QVERIFY(m_catalog->history(u"lab/web"_s)->size() >= 3);
        QVERIFY(focusTree(window));
        QTest::keySequence(&window, QKeySequence::Redo);
        QTRY_VERIFY(m_catalog->contains(u"archive/web"_s));
        QCOMPARE(nodeImage(u"apps/site"_s, u"front"_s), u"archive/web"_s);

        // A drop where the module already is does nothing, and a cancelled box neither.
        std::unique_ptr<QMimeData> again(
            window.catalogModel()->mimeData({window.catalogModel()->indexOf(u"archive/web"_s)}));
        QVERIFY(
            !window.catalogModel()->canDropMimeData(again.get(),
                                                    Qt::MoveAction,
                                                    -1,
                                                    -1,
                                                    window.catalogModel()->indexOf(u"archive"_s)));
        Confirmation cancelled;
        confirmNext(&cancelled, QMessageBox::Cancel);
        QVERIFY(!window.moveWithUndo(u"archive/web"_s, u"lab/web"_s));
        QVERIFY(cancelled.shown);
        QVERIFY(m_catalog->contains(u"archive/web"_s));
        QCOMPARE(window.catalogUndoStack()->count(), 1);
    }

    void keyboardRenameAndDeleteWithUndo()
    {
        MainWindow window(*m_settings, m_catalog.get());
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTreeView *tree = window.catalogView();
        tree->expandAll();
        const QModelIndex base = viewIndex(window, u"lab/base"_s);
        QVERIFY(base.isValid());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(base).center());
        QTRY_COMPARE(tree->currentIndex(), base);
        QTRY_VERIFY(tree->hasFocus());

        // F2: the new path typed, then the box naming lab/web, whose parent follows.
        Confirmation renamed;
        UiTesting::onNextDialog([&renamed](QDialog *dialog) {
            auto *input = qobject_cast<QInputDialog *>(dialog);
            QVERIFY(input);
            QCOMPARE(input->textValue(), u"lab/base"_s);
            input->setTextValue(u"lab/debian"_s);
            confirmNext(&renamed, QMessageBox::Yes);
            input->accept();
        });
        QTest::keyClick(tree, Qt::Key_F2);
        QTRY_VERIFY(m_catalog->contains(u"lab/debian"_s));
        QVERIFY(renamed.shown);
        QVERIFY2(renamed.informative.contains(u"lab/web"_s), qPrintable(renamed.informative));
        QCOMPARE(m_catalog->latest(u"lab/web"_s)->module.image.parent, u"lab/debian"_s);
        QCOMPARE(window.catalogUndoStack()->undoText(), u"Rename base to debian"_s);

        // Delete: the box warns that lab/web would be left with a deleted parent.
        const QModelIndex debian = viewIndex(window, u"lab/debian"_s);
        QVERIFY(focusTree(window));
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(debian).center());
        QTRY_COMPARE(tree->currentIndex().data(CatalogModel::PathRole).toString(), u"lab/debian"_s);
        Confirmation deleted;
        confirmNext(&deleted, QMessageBox::Yes, u"catalog-delete-confirmation"_s);
        QTest::keyClick(tree, Qt::Key_Delete);
        QTRY_VERIFY(!m_catalog->contains(u"lab/debian"_s));
        QCOMPARE(deleted.objectName, u"DeleteConfirmation"_s);
        QVERIFY2(deleted.informative.contains(u"lab/web"_s)
                     && deleted.informative.contains(u"lab/debian"_s),
                 qPrintable(deleted.informative));
        QCOMPARE(window.catalogUndoStack()->count(), 2);

        // Ctrl+Z restores it, Ctrl+Z again renames it back; Ctrl+Shift+Z redoes the rename.
        QVERIFY(focusTree(window));
        QTest::keySequence(&window, QKeySequence::Undo);
        QTRY_VERIFY(m_catalog->contains(u"lab/debian"_s));
        QVERIFY(focusTree(window));
        QTest::keySequence(&window, QKeySequence::Undo);
        QTRY_VERIFY(m_catalog->contains(u"lab/base"_s));
        QCOMPARE(m_catalog->latest(u"lab/web"_s)->module.image.parent, u"lab/base"_s);
        QVERIFY(focusTree(window));
        QTest::keySequence(&window, QKeySequence::Redo);
        QTRY_VERIFY(m_catalog->contains(u"lab/debian"_s));

        // Cancelled: nothing deleted, no undo step.
        const QModelIndex site = viewIndex(window, u"apps/site"_s);
        QVERIFY(focusTree(window));
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(site).center());
        Confirmation kept;
        confirmNext(&kept, QMessageBox::Cancel);
        QTest::keyClick(tree, Qt::Key_Delete);
        QTRY_VERIFY(kept.shown);
        QVERIFY(m_catalog->contains(u"apps/site"_s));
        QCOMPARE(window.catalogUndoStack()->index(), 1);
    }
};

QTEST_MAIN(TestCatalogTree)
#include "tst_catalogtree.moc"
