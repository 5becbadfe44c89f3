// The KSyntaxHighlighting-driven lexer: its styles equal KSyntaxHighlighting's own formats
// character by character, shebangs choose the language, the theme follows the palette, and an
// edit in a long recipe restyles a bounded number of lines with the same result as a full pass.

#include "tests/support/testpaths.h"
#include "ui/editor/recipeeditor.h"
#include "ui/editor/recipelanguage.h"
#include "ui/editor/syntaxlexer.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QDir>
#include <QFile>
#include <QPalette>
#include <QTest>

using namespace Slipway;
using namespace Qt::StringLiterals;
using Sci = QsciScintillaBase;

namespace {

// KSyntaxHighlighting's own answer, collected the plainest way: one format per character.
class ReferenceHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    struct Span
    {
        int line;
        int offset;
        int length;
        KSyntaxHighlighting::Format format;
    };

    void run(const QStringList &lines)
    {
        spans.clear();
        perCharacter.clear();
        KSyntaxHighlighting::State state;
        for (m_line = 0; m_line < lines.size(); ++m_line) {
            perCharacter.append(QList<KSyntaxHighlighting::Format>(lines.at(m_line).size()));
            state = highlightLine(lines.at(m_line), state);
        }
    }

    QList<Span> spans;
    QList<QList<KSyntaxHighlighting::Format>> perCharacter;

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        spans.append({int(m_line), offset, length, format});
        auto &line = perCharacter[m_line];
        for (int i = offset; i < offset + length && i < line.size(); ++i)
            line[i] = format;
    }

private:
    qsizetype m_line = 0;
};

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString dataPath(const QString &name)
{
    return Testing::testData(u"highlighting/"_s) + name;
}

QColor fromBgr(long bgr)
{
    return QColor(int(bgr & 0xff), int((bgr >> 8) & 0xff), int((bgr >> 16) & 0xff));
}

void colouriseAll(RecipeEditor &editor)
{
    editor.SendScintilla(Sci::SCI_COLOURISE, 0ul, -1l);
}

// What each character looks like (style numbers are handed out as formats are first met, so
// two editors may number the same look differently).
QList<QRgb> styleLooks(RecipeEditor &editor)
{
    QHash<int, QRgb> lookOfStyle;
    auto look = [&](int style) {
        const auto it = lookOfStyle.constFind(style);
        if (it != lookOfStyle.cend())
            return *it;
        const auto s = static_cast<unsigned long>(style);
        const QFont font = editor.syntaxLexer()->font(style);
        const QRgb value = qHash(QList<long>{editor.SendScintilla(Sci::SCI_STYLEGETFORE, s),
                                             editor.SendScintilla(Sci::SCI_STYLEGETBACK, s),
                                             long(font.bold()),
                                             long(font.italic())});
        lookOfStyle.insert(style, value);
        return value;
    };
    const int length = int(editor.SendScintilla(Sci::SCI_GETLENGTH));
    QList<QRgb> looks(length);
    for (int i = 0; i < length; ++i)
        looks[i] = look(
            int(editor.SendScintilla(Sci::SCI_GETSTYLEAT, static_cast<unsigned long>(i))));
    return looks;
}

QList<int> foldLevels(RecipeEditor &editor)
{
    QList<int> levels;
    for (int line = 0; line < editor.lines(); ++line)
        levels.append(
            int(editor.SendScintilla(Sci::SCI_GETFOLDLEVEL, static_cast<unsigned long>(line))));
    return levels;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2a, 0x2e, 0x32), base(0x1b, 0x1e, 0x20), text(0xfc, 0xfc, 0xfc);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, text);
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    const QColor window(0xef, 0xf0, 0xf1), base(0xff, 0xff, 0xff), text(0x23, 0x26, 0x27);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, base);
    return p;
}

// A 5,000-line recipe made of the bash sample's body: functions, loops, heredocs, strings.
QString longRecipe(int lineCount)
{
    const QStringList body = readFile(dataPath(u"sample.sh"_s)).split(u'\n').mid(1, 30);
    QStringList lines{u"#!/bin/bash"_s};
    while (lines.size() < lineCount)
        lines.append(body.at((lines.size() - 1) % body.size()));
    return lines.join(u'\n') + u'\n';
}

} // namespace

