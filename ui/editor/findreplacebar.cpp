#include "findreplacebar.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace Slipway {

FindReplaceBar::FindReplaceBar(RecipeEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_findField(new QLineEdit(this))
    , m_replaceField(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_caseSensitive(new QCheckBox(tr("Match &case"), this))
    , m_regularExpression(new QCheckBox(tr("Regular e&xpression"), this))
    , m_replace(new QPushButton(tr("&Replace"), this))
    , m_replaceAll(new QPushButton(tr("Replace &All"), this))
    , m_replaceRow(new QWidget(this))
    , m_status(new QLabel(this))
{
    m_findField->setPlaceholderText(tr("Find"));
    m_findField->setClearButtonEnabled(true);
    m_replaceField->setPlaceholderText(tr("Replace with"));
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Find the previous match (Shift+F3)"));
    m_previous->setArrowType(Qt::UpArrow);
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Find the next match (F3)"));
    m_next->setArrowType(Qt::DownArrow);
    auto *close = new QToolButton(this);
    close->setText(tr("Close"));
    close->setToolTip(tr("Close the search bar (Escape)"));
    close->setAutoRaise(true);

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_findField, 1);
    findRow->addWidget(m_previous);
    findRow->addWidget(m_next);
    findRow->addWidget(m_caseSensitive);
    findRow->addWidget(m_regularExpression);
    findRow->addWidget(m_status);
    findRow->addWidget(close);
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->addWidget(m_replaceField, 1);
    replaceRow->addWidget(m_replace);
    replaceRow->addWidget(m_replaceAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addLayout(findRow);
    layout->addWidget(m_replaceRow);

    connect(m_next, &QToolButton::clicked, this, &FindReplaceBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(m_replace, &QPushButton::clicked, this, &FindReplaceBar::replaceOne);
    connect(m_replaceAll, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    connect(m_findField, &QLineEdit::textEdited, this, [this] { m_status->clear(); });
    m_findField->installEventFilter(this);
    m_replaceField->installEventFilter(this);
    setReplaceRowVisible(false);
}

void FindReplaceBar::openFind()
{
    open(false);
}

void FindReplaceBar::openReplace()
{
    open(true);
}

void FindReplaceBar::open(bool withReplace)
{
    const QString selected = m_editor->selectedText();
    if (!selected.isEmpty() && !selected.contains(u'\n'))
        m_findField->setText(selected);
    setReplaceRowVisible(withReplace && !m_editor->isReadOnly());
    show();
    m_findField->setFocus();
    m_findField->selectAll();
}

bool FindReplaceBar::replaceRowVisible() const
{
    return !m_replaceRow->isHidden();
}

void FindReplaceBar::setReplaceRowVisible(bool visible)
{
    m_replaceRow->setVisible(visible);
}

RecipeEditor::FindFlags FindReplaceBar::flags() const
{
    RecipeEditor::FindFlags result;
    if (m_caseSensitive->isChecked())
        result |= RecipeEditor::CaseSensitive;
    if (m_regularExpression->isChecked())
        result |= RecipeEditor::RegularExpression;
    return result;
}

bool FindReplaceBar::findInDirection(bool backward)
{
    const bool found = m_editor->find(m_findField->text(), flags(), backward);
    m_status->setText(found || m_findField->text().isEmpty() ? QString() : tr("Not found"));
    return found;
}

bool FindReplaceBar::findNext()
{
    return findInDirection(false);
}

bool FindReplaceBar::findPrevious()
{
    return findInDirection(true);
}

bool FindReplaceBar::replaceOne()
{
    const bool replaced = m_editor->replaceSelection(m_findField->text(),
                                                     m_replaceField->text(),
                                                     flags());
    if (!replaced)
        findNext();
    return replaced;
}

int FindReplaceBar::replaceAll()
{
    const int count = m_editor->replaceAll(m_findField->text(), m_replaceField->text(), flags());
    m_status->setText(tr("%n replaced", nullptr, count));
    return count;
}

bool FindReplaceBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (watched == m_replaceField)
                replaceOne();
            else if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindReplaceBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Slipway
