#include "recipeeditor.h"

#include "recipelanguage.h"
#include "syntaxlexer.h"

#include "core/settings.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QFontMetrics>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

using Sci = QsciScintillaBase;
constexpr int kLineNumberMargin = 0;
constexpr int kFoldMargin = 2;

} // namespace

RecipeEditor::RecipeEditor(QWidget *parent)
    : QsciScintilla(parent)
    , m_lexer(new SyntaxLexer(this))
{
    setUtf8(true);
    setEolMode(EolUnix);
    setIndentationsUseTabs(false);
    setTabWidth(4);
    setAutoIndent(true);
    setBraceMatching(SloppyBraceMatch);
    setCaretLineVisible(true);
    // The horizontal scroll bar follows the longest line seen, not a fixed 2,000 pixels.
    SendScintilla(Sci::SCI_SETSCROLLWIDTH, 1ul);
    SendScintilla(Sci::SCI_SETSCROLLWIDTHTRACKING, 1ul);
    setMarginType(kLineNumberMargin, NumberMargin);
    setMarginLineNumbers(kLineNumberMargin, true);
    setFolding(BoxedTreeFoldStyle, kFoldMargin);
    m_lexer->setDefinition(RecipeLanguage::definitionFor(SyntaxLexer::repository(), {}));
    m_lexer->setThemeFromPalette(palette());
    setLexer(m_lexer);
    setEditorFont(m_lexer->baseFont());
    applyTheme();

    connect(this, &QsciScintilla::textChanged, this, [this] {
        if (!m_settingRecipe)
            Q_EMIT recipeEdited();
    });
    connect(this, &QsciScintilla::linesChanged, this, &RecipeEditor::updateLineNumberWidth);
    connect(this,
            &QsciScintillaBase::SCN_MODIFIED,
            this,
            [this](int position, int type, const char *, int, int, int, int, int, int, int) {
                if (type & (Sci::SC_MOD_INSERTTEXT | Sci::SC_MOD_DELETETEXT)
                    && SendScintilla(Sci::SCI_LINEFROMPOSITION, long(position)) == 0)
                    detectLanguage();
            });
    updateLineNumberWidth();
}

RecipeEditor::~RecipeEditor()
{
    setLexer(nullptr);
}

void RecipeEditor::setRecipe(const QString &recipe)
{
    m_settingRecipe = true;
    setText(recipe);
    m_settingRecipe = false;
    SendScintilla(Sci::SCI_EMPTYUNDOBUFFER);
    setModified(false);
}

QString RecipeEditor::language() const
{
    const KSyntaxHighlighting::Definition definition = m_lexer->definition();
    return definition.isValid() ? definition.translatedName() : tr("Plain text");
}

void RecipeEditor::detectLanguage()
{
    const QString firstLine = text(0).trimmed();
    if (firstLine == m_firstLine)
        return;
    m_firstLine = firstLine;
    const KSyntaxHighlighting::Definition definition
        = RecipeLanguage::definitionFor(SyntaxLexer::repository(), firstLine);
    if (definition == m_lexer->definition())
        return;
    m_lexer->setDefinition(definition);
    Q_EMIT languageChanged(language());
}

void RecipeEditor::applySettings(const Settings &settings)
{
    QFont font(settings.editorFontFamily(), settings.editorFontSize());
    font.setStyleHint(QFont::Monospace);
    font.setFixedPitch(true);
    setEditorFont(font);
    switch (settings.theme()) {
    case Settings::Theme::Light:
        m_themeChoice = ThemeChoice::Light;
        break;
    case Settings::Theme::Dark:
        m_themeChoice = ThemeChoice::Dark;
        break;
    case Settings::Theme::System:
        m_themeChoice = ThemeChoice::System;
        break;
    }
    applyTheme();
}

void RecipeEditor::setEditorFont(const QFont &font)
{
    m_lexer->setBaseFont(font);
    setMarginsFont(font);
    m_lineNumberDigits = 0;
    updateLineNumberWidth();
}

