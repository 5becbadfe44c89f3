#pragma once

#include "qsciheaders.h"

#include <QFlags>
#include <QString>

namespace Slipway {

class Settings;
class SyntaxLexer;

// A code editor for one recipe: highlighted by KDE Syntax-Highlighting in the language its
// shebang names (Bash without one), themed after the palette, with line numbers, folding and
// search. Programmatic setRecipe() is silent; user edits emit recipeEdited() for the model.
class RecipeEditor : public QsciScintilla
{
    Q_OBJECT
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(QString recipe READ recipe WRITE setRecipe NOTIFY recipeEdited)

public:
    enum FindFlag {
        CaseSensitive = 0x1,
        RegularExpression = 0x2, // ECMAScript syntax; \1 in replacements
        WholeWords = 0x4,
    };
    Q_DECLARE_FLAGS(FindFlags, FindFlag)
    Q_FLAG(FindFlags)

    explicit RecipeEditor(QWidget *parent = nullptr);
    ~RecipeEditor() override;

    QString recipe() const { return text(); }
    // Replaces the text without emitting recipeEdited() and clears the undo history.
    void setRecipe(const QString &recipe);

    // The language the highlighting follows ("Bash", "Python", ...; "Plain text" when unknown).
    QString language() const;
    SyntaxLexer *syntaxLexer() const { return m_lexer; }

    // Editor font and theme choice from the user's settings.
    void applySettings(const Settings &settings);
    void setEditorFont(const QFont &font);

    // Selects the next (or previous) match after (before) the selection, wrapping around.
    bool find(const QString &pattern, FindFlags flags, bool backward = false);
    // Replaces the selection when it is a match, then selects the next match.
    bool replaceSelection(const QString &pattern, const QString &replacement, FindFlags flags);
    // Replaces every match as one undo step; returns how many.
    int replaceAll(const QString &pattern, const QString &replacement, FindFlags flags);

Q_SIGNALS:
    void languageChanged(const QString &language);
    // The user changed the text (typing, paste, undo, replace); not sent by setRecipe().
    void recipeEdited();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class ThemeChoice { System, Light, Dark };

    void applyTheme();
    void detectLanguage();
    void updateLineNumberWidth();
    int searchFlags(FindFlags flags) const;
    bool searchRange(const QByteArray &pattern, int from, int to, int &matchStart, int &matchEnd);

    SyntaxLexer *m_lexer = nullptr;
    ThemeChoice m_themeChoice = ThemeChoice::System;
    QString m_firstLine;
    bool m_settingRecipe = false;
    int m_lineNumberDigits = 0;
};

} // namespace Slipway

Q_DECLARE_OPERATORS_FOR_FLAGS(Slipway::RecipeEditor::FindFlags)
