#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include "qsciheaders.h"

#include <QByteArray>
#include <QFont>
#include <QHash>
#include <QList>

#include <vector>

class QPalette;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Slipway {

// A QScintilla lexer that lets KDE Syntax-Highlighting do the work. It keeps the highlighter
// state at the end of every line, so after an edit styling restarts at the edited line and
// stops as soon as a line ends in the same state (and fold depth) as before. Formats map to a
// bounded set of Scintilla styles: one per distinct appearance in the current theme.
class SyntaxLexer : public QsciLexerCustom, public KSyntaxHighlighting::AbstractHighlighter
{
    Q_OBJECT
    Q_INTERFACES(KSyntaxHighlighting::AbstractHighlighter)

public:
    explicit SyntaxLexer(QObject *parent = nullptr);
    ~SyntaxLexer() override;
    Q_DISABLE_COPY_MOVE(SyntaxLexer)

    // The process-wide syntax repository (loading it costs tens of milliseconds).
    static KSyntaxHighlighting::Repository &repository();

    void setDefinition(const KSyntaxHighlighting::Definition &definition) override;
    void setTheme(const KSyntaxHighlighting::Theme &theme) override;
    void setThemeFromPalette(const QPalette &palette);

    // The base font of every style; bold and italic come from the theme.
    void setBaseFont(const QFont &font);
    QFont baseFont() const { return m_baseFont; }

    // The Scintilla style that text in this format gets in the current theme.
    int styleForFormat(const KSyntaxHighlighting::Format &format);
    // Styles in use, at most kMaxStyles; style 0 is the theme's normal text.
    int styleCount() const { return int(m_styles.size()); }
    static constexpr int kMaxStyles = 248;

    // Instrumentation: lines passed through the highlighter since the last reset.
    qint64 highlightedLines() const { return m_highlightedLines; }
    void resetHighlightedLines() { m_highlightedLines = 0; }

    // QsciLexer
    const char *language() const override;
    QString description(int style) const override;
    int styleBitsNeeded() const override { return 8; }
    QColor defaultColor(int style) const override;
    QColor defaultPaper(int style) const override;
    QFont defaultFont(int style) const override;
    void setEditor(QsciScintilla *editor) override;
    void styleText(int start, int end) override;

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;
    void applyFolding(int offset, int length, KSyntaxHighlighting::FoldingRegion region) override;

private:
    struct Appearance
    {
        QRgb foreground = 0;
        QRgb background = 0;
        bool hasBackground = false;
        bool bold = false;
        bool italic = false;
        bool underline = false;
        bool strikeOut = false;
        QString name;

        bool sameLook(const Appearance &other) const;
    };
    struct LineData
    {
        KSyntaxHighlighting::State endState;
        int endFoldDepth = 0;
        bool hasState = false; // endState is what the next line was last highlighted from
        bool valid = false;    // text unchanged since it was highlighted from the line before
    };

    Appearance appearanceOf(const KSyntaxHighlighting::Format &format) const;
    int scintillaStyle(int index) const;
    void applyStyle(int index);
    void resetStyles();
    void invalidateAll();
    void handleModified(int position, int modificationType, int linesAdded);
    void highlightOneLine(int line, KSyntaxHighlighting::State &state, int &foldDepth);
    void flushStyling();
    void setFoldLevel(int line, int level);
    void setIndentationFoldLevels(int line, QStringView text);

    QFont m_baseFont;
    std::vector<Appearance> m_styles;
    QHash<int, int> m_styleByFormatId;
    std::vector<LineData> m_lines;
    qint64 m_highlightedLines = 0;

    // Scratch buffers for the line being highlighted.
    QByteArray m_lineBytes;
    QString m_lineText;
    std::vector<int> m_byteOffsets;
    QByteArray m_pendingStyles;
    int m_pendingStart = -1;
    int m_lineOffsetInPending = 0;
    int m_lineByteLength = 0;
    int m_lineFoldDepth = 0;
    int m_lineFoldMinDepth = 0;
};

} // namespace Slipway