void RecipeEditor::updateLineNumberWidth()
{
    int digits = 2;
    for (int n = lines(); n >= 100; n /= 10)
        ++digits;
    if (digits == m_lineNumberDigits)
        return;
    m_lineNumberDigits = digits;
    setMarginWidth(kLineNumberMargin, QString(digits + 1, u'9'));
}

void RecipeEditor::applyTheme()
{
    using KSyntaxHighlighting::Repository;
    using KSyntaxHighlighting::Theme;
    Repository &repository = SyntaxLexer::repository();
    switch (m_themeChoice) {
    case ThemeChoice::System:
        m_lexer->setThemeFromPalette(palette());
        break;
    case ThemeChoice::Light:
        m_lexer->setTheme(repository.defaultTheme(Repository::LightTheme));
        break;
    case ThemeChoice::Dark:
        m_lexer->setTheme(repository.defaultTheme(Repository::DarkTheme));
        break;
    }
    const Theme theme = m_lexer->theme();
    auto color = [&theme](Theme::EditorColorRole role) {
        return QColor::fromRgb(theme.editorColor(role));
    };
    setPaper(color(Theme::BackgroundColor));
    setColor(QColor::fromRgb(theme.textColor(Theme::Normal)));
    setCaretForegroundColor(QColor::fromRgb(theme.textColor(Theme::Normal)));
    setCaretLineBackgroundColor(color(Theme::CurrentLine));
    setSelectionBackgroundColor(color(Theme::TextSelection));
    resetSelectionForegroundColor();
    setMarginsBackgroundColor(color(Theme::IconBorder));
    setMarginsForegroundColor(color(Theme::LineNumbers));
    setFoldMarginColors(color(Theme::IconBorder), color(Theme::IconBorder));
    setMatchedBraceBackgroundColor(color(Theme::BracketMatching));
    setMatchedBraceForegroundColor(QColor::fromRgb(theme.textColor(Theme::Normal)));
    setUnmatchedBraceForegroundColor(QColor::fromRgb(theme.textColor(Theme::Error)));
    for (int marker = int(SC_MARKNUM_FOLDEREND); marker <= int(SC_MARKNUM_FOLDEROPEN); ++marker) {
        setMarkerForegroundColor(color(Theme::IconBorder), marker);
        setMarkerBackgroundColor(color(Theme::LineNumbers), marker);
    }
}

void RecipeEditor::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
    else if (event->type() == QEvent::ReadOnlyChange)
        setCaretLineVisible(!isReadOnly());
}

int RecipeEditor::searchFlags(FindFlags flags) const
{
    int result = 0;
    if (flags & CaseSensitive)
        result |= Sci::SCFIND_MATCHCASE;
    if (flags & WholeWords)
        result |= Sci::SCFIND_WHOLEWORD;
    if (flags & RegularExpression)
        result |= Sci::SCFIND_REGEXP | Sci::SCFIND_CXX11REGEX;
    return result;
}

bool RecipeEditor::searchRange(
    const QByteArray &pattern, int from, int to, int &matchStart, int &matchEnd)
{
    SendScintilla(Sci::SCI_SETTARGETRANGE, static_cast<unsigned long>(from), long(to));
    if (SendScintilla(Sci::SCI_SEARCHINTARGET,
                      static_cast<unsigned long>(pattern.size()),
                      pattern.constData())
        < 0)
        return false;
    matchStart = int(SendScintilla(Sci::SCI_GETTARGETSTART));
    matchEnd = int(SendScintilla(Sci::SCI_GETTARGETEND));
    return true;
}

