#include "syntaxlexer.h"

#include <KSyntaxHighlighting/FoldingRegion>
#include <KSyntaxHighlighting/Repository>

#include <QLoggingCategory>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace Slipway {

Q_LOGGING_CATEGORY(lcSyntaxLexer, "slipway.ui.editor")

namespace {

using Sci = QsciScintillaBase;

Q_GLOBAL_STATIC(KSyntaxHighlighting::Repository, syntaxRepository)

// Scintilla reserves styles 32..39 (default, line numbers, braces, ...).
constexpr int kFirstReserved = 32;
constexpr int kReservedCount = 8;

} // namespace

bool SyntaxLexer::Appearance::sameLook(const Appearance &other) const
{
    return foreground == other.foreground && hasBackground == other.hasBackground
           && (!hasBackground || background == other.background) && bold == other.bold
           && italic == other.italic && underline == other.underline
           && strikeOut == other.strikeOut;
}

SyntaxLexer::SyntaxLexer(QObject *parent)
    : QsciLexerCustom(parent)
    , m_baseFont(QStringLiteral("monospace"), 10)
{
    m_baseFont.setStyleHint(QFont::Monospace);
    AbstractHighlighter::setTheme(
        repository().defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
    resetStyles();
}

SyntaxLexer::~SyntaxLexer() = default;

KSyntaxHighlighting::Repository &SyntaxLexer::repository()
{
    return *syntaxRepository();
}

const char *SyntaxLexer::language() const
{
    return "KSyntaxHighlighting";
}

QString SyntaxLexer::description(int style) const
{
    const int index = style < kFirstReserved ? style : style - kReservedCount;
    if (style >= kFirstReserved && style < kFirstReserved + kReservedCount)
        return {};
    if (index >= 0 && index < int(m_styles.size()))
        return m_styles[size_t(index)].name;
    return {};
}

QColor SyntaxLexer::defaultColor(int style) const
{
    const int index = style < kFirstReserved ? style : style - kReservedCount;
    if (index >= 0 && index < int(m_styles.size()))
        return QColor::fromRgb(m_styles[size_t(index)].foreground);
    return QColor::fromRgb(theme().textColor(KSyntaxHighlighting::Theme::Normal));
}

QColor SyntaxLexer::defaultPaper(int style) const
{
    const int index = style < kFirstReserved ? style : style - kReservedCount;
    if (index >= 0 && index < int(m_styles.size()) && m_styles[size_t(index)].hasBackground)
        return QColor::fromRgb(m_styles[size_t(index)].background);
    return QColor::fromRgb(theme().editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
}

QFont SyntaxLexer::defaultFont(int style) const
{
    QFont font = m_baseFont;
    const int index = style < kFirstReserved ? style : style - kReservedCount;
    if (index >= 0 && index < int(m_styles.size())) {
        const Appearance &a = m_styles[size_t(index)];
        font.setBold(a.bold);
        font.setItalic(a.italic);
        font.setUnderline(a.underline);
        font.setStrikeOut(a.strikeOut);
    }
    return font;
}

void SyntaxLexer::setEditor(QsciScintilla *editor)
{
    if (QsciScintilla *old = this->editor())
        disconnect(old, nullptr, this, nullptr);
    QsciLexerCustom::setEditor(editor);
    m_lines.clear();
    if (!editor)
        return;
    m_lines.resize(size_t(editor->SendScintilla(Sci::SCI_GETLINECOUNT)));
    connect(editor,
            &QsciScintillaBase::SCN_MODIFIED,
            this,
            [this](int position, int type, const char *, int, int linesAdded, int, int, int, int, int) {
                handleModified(position, type, linesAdded);
            });
}

void SyntaxLexer::setDefinition(const KSyntaxHighlighting::Definition &definition)
{
    if (definition == this->definition())
        return;
    AbstractHighlighter::setDefinition(definition);
    qCDebug(lcSyntaxLexer) << "definition" << definition.name();
    // Format ids of the new definition are new; the looks already allocated stay valid.
    m_styleByFormatId.clear();
    invalidateAll();
}

void SyntaxLexer::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    if (theme.isValid() && theme.name() == this->theme().name())
        return;
    AbstractHighlighter::setTheme(theme);
    qCDebug(lcSyntaxLexer) << "theme" << theme.name();
    resetStyles();
    invalidateAll();
}

void SyntaxLexer::setThemeFromPalette(const QPalette &palette)
{
    setTheme(repository().themeForPalette(palette));
}

void SyntaxLexer::setBaseFont(const QFont &font)
{
    m_baseFont = font;
    setDefaultFont(font);
    for (int i = 0; i < int(m_styles.size()); ++i)
        applyStyle(i);
    setFont(font, Sci::STYLE_DEFAULT);
    setFont(font, Sci::STYLE_LINENUMBER);
}

SyntaxLexer::Appearance SyntaxLexer::appearanceOf(const KSyntaxHighlighting::Format &format) const
{
    using KSyntaxHighlighting::Theme;
    const Theme &t = theme();
    Appearance a;
    a.foreground = t.textColor(Theme::Normal);
    a.name = u"Normal Text"_s;
    if (!format.isValid())
        return a;
    a.name = format.name();
    if (format.hasTextColor(t))
        a.foreground = format.textColor(t).rgb();
    a.hasBackground = format.hasBackgroundColor(t);
    if (a.hasBackground)
        a.background = format.backgroundColor(t).rgb();
    a.bold = format.isBold(t);
    a.italic = format.isItalic(t);
    a.underline = format.isUnderline(t);
    a.strikeOut = format.isStrikeThrough(t);
    return a;
}

int SyntaxLexer::scintillaStyle(int index) const
{
    return index < kFirstReserved ? index : index + kReservedCount;
}

void SyntaxLexer::applyStyle(int index)
{
    const int style = scintillaStyle(index);
    setColor(defaultColor(style), style);
    setPaper(defaultPaper(style), style);
    setFont(defaultFont(style), style);
    setEolFill(false, style);
}

void SyntaxLexer::resetStyles()
{
    m_styles.clear();
    m_styleByFormatId.clear();
    m_styles.push_back(appearanceOf(KSyntaxHighlighting::Format()));
    const QColor paper = QColor::fromRgb(
        theme().editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
    setDefaultColor(QColor::fromRgb(theme().textColor(KSyntaxHighlighting::Theme::Normal)));
    setDefaultPaper(paper); // also paints STYLE_DEFAULT, the area past the text
    setColor(defaultColor(0), Sci::STYLE_DEFAULT);
    applyStyle(0);
}

int SyntaxLexer::styleForFormat(const KSyntaxHighlighting::Format &format)
{
    if (!format.isValid())
        return 0;
    if (const auto it = m_styleByFormatId.constFind(format.id()); it != m_styleByFormatId.cend())
        return *it;
    const Appearance look = appearanceOf(format);
    int index = -1;
    for (int i = 0; i < int(m_styles.size()); ++i) {
        if (m_styles[size_t(i)].sameLook(look)) {
            index = i;
            break;
        }
    }
    if (index < 0 && int(m_styles.size()) < kMaxStyles) {
        m_styles.push_back(look);
        index = int(m_styles.size()) - 1;
        applyStyle(index);
    }
    if (index < 0) {
        qCWarning(lcSyntaxLexer) << "out of styles; drawing" << format.name() << "as normal text";
        index = 0;
    }
    const int style = scintillaStyle(index);
    m_styleByFormatId.insert(format.id(), style);
    return style;
}

void SyntaxLexer::invalidateAll()
{
    for (LineData &line : m_lines)
        line = LineData();
    if (QsciScintilla *ed = editor()) {
        // Everything is unstyled now; Scintilla asks again for what it shows.
        ed->SendScintilla(Sci::SCI_STARTSTYLING, 0ul, 0l);
        ed->viewport()->update();
    }
}

void SyntaxLexer::handleModified(int position, int modificationType, int linesAdded)
{
    if (!(modificationType & (Sci::SC_MOD_INSERTTEXT | Sci::SC_MOD_DELETETEXT)))
        return;
    QsciScintilla *ed = editor();
    const int line = int(ed->SendScintilla(Sci::SCI_LINEFROMPOSITION, long(position)));
    const int lineCount = int(ed->SendScintilla(Sci::SCI_GETLINECOUNT));
    // The entry that keeps its state is the one whose line end survives the edit: inserted
    // lines come before it, merged lines are removed before it.
    if (linesAdded > 0 && size_t(line) <= m_lines.size())
        m_lines.insert(m_lines.begin() + line, size_t(linesAdded), LineData());
    else if (linesAdded < 0 && size_t(line - linesAdded) <= m_lines.size())
        m_lines.erase(m_lines.begin() + line, m_lines.begin() + line - linesAdded);
    if (m_lines.size() != size_t(lineCount)) {
        // Out of step (should not happen): start over rather than trust stale states.
        qCWarning(lcSyntaxLexer) << "line bookkeeping out of step; restyling everything";
        m_lines.assign(size_t(lineCount), LineData());
        return;
    }
    for (int l = line; l <= line + std::max(linesAdded, 0); ++l)
        m_lines[size_t(l)].valid = false;
}

void SyntaxLexer::styleText(int start, int end)
{
    QsciScintilla *ed = editor();
    if (!ed)
        return;
    const int lineCount = int(ed->SendScintilla(Sci::SCI_GETLINECOUNT));
    const int length = int(ed->SendScintilla(Sci::SCI_GETLENGTH));
    if (m_lines.size() != size_t(lineCount))
        m_lines.assign(size_t(lineCount), LineData());
    auto lineStart = [&](int line) {
        return line >= lineCount ? length
                                 : int(ed->SendScintilla(Sci::SCI_POSITIONFROMLINE, long(line)));
    };

    int line = int(ed->SendScintilla(Sci::SCI_LINEFROMPOSITION, long(start)));
    int lastLine = int(ed->SendScintilla(Sci::SCI_LINEFROMPOSITION, long(end)));
    if (lastLine > line && lineStart(lastLine) == end)
        --lastLine;

    KSyntaxHighlighting::State state;
    int depth = 0;
    if (line > 0) {
        state = m_lines[size_t(line - 1)].endState;
        depth = m_lines[size_t(line - 1)].endFoldDepth;
    }
    m_pendingStart = lineStart(line);
    m_pendingStyles.clear();

    bool extended = false;
    while (line <= lastLine) {
        const LineData before = m_lines[size_t(line)];
        highlightOneLine(line, state, depth);
        ++line;
        if (line >= lineCount)
            break;
        if (before.hasState && m_lines[size_t(line)].valid && before.endState == state
            && before.endFoldDepth == depth) {
            // Same state as before this edit: the lines after it would come out the same.
            int next = line;
            while (next <= lastLine && m_lines[size_t(next)].valid)
                ++next;
            if (next > line) {
                flushStyling();
                line = next;
                state = m_lines[size_t(line - 1)].endState;
                depth = m_lines[size_t(line - 1)].endFoldDepth;
                m_pendingStart = lineStart(line);
            }
        } else {
            m_lines[size_t(line)].valid = false;
            if (line > lastLine && !extended) {
                // The lines below changed too (a quote opened, say). Scintilla asked only for
                // what it repaints and notices nothing more unless the last style byte
                // changed, so style the rest of the view now; it then repaints all of it.
                extended = true;
                const long firstVisible = ed->SendScintilla(Sci::SCI_DOCLINEFROMVISIBLE,
                                                            ed->SendScintilla(
                                                                Sci::SCI_GETFIRSTVISIBLELINE));
                const long onScreen = ed->SendScintilla(Sci::SCI_LINESONSCREEN);
                lastLine = std::max(lastLine,
                                    int(std::min<long>(firstVisible + onScreen, lineCount - 1)));
            }
        }
    }
    flushStyling();
    // Marks everything up to here as styled, including lines skipped above.
    ed->SendScintilla(Sci::SCI_STARTSTYLING, static_cast<unsigned long>(lineStart(line)), 0l);
}

void SyntaxLexer::flushStyling()
{
    if (m_pendingStyles.isEmpty())
        return;
    QsciScintilla *ed = editor();
    ed->SendScintilla(Sci::SCI_STARTSTYLING, static_cast<unsigned long>(m_pendingStart), 0l);
    ed->SendScintilla(Sci::SCI_SETSTYLINGEX,
                      static_cast<unsigned long>(m_pendingStyles.size()),
                      m_pendingStyles.constData());
    m_pendingStart += int(m_pendingStyles.size());
    m_pendingStyles.clear();
}

void SyntaxLexer::highlightOneLine(int line, KSyntaxHighlighting::State &state, int &foldDepth)
{
    QsciScintilla *ed = editor();
    const int withEol = int(ed->SendScintilla(Sci::SCI_LINELENGTH, long(line)));
    const int lineStartPos = int(ed->SendScintilla(Sci::SCI_POSITIONFROMLINE, long(line)));
    const int byteLength = int(ed->SendScintilla(Sci::SCI_GETLINEENDPOSITION, long(line)))
                           - lineStartPos;
    m_lineBytes.resize(withEol + 1);
    if (withEol > 0)
        ed->SendScintilla(Sci::SCI_GETLINE, static_cast<unsigned long>(line), m_lineBytes.data());

    bool ascii = true;
    for (int i = 0; i < byteLength && ascii; ++i)
        ascii = static_cast<unsigned char>(m_lineBytes.at(i)) < 0x80;
    const bool utf8 = ed->isUtf8();
    if (ascii || !utf8)
        m_lineText = QString::fromLatin1(m_lineBytes.constData(), byteLength);
    else
        m_lineText = QString::fromUtf8(m_lineBytes.constData(), byteLength);

    m_byteOffsets.clear();
    if (!ascii && utf8) {
        // KSyntaxHighlighting counts UTF-16 units, Scintilla counts UTF-8 bytes.
        m_byteOffsets.reserve(size_t(m_lineText.size()) + 1);
        int bytes = 0;
        for (const QChar c : std::as_const(m_lineText)) {
            m_byteOffsets.push_back(bytes);
            const char16_t u = c.unicode();
            if (c.isLowSurrogate())
                continue; // the pair's four bytes were counted on the high half
            bytes += u < 0x80 ? 1 : u < 0x800 ? 2 : c.isHighSurrogate() ? 4 : 3;
        }
        m_byteOffsets.push_back(bytes);
    }

    m_lineOffsetInPending = int(m_pendingStyles.size());
    m_lineByteLength = byteLength;
    m_pendingStyles.append(withEol, char(0));
    m_lineFoldDepth = foldDepth;
    m_lineFoldMinDepth = foldDepth;

    state = highlightLine(m_lineText, state);
    ++m_highlightedLines;

    if (state.indentationBasedFoldingEnabled()) {
        setIndentationFoldLevels(line, m_lineText);
    } else {
        int level = Sci::SC_FOLDLEVELBASE + m_lineFoldMinDepth;
        if (m_lineFoldDepth > m_lineFoldMinDepth)
            level |= Sci::SC_FOLDLEVELHEADERFLAG;
        setFoldLevel(line, level);
        foldDepth = m_lineFoldDepth;
    }

    LineData &data = m_lines[size_t(line)];
    data.endState = state;
    data.endFoldDepth = foldDepth;
    data.hasState = true;
    data.valid = true;
}

void SyntaxLexer::setFoldLevel(int line, int level)
{
    QsciScintilla *ed = editor();
    if (int(ed->SendScintilla(Sci::SCI_GETFOLDLEVEL, long(line))) != level)
        ed->SendScintilla(Sci::SCI_SETFOLDLEVEL, static_cast<unsigned long>(line), long(level));
}

void SyntaxLexer::setIndentationFoldLevels(int line, QStringView text)
{
    // Languages like Python fold by indentation: a line heads a fold when the next non-blank
    // line is indented deeper; blank lines take the level of the line after them. Both
    // neighbours are looked up here so that restyling one line keeps them right.
    QsciScintilla *ed = editor();
    const int lineCount = int(ed->SendScintilla(Sci::SCI_GETLINECOUNT));
    auto isBlank = [ed](int l) {
        return ed->SendScintilla(Sci::SCI_GETLINEINDENTPOSITION, long(l))
               == ed->SendScintilla(Sci::SCI_GETLINEENDPOSITION, long(l));
    };
    auto indent = [ed](int l) {
        return std::min(int(ed->SendScintilla(Sci::SCI_GETLINEINDENTATION, long(l))),
                        int(Sci::SC_FOLDLEVELNUMBERMASK) - int(Sci::SC_FOLDLEVELBASE));
    };
    if (text.trimmed().isEmpty()) {
        int next = line + 1;
        while (next < lineCount && isBlank(next))
            ++next;
        const int nextIndent = next < lineCount ? indent(next) : 0;
        setFoldLevel(line, (Sci::SC_FOLDLEVELBASE + nextIndent) | Sci::SC_FOLDLEVELWHITEFLAG);
        return;
    }
    const int own = indent(line);
    int next = line + 1;
    while (next < lineCount && isBlank(next))
        ++next;
    int level = Sci::SC_FOLDLEVELBASE + own;
    if (next < lineCount && indent(next) > own)
        level |= Sci::SC_FOLDLEVELHEADERFLAG;
    setFoldLevel(line, level);
    // The blank lines above take this line's level; the line above them heads a fold if this
    // line is indented deeper.
    int previous = line - 1;
    for (; previous >= 0 && isBlank(previous); --previous)
        setFoldLevel(previous, (Sci::SC_FOLDLEVELBASE + own) | Sci::SC_FOLDLEVELWHITEFLAG);
    if (previous >= 0) {
        const int previousIndent = indent(previous);
        int previousLevel = Sci::SC_FOLDLEVELBASE + previousIndent;
        if (own > previousIndent)
            previousLevel |= Sci::SC_FOLDLEVELHEADERFLAG;
        setFoldLevel(previous, previousLevel);
    }
}

void SyntaxLexer::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    const int style = styleForFormat(format);
    if (style == 0 || length <= 0)
        return;
    auto toByte = [this](int utf16) {
        if (m_byteOffsets.empty())
            return std::min(utf16, m_lineByteLength);
        return std::min(m_byteOffsets[size_t(std::min<qsizetype>(utf16, m_lineText.size()))],
                        m_lineByteLength);
    };
    const int from = toByte(offset);
    const int to = toByte(offset + length);
    char *styles = m_pendingStyles.data() + m_lineOffsetInPending;
    std::fill(styles + from, styles + to, char(style));
}

void SyntaxLexer::applyFolding(int, int, KSyntaxHighlighting::FoldingRegion region)
{
    if (region.type() == KSyntaxHighlighting::FoldingRegion::Begin) {
        ++m_lineFoldDepth;
    } else if (region.type() == KSyntaxHighlighting::FoldingRegion::End && m_lineFoldDepth > 0) {
        --m_lineFoldDepth;
        m_lineFoldMinDepth = std::min(m_lineFoldMinDepth, m_lineFoldDepth);
    }
}

} // namespace Slipway