class TestSyntaxLexer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shebangChoosesLanguage_data()
    {
        QTest::addColumn<QString>("firstLine");
        QTest::addColumn<QString>("definition");
        QTest::newRow("no shebang") << u"apt-get install -y nginx"_s << u"Bash"_s;
        QTest::newRow("empty recipe") << QString() << u"Bash"_s;
        QTest::newRow("bash -x") << u"#!/bin/bash -x"_s << u"Bash"_s;
        QTest::newRow("sh") << u"#!/bin/sh"_s << u"Bash"_s;
        QTest::newRow("space after #!") << u"#! /bin/sh -e"_s << u"Bash"_s;
        QTest::newRow("dash") << u"#!/usr/bin/dash"_s << u"Bash"_s;
        QTest::newRow("env python3") << u"#!/usr/bin/env python3"_s << u"Python"_s;
        QTest::newRow("python3.11") << u"#!/usr/bin/python3.11 -u"_s << u"Python"_s;
        QTest::newRow("env -S perl") << u"#!/usr/bin/env -S perl -w"_s << u"Perl"_s;
        QTest::newRow("env with variable") << u"#!/usr/bin/env LANG=C ruby"_s << u"Ruby"_s;
        QTest::newRow("ruby") << u"#!/usr/bin/ruby"_s << u"Ruby"_s;
        QTest::newRow("zsh") << u"#!/bin/zsh"_s << u"Zsh"_s;
        QTest::newRow("node") << u"#!/usr/bin/env node"_s << u"JavaScript"_s;
        QTest::newRow("lua") << u"#!/usr/bin/lua5.4"_s << u"Lua"_s;
        QTest::newRow("crlf") << u"#!/usr/bin/env python3\r"_s << u"Python"_s;
        QTest::newRow("unknown interpreter") << u"#!/opt/tool/bin/frobnicate"_s << QString();
    }

    void shebangChoosesLanguage()
    {
        QFETCH(QString, firstLine);
        QFETCH(QString, definition);
        const KSyntaxHighlighting::Definition found
            = RecipeLanguage::definitionFor(SyntaxLexer::repository(),
                                            QString(firstLine + u"\necho body\n"_s));
        QCOMPARE(found.isValid() ? found.name() : QString(), definition);

        RecipeEditor editor;
        editor.setRecipe(firstLine + u"\necho body\n"_s);
        QCOMPARE(editor.language(), definition.isEmpty() ? u"Plain text"_s : found.translatedName());
    }

    void stylesEqualKSyntaxHighlighting_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QString>("definition");
        QTest::addColumn<bool>("dark");
        QTest::newRow("bash, light") << u"sample.sh"_s << u"Bash"_s << false;
        QTest::newRow("bash, dark") << u"sample.sh"_s << u"Bash"_s << true;
        QTest::newRow("python, light") << u"sample.py"_s << u"Python"_s << false;
        QTest::newRow("python, dark") << u"sample.py"_s << u"Python"_s << true;
    }

    void stylesEqualKSyntaxHighlighting()
    {
        QFETCH(QString, sample);
        QFETCH(QString, definition);
        QFETCH(bool, dark);
        const QString text = readFile(dataPath(sample));
        QVERIFY2(!text.isEmpty(), qPrintable(dataPath(sample)));

        RecipeEditor editor;
        editor.setPalette(dark ? darkPalette() : lightPalette());
        editor.setRecipe(text);
        QCOMPARE(editor.language(), definition);
        colouriseAll(editor);
        SyntaxLexer *lexer = editor.syntaxLexer();
        const KSyntaxHighlighting::Theme theme = lexer->theme();

        ReferenceHighlighter reference;
        reference.setDefinition(SyntaxLexer::repository().definitionForName(definition));
        reference.setTheme(theme);
        const QStringList lines = text.split(u'\n');
        reference.run(lines);

        int checked = 0;
        QHash<int, KSyntaxHighlighting::Format> formatsSeen;
        for (int line = 0; line < lines.size(); ++line) {
            const int lineStart = int(
                editor.SendScintilla(Sci::SCI_POSITIONFROMLINE, static_cast<unsigned long>(line)));
            const QString &lineText = lines.at(line);
            for (int column = 0; column < lineText.size(); ++column) {
                if (lineText.at(column).isLowSurrogate())
                    continue; // styled with its high half
                const int byte = lineStart
                                 + int(QStringView(lineText).left(column).toUtf8().size());
                const KSyntaxHighlighting::Format &format = reference.perCharacter.at(line).at(
                    column);
                const int expected = lexer->styleForFormat(format);
                const int actual = int(
                    editor.SendScintilla(Sci::SCI_GETSTYLEAT, static_cast<unsigned long>(byte)));
                if (actual != expected) {
                    QFAIL(qPrintable(u"%1:%2:%3: KSyntaxHighlighting says '%4' (style %5), "
                                     "the editor has style %6"_s.arg(sample)
                                         .arg(line + 1)
                                         .arg(column + 1)
                                         .arg(format.name())
                                         .arg(expected)
                                         .arg(actual)));
                }
                if (format.isValid())
                    formatsSeen.insert(format.id(), format);
                ++checked;
            }
        }
        QVERIFY(checked > 500);
        QVERIFY2(formatsSeen.size() >= 8, "the sample should exercise many formats");

        // Every style looks like its format in the theme.
        for (const KSyntaxHighlighting::Format &format : std::as_const(formatsSeen)) {
            const unsigned long style = static_cast<unsigned long>(lexer->styleForFormat(format));
            const QString what = format.name();
            if (format.hasTextColor(theme))
                QCOMPARE(fromBgr(editor.SendScintilla(Sci::SCI_STYLEGETFORE, style)).rgb(),
                         format.textColor(theme).rgb());
            if (format.hasBackgroundColor(theme))
                QCOMPARE(fromBgr(editor.SendScintilla(Sci::SCI_STYLEGETBACK, style)).rgb(),
                         format.backgroundColor(theme).rgb());
            // QScintilla passes Qt's font weight on, so ask the lexer for the font it gave.
            QVERIFY2(lexer->font(int(style)).bold() == format.isBold(theme), qPrintable(what));
            QVERIFY2(bool(editor.SendScintilla(Sci::SCI_STYLEGETITALIC, style))
                         == format.isItalic(theme),
                     qPrintable(what));
        }
        QVERIFY(lexer->styleCount() <= SyntaxLexer::kMaxStyles);
        QVERIFY(lexer->styleCount() <= formatsSeen.size() + 1);
    }

    // KSyntaxHighlighting's spans for the samples, kept in a golden file so that a change in
    // the syntax definitions shows here (SLIPWAY_UPDATE_GOLDEN=1 rewrites the files).
    void goldenSpans_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QString>("definition");
        QTest::newRow("bash") << u"sample.sh"_s << u"Bash"_s;
        QTest::newRow("python") << u"sample.py"_s << u"Python"_s;
    }

    void goldenSpans()
    {
        QFETCH(QString, sample);
        QFETCH(QString, definition);
        const QString text = readFile(dataPath(sample));
        ReferenceHighlighter reference;
        reference.setDefinition(RecipeLanguage::definitionFor(SyntaxLexer::repository(), text));
        QCOMPARE(reference.definition().name(), definition);
        reference.run(text.split(u'\n'));
        QStringList out;
        for (const ReferenceHighlighter::Span &span : std::as_const(reference.spans)) {
            out.append(u"%1:%2+%3 %4"_s.arg(span.line + 1)
                           .arg(span.offset)
                           .arg(span.length)
                           .arg(span.format.isValid() ? span.format.name() : u"-"_s));
        }
        const QString actual = out.join(u'\n') + u'\n';
        const QString goldenPath = dataPath(sample + u".spans"_s);
        if (qEnvironmentVariableIsSet("SLIPWAY_UPDATE_GOLDEN")) {
            QFile file(goldenPath);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(actual.toUtf8());
        }
        const QString expected = readFile(goldenPath);
        QVERIFY2(!expected.isEmpty(), qPrintable(goldenPath));
        QCOMPARE(actual.split(u'\n'), expected.split(u'\n'));
    }

    void themeFollowsPalette()
    {
        RecipeEditor editor;
        editor.setRecipe(readFile(dataPath(u"sample.sh"_s)));
        auto backgroundLightness = [&editor](int style) {
            return fromBgr(editor.SendScintilla(Sci::SCI_STYLEGETBACK,
                                                static_cast<unsigned long>(style)))
                .lightness();
        };
        editor.setPalette(darkPalette());
        colouriseAll(editor);
        QVERIFY2(backgroundLightness(Sci::STYLE_DEFAULT) < 80,
                 qPrintable(editor.syntaxLexer()->theme().name()));
        QVERIFY(backgroundLightness(0) < 80);
        QVERIFY(fromBgr(editor.SendScintilla(Sci::SCI_STYLEGETFORE, 0ul)).lightness() > 150);
        const QString darkTheme = editor.syntaxLexer()->theme().name();

        editor.setPalette(lightPalette());
        colouriseAll(editor);
        QVERIFY2(backgroundLightness(Sci::STYLE_DEFAULT) > 200,
                 qPrintable(editor.syntaxLexer()->theme().name()));
        QVERIFY(backgroundLightness(0) > 200);
        QVERIFY(fromBgr(editor.SendScintilla(Sci::SCI_STYLEGETFORE, 0ul)).lightness() < 100);
        QVERIFY(editor.syntaxLexer()->theme().name() != darkTheme);
    }

    void incrementalRestyle_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<bool>("atLineEnd");
        QTest::addColumn<int>("removeLength");
        QTest::addColumn<QString>("insert");
        QTest::addColumn<int>("maxLines"); // -1: the edit changes state for the rest of the file

        // Line 2,500 is the closing brace of a function, 2,503 an assignment in an if block.
        QTest::newRow("type a command") << 2500 << false << 0 << u"true; "_s << 3;
        QTest::newRow("paste three lines") << 2500 << false << 0 << u"a=1\nb=2\nc=3\n"_s << 6;
        QTest::newRow("join two lines") << 2503 << true << 1 << QString() << 3;
        QTest::newRow("split a line") << 2503 << false << 0 << u"\n"_s << 4;
        QTest::newRow("delete two lines") << 2503 << false << 0 << QString() << 3;
        QTest::newRow("open a quote") << 2500 << false << 0 << u"echo \""_s << -1;
        QTest::newRow("open a function") << 2500 << false << 0 << u"f() {\n"_s << -1;
    }

    void incrementalRestyle()
    {
        QFETCH(int, line);
        QFETCH(bool, atLineEnd);
        QFETCH(int, removeLength);
        QFETCH(QString, insert);
        QFETCH(int, maxLines);

        constexpr int kLines = 5000;
        RecipeEditor editor;
        editor.setRecipe(longRecipe(kLines));
        QCOMPARE(editor.lines(), kLines + 1);
        SyntaxLexer *lexer = editor.syntaxLexer();
        colouriseAll(editor);
        QVERIFY(lexer->highlightedLines() >= kLines);

        lexer->resetHighlightedLines();
        const auto at = static_cast<unsigned long>(line);
        const long position = editor.SendScintilla(atLineEnd ? Sci::SCI_GETLINEENDPOSITION
                                                             : Sci::SCI_POSITIONFROMLINE,
                                                   at);
        if (QByteArray(QTest::currentDataTag()) == "delete two lines")
            removeLength = int(editor.SendScintilla(Sci::SCI_POSITIONFROMLINE, at + 2) - position);
        if (removeLength > 0)
            editor.SendScintilla(Sci::SCI_DELETERANGE,
                                 static_cast<unsigned long>(position),
                                 long(removeLength));
        if (!insert.isEmpty())
            editor.SendScintilla(Sci::SCI_INSERTTEXT,
                                 static_cast<unsigned long>(position),
                                 insert.toUtf8().constData());
        colouriseAll(editor);
        const qint64 restyled = lexer->highlightedLines();
        qInfo("edit at line 2,500 of %d: %lld lines restyled", kLines, restyled);
        QVERIFY(restyled >= 1);
        if (maxLines > 0)
            QVERIFY2(restyled <= maxLines, qPrintable(QString::number(restyled)));

        RecipeEditor fresh;
        fresh.setRecipe(editor.text());
        colouriseAll(fresh);
        QCOMPARE(editor.lines(), fresh.lines());
        const QList<QRgb> incremental = styleLooks(editor);
        const QList<QRgb> full = styleLooks(fresh);
        if (incremental != full) {
            qsizetype at = 0;
            while (incremental.at(at) == full.at(at))
                ++at;
            QFAIL(qPrintable(u"styles differ from a full restyle at line %1"_s.arg(
                editor.SendScintilla(Sci::SCI_LINEFROMPOSITION, static_cast<unsigned long>(at))
                + 1)));
        }
        QCOMPARE(foldLevels(editor), foldLevels(fresh));
    }

    void foldingFollowsRegions()
    {
        RecipeEditor editor;
        editor.setRecipe(
            u"#!/bin/sh\nf() {\n    echo in\n}\nif true; then\n    echo yes\nfi\necho out\n"_s);
        colouriseAll(editor);
        const QList<int> levels = foldLevels(editor);
        auto level = [&](int line) {
            return levels.at(line) & Sci::SC_FOLDLEVELNUMBERMASK;
        };
        auto header = [&](int line) {
            return bool(levels.at(line) & Sci::SC_FOLDLEVELHEADERFLAG);
        };
        QVERIFY(header(1));
        QVERIFY(level(2) > level(1));
        QCOMPARE(level(7), level(1));
        QVERIFY(header(4));
        QVERIFY(level(5) > level(4));
        QVERIFY(!header(7));

        // Folding the function hides its body.
        editor.foldLine(1);
        QVERIFY(!editor.SendScintilla(Sci::SCI_GETLINEVISIBLE, 2ul));
        QVERIFY(editor.SendScintilla(Sci::SCI_GETLINEVISIBLE, 4ul));
    }

    // Python has no folding regions; it folds by indentation, and an edit keeps it right.
    void foldingFollowsIndentation()
    {
        RecipeEditor editor;
        editor.setRecipe(u"#!/usr/bin/env python3\nclass A:\n    def f(self):\n        return 1\n\n"
                         "    def g(self):\n        pass\n\nprint(A())\n"_s);
        QCOMPARE(editor.language(), u"Python"_s);
        colouriseAll(editor);
        auto header = [&](int line) {
            return bool(editor.SendScintilla(Sci::SCI_GETFOLDLEVEL, static_cast<unsigned long>(line))
                        & Sci::SC_FOLDLEVELHEADERFLAG);
        };
        QVERIFY(header(1));
        QVERIFY(header(2));
        QVERIFY(!header(3));
        QVERIFY(header(5));
        QVERIFY(!header(8));
        editor.foldLine(1); // the class hides both methods, the blank line between them too
        for (unsigned long line = 2; line <= 6; ++line)
            QVERIFY(!editor.SendScintilla(Sci::SCI_GETLINEVISIBLE, line));
        QVERIFY(editor.SendScintilla(Sci::SCI_GETLINEVISIBLE, 8ul));
        editor.foldLine(1);

        // Dedenting g's body makes g no fold header any more.
        editor.SendScintilla(Sci::SCI_DELETERANGE,
                             static_cast<unsigned long>(
                                 editor.SendScintilla(Sci::SCI_POSITIONFROMLINE, 6ul)),
                             8l);
        colouriseAll(editor);
        QVERIFY(!header(5));
        QVERIFY(header(1));
        RecipeEditor fresh;
        fresh.setRecipe(editor.recipe());
        colouriseAll(fresh);
        QCOMPARE(foldLevels(editor), foldLevels(fresh));
    }
};

QTEST_MAIN(TestSyntaxLexer)
#include "tst_syntaxlexer.moc"
