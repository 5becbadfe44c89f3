#pragma once

#include "recipeeditor.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace Slipway {

// The find and replace bar under a recipe editor: next/previous, case, regular expression,
// replace and replace all. Enter finds the next match, Shift+Enter the previous, Escape closes.
class FindReplaceBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindReplaceBar(RecipeEditor *editor, QWidget *parent = nullptr);

    // Opens the bar with the selected text (if any) as the pattern and focuses it.
    void openFind();
    void openReplace(); // also shows the replace row, unless the editor is read-only

    bool findNext();
    bool findPrevious();
    bool replaceOne();
    int replaceAll();

    QLineEdit *findField() const { return m_findField; }
    QLineEdit *replaceField() const { return m_replaceField; }
    QCheckBox *caseSensitiveBox() const { return m_caseSensitive; }
    QCheckBox *regularExpressionBox() const { return m_regularExpression; }
    QLabel *statusLabel() const { return m_status; }
    bool replaceRowVisible() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    RecipeEditor::FindFlags flags() const;
    bool findInDirection(bool backward);
    void open(bool withReplace);
    void setReplaceRowVisible(bool visible);

    RecipeEditor *m_editor;
    QLineEdit *m_findField;
    QLineEdit *m_replaceField;
    QToolButton *m_previous;
    QToolButton *m_next;
    QCheckBox *m_caseSensitive;
    QCheckBox *m_regularExpression;
    QPushButton *m_replace;
    QPushButton *m_replaceAll;
    QWidget *m_replaceRow;
    QLabel *m_status;
};

} // namespace Slipway
