#include "tableeditor.h"

#include "ui/models/editortables.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Slipway {

TableEditor::TableEditor(DocumentTableModel *model, const QString &objectName, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
{
    setObjectName(objectName);
    m_view->setObjectName(objectName + u"View"_s);
    m_view->setModel(model);
    m_view->setItemDelegate(new ChoiceDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setMinimumSectionSize(60);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setAlternatingRowColors(true);

    m_add->setIcon(QIcon::fromTheme(u"list-add"_s));
    m_add->setText(tr("Add"));
    m_add->setToolTip(tr("Add a row"));
    m_add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_add->setObjectName(objectName + u"Add"_s);
    m_remove->setIcon(QIcon::fromTheme(u"list-remove"_s));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected rows"));
    m_remove->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_remove->setObjectName(objectName + u"Remove"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, [this] {
        m_model->insertOwnRow();
        const QModelIndex last = m_model->index(m_model->rowCount() - 1, 0);
        m_view->setCurrentIndex(last);
        m_view->edit(last);
    });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
            rows.append(index.row());
        if (rows.isEmpty() && m_view->currentIndex().isValid())
            rows.append(m_view->currentIndex().row());
        m_model->removeOwnRows(rows);
    });
    connect(m_view->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &TableEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateButtons();
        m_view->resizeColumnsToContents();
    });
    updateButtons();
    m_view->resizeColumnsToContents();
}

bool TableEditor::selectRow(const QString &text)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data().toString() == text) {
            m_view->setCurrentIndex(index);
            m_view->selectRow(row);
            m_view->scrollTo(index);
            return true;
        }
    }
    return false;
}

void TableEditor::updateButtons()
{
    bool own = false;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        own = own || m_model->isOwnRow(index.row());
    m_remove->setEnabled(own);
}

} // namespace Slipway
