#pragma once

#include "ui/document.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>

#include <functional>

namespace Slipway {

// Roles shared by the table views of the editors.
enum EditorRole {
    ChoicesRole = Qt::UserRole + 1, // QStringList offered by the cell's editor
    InheritedRole,                  // bool: the row comes from a parent image (read-only)
};

// The part of a row table that needs Q_OBJECT: it follows the document's changed() signal.
class DocumentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    DocumentTableModel(Document *document, Document::Parts parts, QObject *parent);

    Document *document() const { return m_document; }
    virtual bool insertOwnRow() = 0;                 // appends an empty row
    virtual bool removeOwnRows(QList<int> rows) = 0; // model rows
    virtual bool isOwnRow(int row) const = 0;
    virtual void reload() = 0; // re-reads the rows; resets when the row count changed

private:
    Document *m_document;
};

// One column of a row table: how to show a cell and, when editable, how to change it.
template<typename Row>
struct RowColumn
{
    RowColumn(QString title,
              std::function<QVariant(const Row &)> value,
              std::function<void(Row &, const QVariant &)> setValue = {},
              bool checkable = false,
              std::function<QStringList(const Row &)> choices = {},
              QString toolTip = {})
        : title(std::move(title))
        , value(std::move(value))
        , setValue(std::move(setValue))
        , checkable(checkable)
        , choices(std::move(choices))
        , toolTip(std::move(toolTip))
    {}

    QString title;
    std::function<QVariant(const Row &)> value;
    std::function<void(Row &, const QVariant &)> setValue; // empty: read-only
    bool checkable = false;                                // a check box from value().toBool()
    std::function<QStringList(const Row &)> choices;       // offered by the editor
    QString toolTip;
};

// A table over one list of the module (packages, parameters…), edited through commands.
// Inherited rows (from the parent images) come first, greyed and read-only.
template<typename Row>
class RowTableModel : public DocumentTableModel
{
public:
    struct Access
    {
        std::function<QList<Row>(const Module &)> rows;
        std::function<void(Module &, const QList<Row> &)> setRows;
        std::function<QList<Row>(const Document &)> inherited; // optional
        QString tableName;                                     // "packages", for the undo text
        QString rowName;                                       // "package"
        std::function<Row(const QList<Row> &)> newRow;
    };

    RowTableModel(Document *document,
                  Document::Parts parts,
                  Access access,
                  QList<RowColumn<Row>> columns,
                  QObject *parent = nullptr)
        : DocumentTableModel(document, parts, parent)
        , m_access(std::move(access))
        , m_columns(std::move(columns))
        , m_parts(parts)
    {
        read(m_own, m_inherited);
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_inherited.size() + m_own.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_columns.at(section).title;
        if (role == Qt::ToolTipRole && !m_columns.at(section).toolTip.isEmpty())
            return m_columns.at(section).toolTip;
        return {};
    }

    bool isOwnRow(int row) const override { return row >= m_inherited.size(); }

    const Row &rowAt(int row) const
    {
        return isOwnRow(row) ? m_own.at(row - m_inherited.size()) : m_inherited.at(row);
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.parent().isValid())
            return {};
        const RowColumn<Row> &column = m_columns.at(index.column());
        const Row &row = rowAt(index.row());
        const bool inherited = !isOwnRow(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            if (column.checkable)
                return {};
            return column.value(row);
        case Qt::CheckStateRole:
            if (!column.checkable)
                return {};
            return column.value(row).toBool() ? Qt::Checked : Qt::Unchecked;
        case Qt::ForegroundRole:
            if (inherited)
                return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
            return {};
        case Qt::ToolTipRole:
            if (inherited)
                return DocumentTableModel::tr("Inherited from a parent image (read-only)");
            return {};
        case ChoicesRole:
            if (column.choices)
                return column.choices(row);
            return {};
        case InheritedRole:
            return inherited;
        default:
            return {};
        }
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        if (!index.isValid() || index.parent().isValid())
            return Qt::NoItemFlags;
        Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
        const RowColumn<Row> &column = m_columns.at(index.column());
        if (!isOwnRow(index.row()) || !column.setValue)
            return f;
        return f | (column.checkable ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable);
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role) override
    {
        if (!index.isValid() || index.parent().isValid() || !isOwnRow(index.row()))
            return false;
        const RowColumn<Row> &column = m_columns.at(index.column());
        if (!column.setValue)
            return false;
        QVariant v = value;
        if (column.checkable) {
            if (role != Qt::CheckStateRole)
                return false;
            v = value.value<Qt::CheckState>() == Qt::Checked || value.toInt() == int(Qt::Checked);
        } else if (role != Qt::EditRole) {
            return false;
        }
        QList<Row> rows = m_own;
        Row &row = rows[index.row() - m_inherited.size()];
        const Row before = row;
        column.setValue(row, v);
        if (row == before)
            return true;
        Module after = document()->module();
        m_access.setRows(after, rows);
        pushEdit(after, false);
        return true;
    }

    bool insertOwnRow() override
    {
        QList<Row> rows = m_own;
        rows.append(m_access.newRow ? m_access.newRow(rows) : Row{});
        Module after = document()->module();
        m_access.setRows(after, rows);
        pushInsert(after);
        return true;
    }

    bool removeOwnRows(QList<int> rows) override
    {
        std::sort(rows.begin(), rows.end(), std::greater<>());
        QList<Row> own = m_own;
        bool any = false;
        for (int row : rows) {
            if (!isOwnRow(row) || row >= rowCount())
                continue;
            own.removeAt(row - m_inherited.size());
            any = true;
        }
        if (!any)
            return false;
        Module after = document()->module();
        m_access.setRows(after, own);
        pushRemove(after);
        return true;
    }

    void reload() override
    {
        QList<Row> own;
        QList<Row> inherited;
        read(own, inherited);
        if (own.size() == m_own.size() && inherited.size() == m_inherited.size()) {
            if (own == m_own && inherited == m_inherited)
                return;
            m_own = std::move(own);
            m_inherited = std::move(inherited);
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
            return;
        }
        beginResetModel();
        m_own = std::move(own);
        m_inherited = std::move(inherited);
        endResetModel();
    }

private:
    void read(QList<Row> &own, QList<Row> &inherited) const
    {
        own = m_access.rows(document()->module());
        if (m_access.inherited)
            inherited = m_access.inherited(*document());
    }
    void pushEdit(const Module &after, bool);
    void pushInsert(const Module &after);
    void pushRemove(const Module &after);

    Access m_access;
    QList<RowColumn<Row>> m_columns;
    Document::Parts m_parts;
    QList<Row> m_own;
    QList<Row> m_inherited;
};

} // namespace Slipway

#include "ui/commands/editrowscommand.h"
#include "ui/commands/insertrowcommand.h"
#include "ui/commands/removerowcommand.h"

#include <QUndoStack>

namespace Slipway {

template<typename Row>
void RowTableModel<Row>::pushEdit(const Module &after, bool)
{
    document()->undoStack()->push(
        new EditRowsCommand(document(), after, m_parts, m_access.tableName));
}

template<typename Row>
void RowTableModel<Row>::pushInsert(const Module &after)
{
    document()->undoStack()->push(
        new InsertRowCommand(document(), after, m_parts, m_access.rowName));
}

template<typename Row>
void RowTableModel<Row>::pushRemove(const Module &after)
{
    document()->undoStack()->push(
        new RemoveRowCommand(document(), after, m_parts, m_access.rowName));
}

} // namespace Slipway
