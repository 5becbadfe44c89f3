#include "recipepane.h"

#include "findreplacebar.h"
#include "recipeeditor.h"

#include <QAction>
#include <QLabel>
#include <QVBoxLayout>

namespace Slipway {

RecipePane::RecipePane(QWidget *parent)
    : QWidget(parent)
    , m_editor(new RecipeEditor(this))
    , m_findBar(new FindReplaceBar(m_editor, this))
    , m_language(new QLabel(this))
    , m_find(new QAction(tr("&Find…"), this))
    , m_replace(new QAction(tr("&Replace…"), this))
    , m_findNext(new QAction(tr("Find &Next"), this))
    , m_findPrevious(new QAction(tr("Find &Previous"), this))
{
    m_findBar->hide();
    m_language->setContentsMargins(4, 0, 4, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_findBar);
    layout->addWidget(m_language);

    m_find->setShortcut(QKeySequence::Find);
    m_replace->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_findNext->setShortcut(QKeySequence(Qt::Key_F3));
    m_findPrevious->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    for (QAction *action : {m_find, m_replace, m_findNext, m_findPrevious}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_find, &QAction::triggered, m_findBar, &FindReplaceBar::openFind);
    connect(m_replace, &QAction::triggered, m_findBar, &FindReplaceBar::openReplace);
    connect(m_findNext, &QAction::triggered, m_findBar, &FindReplaceBar::findNext);
    connect(m_findPrevious, &QAction::triggered, m_findBar, &FindReplaceBar::findPrevious);
    connect(m_editor, &RecipeEditor::languageChanged, this, &RecipePane::updateFooter);
    updateFooter();
}

void RecipePane::setReadOnly(bool readOnly)
{
    m_editor->setReadOnly(readOnly);
    m_replace->setEnabled(!readOnly);
    if (readOnly && m_findBar->replaceRowVisible())
        m_findBar->openFind();
    updateFooter();
}

bool RecipePane::isReadOnly() const
{
    return m_editor->isReadOnly();
}

void RecipePane::applySettings(const Settings &settings)
{
    m_editor->applySettings(settings);
}

void RecipePane::updateFooter()
{
    m_language->setText(isReadOnly() ? tr("%1 — read-only").arg(m_editor->language())
                                     : m_editor->language());
}

} // namespace Slipway
