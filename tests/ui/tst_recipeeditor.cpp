// The recipe editor as a user drives it: language from the shebang, edits reported to the
// model, read-only recipes, the font from the settings, find and replace from the keyboard,
// and screenshots in a light and a dark palette.

#include "core/settings.h"
#include "tests/support/testpaths.h"
#include "ui/editor/findreplacebar.h"
#include "ui/editor/recipeeditor.h"
#include "ui/editor/recipepane.h"
#include "ui/editor/syntaxlexer.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Slipway;
using namespace Qt::StringLiterals;
using Sci = QsciScintillaBase;

namespace {

QString sampleRecipe()
{
    QFile file(Testing::testData(u"highlighting/sample.sh"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QPalette makePalette(bool dark)
{
    QPalette p;
    const QColor window = dark ? QColor(0x2a, 0x2e, 0x32) : QColor(0xef, 0xf0, 0xf1);
    const QColor base = dark ? QColor(0x1b, 0x1e, 0x20) : QColor(0xff, 0xff, 0xff);
    const QColor text = dark ? QColor(0xfc, 0xfc, 0xfc) : QColor(0x23, 0x26, 0x27);
    for (auto role : {QPalette::Window, QPalette::Button, QPalette::AlternateBase})
        p.setColor(role, window);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(role, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, dark ? text : base);
    return p;
}

} // namespace

class TestRecipeEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void languageFollowsTheShebangAsTheUserTypes()
    {
        RecipePane pane;
        RecipeEditor *editor = pane.editor();
        QSignalSpy languageChanged(editor, &RecipeEditor::languageChanged);
        editor->setRecipe(u"apt-get install -y nginx\n"_s);
        QCOMPARE(editor->language(), u"Bash"_s);
        QCOMPARE(pane.languageLabel()->text(), u"Bash"_s);

        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        editor->setFocus();
        editor->setCursorPosition(0, 0);
        QTest::keyClicks(editor, u"#!/usr/bin/env python3"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(editor->language(), u"Python"_s);
        QCOMPARE(pane.languageLabel()->text(), u"Python"_s);
        QVERIFY(!languageChanged.isEmpty());
        QCOMPARE(languageChanged.last().at(0).toString(), u"Python"_s);
        QCOMPARE(editor->property("language").toString(), u"Python"_s);
    }

    void userEditsAreReportedButSetRecipeIsNot()
    {
        RecipeEditor editor;
        QSignalSpy edited(&editor, &RecipeEditor::recipeEdited);
        editor.setRecipe(sampleRecipe());
        QCOMPARE(edited.count(), 0);
        QVERIFY(!editor.isModified());
        QVERIFY(!editor.isUndoAvailable());

        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setFocus();
        editor.setCursorPosition(2, 0);
        QTest::keyClicks(&editor, u"echo hi"_s);
        QTest::keyClick(&editor, Qt::Key_Return);
        QVERIFY(edited.count() >= 1);
        QVERIFY(editor.recipe().contains(u"\necho hi\nset -euo"_s));
        QVERIFY(editor.isModified());
    }

    // Typing a quote turns the lines below it into a string: what is on screen shows it at once,
    // exactly as a full restyle of the new text would.
    void typingRestylesTheLinesBelowOnScreen()
    {
        RecipeEditor editor;
        editor.setRecipe(sampleRecipe().repeated(8));
        editor.resize(700, 600);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.repaint();
        editor.setFocus();
        editor.setFirstVisibleLine(60);
        editor.repaint();
        editor.setCursorPosition(68, 0); // NODES=${NODES:-4}
        QTest::keyClick(&editor, Qt::Key_QuoteDbl);
        // Let Scintilla paint what it invalidated (the typed line), as it would between keys.
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();

        RecipeEditor reference;
        reference.setRecipe(editor.recipe());
        reference.SendScintilla(Sci::SCI_COLOURISE, 0ul, -1l);
        const int lastOnScreen = editor.firstVisibleLine()
                                 + int(editor.SendScintilla(Sci::SCI_LINESONSCREEN)) - 1;
        QVERIFY(lastOnScreen >= 80);
        const long end = editor.SendScintilla(Sci::SCI_GETLINEENDPOSITION,
                                              static_cast<unsigned long>(lastOnScreen));
        // Style numbers are handed out as formats are first met, so compare what they look like.
        auto look = [](RecipeEditor &e, unsigned long pos) {
            const auto style = static_cast<unsigned long>(e.SendScintilla(Sci::SCI_GETSTYLEAT, pos));
            return QList<long>{e.SendScintilla(Sci::SCI_STYLEGETFORE, style),
                               e.SendScintilla(Sci::SCI_STYLEGETBACK, style),
                               long(e.syntaxLexer()->font(int(style)).bold()),
                               e.SendScintilla(Sci::SCI_STYLEGETITALIC, style)};
        };
        int differing = 0;
        const long start = editor.SendScintilla(Sci::SCI_POSITIONFROMLINE, 60ul);
        for (long pos = start; pos < end; ++pos)
            differing += look(editor, static_cast<unsigned long>(pos))
                         != look(reference, static_cast<unsigned long>(pos));
        QCOMPARE(differing, 0);
    }

    void readOnlyRecipesCannotBeChanged()
    {
        RecipePane pane;
        pane.editor()->setRecipe(sampleRecipe());
        pane.setReadOnly(true);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const QString before = pane.editor()->recipe();
        pane.editor()->setFocus();
        QTest::keyClicks(pane.editor(), u"rm -rf /"_s);
        QTest::keyClick(pane.editor(), Qt::Key_Delete);
        QCOMPARE(pane.editor()->recipe(), before);
        QVERIFY(pane.languageLabel()->text().contains(u"read-only"_s));

        // Searching works, replacing does not.
        QTest::keyClick(pane.editor(), Qt::Key_H, Qt::ControlModifier);
        QVERIFY(!pane.findBar()->replaceRowVisible());
        QTest::keyClick(pane.editor(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(pane.findBar()->isVisible());
        QCOMPARE(pane.editor()->replaceAll(u"apt-get"_s, u"dnf"_s, {}), 0);
        QCOMPARE(pane.editor()->recipe(), before);
    }

    void fontComesFromTheSettings()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"settings.ini"_s));
        settings.setEditorFontFamily(u"DejaVu Sans Mono"_s);
        settings.setEditorFontSize(15);
        RecipeEditor editor;
        editor.setRecipe(sampleRecipe());
        editor.applySettings(settings);
        QCOMPARE(editor.syntaxLexer()->baseFont().pointSize(), 15);
        QCOMPARE(editor.syntaxLexer()->font(0).family(), u"DejaVu Sans Mono"_s);
        QCOMPARE(int(editor.SendScintilla(Sci::SCI_STYLEGETSIZE, 0ul)), 15);
        QCOMPARE(int(editor.SendScintilla(Sci::SCI_STYLEGETSIZE,
                                          static_cast<unsigned long>(Sci::STYLE_LINENUMBER))),
                 15);

        settings.setTheme(Settings::Theme::Dark);
        editor.setPalette(makePalette(false));
        editor.applySettings(settings);
        const long back = editor.SendScintilla(Sci::SCI_STYLEGETBACK,
                                               static_cast<unsigned long>(Sci::STYLE_DEFAULT));
        QVERIFY(
            QColor(int(back & 0xff), int((back >> 8) & 0xff), int((back >> 16) & 0xff)).lightness()
            < 80);
    }

    void findAndReplaceFromTheKeyboard()
    {
        RecipePane pane;
        RecipeEditor *editor = pane.editor();
        FindReplaceBar *bar = pane.findBar();
        editor->setRecipe(
            u"apt-get update\napt-get install -y nginx\nAPT-GET remove -y vim\necho done\n"_s);
        pane.resize(700, 400);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        editor->setFocus();
        editor->setCursorPosition(0, 0);

        QVERIFY(!bar->isVisible());
        QTest::keyClick(editor, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        QVERIFY(bar->findField()->hasFocus());
        QVERIFY(!bar->replaceRowVisible());
        QTest::keyClicks(bar->findField(), u"apt-get"_s);
        QTest::keyClick(bar->findField(), Qt::Key_Return);
        int line = -1, index = -1;
        QCOMPARE(editor->selectedText(), u"apt-get"_s);
        editor->getCursorPosition(&line, &index);
        QCOMPARE(line, 0);

        // F3 moves on; case-insensitive by default, so APT-GET matches too.
        QTest::keyClick(bar->findField(), Qt::Key_F3);
        editor->getCursorPosition(&line, &index);
        QCOMPARE(line, 1);
        QTest::keyClick(bar->findField(), Qt::Key_F3);
        editor->getCursorPosition(&line, &index);
        QCOMPARE(line, 2);
        QCOMPARE(editor->selectedText(), u"APT-GET"_s);
        QTest::keyClick(bar->findField(), Qt::Key_F3, Qt::ShiftModifier);
        editor->getCursorPosition(&line, &index);
        QCOMPARE(line, 1);

        // With "Match case" the third line no longer matches: next wraps to the first.
        bar->caseSensitiveBox()->setChecked(true);
        QTest::keyClick(bar->findField(), Qt::Key_F3);
        editor->getCursorPosition(&line, &index);
        QCOMPARE(line, 0);

        QTest::keyClicks(bar->findField(), u"zzz"_s);
        QTest::keyClick(bar->findField(), Qt::Key_Return);
        QCOMPARE(bar->statusLabel()->text(), u"Not found"_s);

        // Ctrl+H: replace one, then all of them, as one undo step.
        editor->setFocus();
        editor->setCursorPosition(0, 0);
        QTest::keyClick(editor, Qt::Key_H, Qt::ControlModifier);
        QVERIFY(bar->replaceRowVisible());
        bar->findField()->setText(u"apt-get"_s);
        bar->caseSensitiveBox()->setChecked(false);
        QTest::keyClicks(bar->replaceField(), u"dnf"_s);
        QTest::keyClick(bar->findField(), Qt::Key_Return);    // selects the first match
        QTest::keyClick(bar->replaceField(), Qt::Key_Return); // replaces it
        QVERIFY(editor->recipe().startsWith(u"dnf update\napt-get install"_s));
        auto *replaceAll = bar->findChild<QPushButton *>();
        QVERIFY(replaceAll);
        for (QPushButton *button : bar->findChildren<QPushButton *>()) {
            if (button->text() == u"Replace &All"_s)
                replaceAll = button;
        }
        QTest::mouseClick(replaceAll, Qt::LeftButton);
        QCOMPARE(editor->recipe(),
                 u"dnf update\ndnf install -y nginx\ndnf remove -y vim\necho done\n"_s);
        QCOMPARE(bar->statusLabel()->text(), u"2 replaced"_s);
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(editor->recipe(),
                 u"dnf update\napt-get install -y nginx\nAPT-GET remove -y vim\necho done\n"_s);
    }

    void regularExpressionsReplaceWithGroups()
    {
        RecipeEditor editor;
        editor.setRecipe(
            u"apt-get install -y nginx\napt-get install -y vim curl\nyum install x\n"_s);
        const RecipeEditor::FindFlags flags = RecipeEditor::RegularExpression
                                              | RecipeEditor::CaseSensitive;
        QCOMPARE(editor.replaceAll(u"apt-get install -y (\\w+)"_s, u"dnf install \\1"_s, flags), 2);
        QCOMPARE(editor.recipe(), u"dnf install nginx\ndnf install vim curl\nyum install x\n"_s);
        // An empty match does not loop forever: one insertion per line start.
        QCOMPARE(editor.replaceAll(u"^"_s, u"# "_s, flags), 4);
        QVERIFY(editor.recipe().startsWith(u"# dnf install nginx\n# dnf"_s));
        QVERIFY(editor.find(u"v.m"_s, flags));
        QCOMPARE(editor.selectedText(), u"vim"_s);
        QVERIFY(!editor.find(u"VIM"_s, flags));
    }

    void screenshotsInLightAndDark_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void screenshotsInLightAndDark()
    {
        QFETCH(bool, dark);
        RecipePane pane;
        pane.setPalette(makePalette(dark));
        QFont font(u"DejaVu Sans Mono"_s, 10);
        pane.editor()->setEditorFont(font);
        pane.editor()->setRecipe(sampleRecipe());
        pane.resize(760, 560);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.editor()->setCursorPosition(13, 4);
        QTest::keyClick(pane.editor(), Qt::Key_F, Qt::ControlModifier);
        pane.findBar()->findField()->setText(u"ss-get"_s);
        pane.findBar()->findNext();
        QCoreApplication::processEvents();
        const QImage image = pane.grab().toImage();

        // The text area follows the palette: sample a pixel right of the text, mid-height.
        const QColor background = image.pixelColor(pane.editor()->width() - 40,
                                                   pane.editor()->height() / 2);
        if (dark)
            QVERIFY2(background.lightness() < 80, qPrintable(background.name()));
        else
            QVERIFY2(background.lightness() > 200, qPrintable(background.name()));
        // Highlighting draws more than two colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 20);

        const QString dir = qEnvironmentVariable("SLIPWAY_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QVERIFY(QDir().mkpath(dir));
            QVERIFY(image.save(dir + (dark ? u"/editor-dark.png"_s : u"/editor-light.png"_s)));
        }
    }
};

QTEST_MAIN(TestRecipeEditor)
#include "tst_recipeeditor.moc"