bool RecipeEditor::find(const QString &pattern, FindFlags flags, bool backward)
{
    if (pattern.isEmpty())
        return false;
    const QByteArray bytes = pattern.toUtf8();
    SendScintilla(Sci::SCI_SETSEARCHFLAGS, searchFlags(flags));
    const int length = int(SendScintilla(Sci::SCI_GETLENGTH));
    const int selStart = int(SendScintilla(Sci::SCI_GETSELECTIONSTART));
    const int selEnd = int(SendScintilla(Sci::SCI_GETSELECTIONEND));
    int start = -1;
    int end = -1;
    bool found = false;
    if (!backward) {
        found = searchRange(bytes, selEnd, length, start, end);
        if (found && start == end && start == selStart && selStart == selEnd) {
            // An empty match at the caret would be found again and again: step past it.
            found = selEnd < length
                    && searchRange(bytes,
                                   int(SendScintilla(Sci::SCI_POSITIONAFTER, long(selEnd))),
                                   length,
                                   start,
                                   end);
        }
        if (!found)
            found = searchRange(bytes, 0, std::min(selEnd, length), start, end);
    } else {
        found = searchRange(bytes, selStart, 0, start, end)
                || searchRange(bytes, length, selStart, start, end);
        if (found && start == selStart && end == selEnd && selStart == selEnd && selStart > 0)
            found = searchRange(bytes, selStart - 1, 0, start, end);
    }
    if (!found)
        return false;
    const int line = int(SendScintilla(Sci::SCI_LINEFROMPOSITION, long(start)));
    SendScintilla(Sci::SCI_ENSUREVISIBLEENFORCEPOLICY, static_cast<unsigned long>(line));
    SendScintilla(Sci::SCI_SETSEL, static_cast<unsigned long>(start), long(end));
    return true;
}

bool RecipeEditor::replaceSelection(const QString &pattern,
                                    const QString &replacement,
                                    FindFlags flags)
{
    if (pattern.isEmpty() || isReadOnly())
        return false;
    const QByteArray bytes = pattern.toUtf8();
    SendScintilla(Sci::SCI_SETSEARCHFLAGS, searchFlags(flags));
    const int selStart = int(SendScintilla(Sci::SCI_GETSELECTIONSTART));
    const int selEnd = int(SendScintilla(Sci::SCI_GETSELECTIONEND));
    int start = -1;
    int end = -1;
    bool replaced = false;
    if (searchRange(bytes, selStart, selEnd, start, end) && start == selStart && end == selEnd) {
        const QByteArray with = replacement.toUtf8();
        const int message = (flags & RegularExpression) ? Sci::SCI_REPLACETARGETRE
                                                        : Sci::SCI_REPLACETARGET;
        const int written = int(
            SendScintilla(message, static_cast<unsigned long>(with.size()), with.constData()));
        SendScintilla(Sci::SCI_SETSEL,
                      static_cast<unsigned long>(start + written),
                      long(start + written));
        replaced = true;
    }
    find(pattern, flags);
    return replaced;
}

int RecipeEditor::replaceAll(const QString &pattern, const QString &replacement, FindFlags flags)
{
    if (pattern.isEmpty() || isReadOnly())
        return 0;
    const QByteArray bytes = pattern.toUtf8();
    const QByteArray with = replacement.toUtf8();
    const int message = (flags & RegularExpression) ? Sci::SCI_REPLACETARGETRE
                                                    : Sci::SCI_REPLACETARGET;
    SendScintilla(Sci::SCI_SETSEARCHFLAGS, searchFlags(flags));
    int count = 0;
    int position = 0;
    int start = -1;
    int end = -1;
    beginUndoAction();
    // Every pass moves past one match, so there are at most length + 1 of them.
    for (int length = int(SendScintilla(Sci::SCI_GETLENGTH)), guard = length + 1;
         guard > 0 && position <= length && searchRange(bytes, position, length, start, end);
         --guard) {
        const int written = int(
            SendScintilla(message, static_cast<unsigned long>(with.size()), with.constData()));
        ++count;
        position = start + written;
        length = int(SendScintilla(Sci::SCI_GETLENGTH));
        if (end == start) {
            if (position >= length)
                break;
            position = int(SendScintilla(Sci::SCI_POSITIONAFTER, long(position)));
        }
    }
    endUndoAction();
    return count;
}

} // namespace Slipway
