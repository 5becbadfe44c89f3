// The image editor driven as a user would: create a derived image, edit its recipe, save,
// find the save in the history, diff two versions, undo and redo.

#include "core/catalog/catalog.h"
#include "core/settings.h"
#include "tests/support/uitesting.h"
#include "ui/document.h"
#include "ui/editor/recipeeditor.h"
#include "ui/editor/recipepane.h"
#include "ui/historyview.h"
#include "ui/mainwindow.h"
#include "ui/models/catalogmodel.h"
#include "ui/models/problemsmodel.h"
#include "ui/models/rowtablemodel.h"
#include "ui/moduleeditor.h"
#include "ui/savedialog.h"
#include "ui/tableeditor.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace Slipway;
using namespace Qt::StringLiterals;

class TestImageEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<Settings> m_settings;

    static Module baseImage()
    {
        Module base;
        base.path = u"examples/images/debian"_s;
        base.kind = ModuleKind::Image;
        base.description = u"Debian 13"_s;
        base.image.native = true;
        base.image.imageIds = {{u"local"_s, u"debian:13"_s, {}}};
        base.image.loginUser = u"root"_s;
        base.image.platform = u"debian"_s;
        base.image.packages = {{u"curl"_s, {}, {}}};
        base.image.recipes.recipe = u"#!/bin/sh\necho base layer\n"_s;
        Parameter port;
        port.name = u"port"_s;
        port.defaultValue = u"80"_s;
        base.image.parameters = {port};
        return base;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_catalog = std::make_unique<Catalog>(m_dir.filePath(
            u"catalog-%1.db"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
        QVERIFY2(m_catalog->open(), "catalog");
        QVERIFY(m_catalog->save(baseImage(), u"alice"_s, u"first"_s));
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"s.conf"_s));
    }

    void cleanup()
    {
        m_settings.reset();
        m_catalog.reset();
    }

    void createEditSaveDiffUndo()
    {
        MainWindow window(*m_settings, m_catalog.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The base image is in the tree, under the folders its path implies.
        QTRY_VERIFY(window.catalogModel()->indexOf(u"examples/images/debian"_s).isValid());

        // Create a derived image.
        ModuleEditor *editor = window.createModule(ModuleKind::Image, u"examples/images/web"_s);
        QVERIFY(editor);
        QCOMPARE(window.currentEditor(), editor);
        Document *document = editor->document();
        QCOMPARE(document->version(), 1);
        QVERIFY(!document->isModified());

        // Pick the parent by typing it: one undo step for the whole burst.
        QComboBox *parent = editor->parentEdit();
        parent->setFocus();
        QTest::keyClicks(parent->lineEdit(), u"examples/images/debian"_s);
        QCOMPARE(document->module().image.parent, u"examples/images/debian"_s);
        QCOMPARE(document->undoStack()->count(), 1);
        QVERIFY(document->isModified());
        const int tab = window.editorArea()->indexOf(editor);
        QCOMPARE(window.editorArea()->tabText(tab), u"web*"_s);

        // What it inherits is shown: the parent's packages, greyed and read-only, and the
        // parent's recipe beside its own.
        TableEditor *packages = editor->table(u"Packages"_s);
        QVERIFY(packages);
        QCOMPARE(packages->model()->rowCount(), 1);
        const QModelIndex curl = packages->model()->index(0, 0);
        QCOMPARE(curl.data().toString(), u"curl"_s);
        QVERIFY(curl.data(InheritedRole).toBool());
        QVERIFY(!(curl.flags() & Qt::ItemIsEditable));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        editor->showRecipe(RecipeKind::Recipe);
        RecipePane *inherited = editor->inheritedRecipe(RecipeKind::Recipe);
        QVERIFY(inherited->isReadOnly());
        QVERIFY(inherited->editor()->recipe().contains(u"echo base layer"_s));

        // Edit the recipe by typing into the code editor.
        RecipeEditor *recipe = editor->ownRecipe(RecipeKind::Recipe)->editor();
        QTRY_VERIFY(recipe->hasFocus());
        QTest::keyClicks(recipe, u"apt-get install -y nginx"_s);
        QCOMPARE(document->module().image.recipes.recipe, u"apt-get install -y nginx"_s);
        QCOMPARE(document->undoStack()->count(), 2);

        // Save with Ctrl+S: the dialog asks for a comment.
        UiTesting::onNextDialog([](QDialog *dialog) {
            auto *save = qobject_cast<SaveDialog *>(dialog);
            QVERIFY(save);
            QTest::keyClicks(save->commentEdit(), u"nginx on top of debian"_s);
            save->accept();
        });
        QTest::keyClick(recipe, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(document->version(), 2);
        QVERIFY(!document->isModified());
        QCOMPARE(window.editorArea()->tabText(tab), u"web"_s);
        auto saved = m_catalog->latest(u"examples/images/web"_s);
        QVERIFY(saved);
        QCOMPARE(saved->comment, u"nginx on top of debian"_s);
        QCOMPARE(saved->module.image.recipes.recipe, u"apt-get install -y nginx"_s);

        // Find it in the history (newest first).
        editor->tabs()->setCurrentWidget(editor->history());
        HistoryModel *history = editor->history()->model();
        QAbstractItemModelTester tester(history,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(history->rowCount(), 2);
        QCOMPARE(history->index(0, HistoryModel::CommentColumn).data().toString(),
                 u"nginx on top of debian"_s);
        QCOMPARE(history->index(0, HistoryModel::VersionColumn).data().toInt(), 2);

        // A third version, then the diff of versions 1 and 3, picked in the list.
        editor->showRecipe(RecipeKind::Recipe);
        recipe->setFocus();
        QTest::keyClick(recipe, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(recipe, u" php"_s);
        QVERIFY(window.saveCurrent(u"and php"_s));
        editor->tabs()->setCurrentWidget(editor->history());
        QCOMPARE(history->rowCount(), 3);
        QTableView *versions = editor->history()->versionsView();
        versions->selectionModel()->select(history->index(0, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        versions->selectionModel()->select(history->index(2, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QString diff = editor->history()->diffView()->toPlainText();
        QVERIFY2(diff.contains(u"Version 1 → version 3"_s), qPrintable(diff));
        QVERIFY2(diff.contains(u"image.parent"_s), qPrintable(diff));
        QVERIFY2(diff.contains(u"apt-get install -y nginx php"_s), qPrintable(diff));
        UiTesting::saveScreenshot(&window, u"image-history-diff"_s);

        // Undo and redo with the keyboard, from inside the code editor.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        editor->showRecipe(RecipeKind::Recipe);
        QTRY_VERIFY(recipe->hasFocus());
        QTest::keyClicks(recipe, u" curl"_s);
        QCOMPARE(document->module().image.recipes.recipe, u"apt-get install -y nginx php curl"_s);
        QVERIFY(document->isModified());
        QTest::keyClick(recipe, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(document->module().image.recipes.recipe, u"apt-get install -y nginx php"_s);
        QCOMPARE(recipe->recipe(), u"apt-get install -y nginx php"_s);
        QVERIFY(!document->isModified());
        QTest::keyClick(recipe, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(recipe->recipe(), u"apt-get install -y nginx php curl"_s);
        QVERIFY(document->isModified());
        // Undo past the saves too, back to the created image with no parent.
        while (document->undoStack()->canUndo())
            window.undoAction()->trigger();
        QCOMPARE(document->module().image.parent, QString());
        QCOMPARE(editor->parentEdit()->currentText(), QString());
        QCOMPARE(recipe->recipe(), QString());
        QCOMPARE(packages->model()->rowCount(), 0);

        // Revert to version 2: a new version 4 with version 2's content.
        auto reverted = editor->history()->revertTo(2);
        QVERIFY(reverted);
        QCOMPARE(reverted->version, 4);
        QCOMPARE(document->version(), 4);
        QCOMPARE(recipe->recipe(), u"apt-get install -y nginx"_s);
        QVERIFY(!document->undoStack()->canUndo());
        QCOMPARE(history->rowCount(), 4);

        // The subtree goes out as a bundle, with its history.
        const QString bundle = m_dir.filePath(u"images.yaml"_s);
        QVERIFY(window.exportBundle(u"examples/images"_s, bundle, true));
        QFile file(bundle);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(u"examples/images/web"_s));
        QVERIFY(text.contains(u"nginx on top of debian"_s));
    }

    void validationIsLiveAndJumpsToTheField()
    {
        qputenv("SLIPWAY_NO_DIALOGS", "1");
        MainWindow window(*m_settings, m_catalog.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ModuleEditor *editor = window.createModule(ModuleKind::Image, u"examples/images/app"_s);
        QVERIFY(editor);
        QAbstractItemModelTester tester(window.problemsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A derived image without a parent is a problem until the parent is set.
        auto hasProblemOn = [&](const QString &field) {
            for (const Problem &p : window.problemsModel()->problems())
                if (p.field.startsWith(field))
                    return true;
            return false;
        };
        QVERIFY(hasProblemOn(u"image.parent"_s));
        editor->parentEdit()->setFocus();
        QTest::keyClicks(editor->parentEdit()->lineEdit(), u"examples/images/debian"_s);
        QVERIFY(!hasProblemOn(u"image.parent"_s));

        // A duplicate parameter name appears as you type it and jumps to the table.
        TableEditor *parameters = editor->table(u"Parameters"_s);
        QVERIFY(parameters);
        for (int i = 0; i < 2; ++i) {
            QTest::mouseClick(parameters->addButton(), Qt::LeftButton);
            const int row = parameters->model()->rowCount() - 1;
            QVERIFY(parameters->model()->setData(parameters->model()->index(row, 0),
                                                 u"dup"_s,
                                                 Qt::EditRole));
        }
        QTRY_VERIFY(hasProblemOn(u"image.parameters"_s));
        int problemRow = -1;
        for (int i = 0; i < window.problemsModel()->rowCount(); ++i)
            if (window.problemsModel()->problems().at(i).field.startsWith(u"image.parameters"))
                problemRow = i;
        QVERIFY(problemRow >= 0);
        editor->tabs()->setCurrentIndex(0);
        const QModelIndex problem = window.problemsModel()->index(problemRow, 0);
        QTableView *problems = window.problemsView();
        problems->scrollTo(problem);
        const QRect rect = problems->visualRect(problem);
        QTest::mouseClick(problems->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(problems->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE(editor->tabs()->currentWidget(), parameters);
        QCOMPARE(parameters->view()->currentIndex().data().toString(), u"dup"_s);
        UiTesting::saveScreenshot(&window, u"image-problems"_s);
    }
};

QTEST_MAIN(TestImageEditor)
#include "tst_imageeditor.moc"
