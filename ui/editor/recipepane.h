#pragma once

#include <QWidget>

class QAction;
class QLabel;

namespace Slipway {

class FindReplaceBar;
class RecipeEditor;
class Settings;

// What an image editor embeds for one recipe: the editor, its find/replace bar (Ctrl+F,
// Ctrl+H, F3, Shift+F3) and a footer naming the language and whether the recipe is read-only
// (the inherited, effective recipes are shown read-only).
class RecipePane : public QWidget
{
    Q_OBJECT

public:
    explicit RecipePane(QWidget *parent = nullptr);

    RecipeEditor *editor() const { return m_editor; }
    FindReplaceBar *findBar() const { return m_findBar; }
    QLabel *languageLabel() const { return m_language; }

    void setReadOnly(bool readOnly);
    bool isReadOnly() const;
    void applySettings(const Settings &settings);

    QAction *findAction() const { return m_find; }
    QAction *replaceAction() const { return m_replace; }
    QAction *findNextAction() const { return m_findNext; }
    QAction *findPreviousAction() const { return m_findPrevious; }

private:
    void updateFooter();

    RecipeEditor *m_editor;
    FindReplaceBar *m_findBar;
    QLabel *m_language;
    QAction *m_find;
    QAction *m_replace;
    QAction *m_findNext;
    QAction *m_findPrevious;
};

} // namespace Slipway
