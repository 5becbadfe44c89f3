#pragma once

#include <QWidget>

class QTableView;
class QToolButton;

namespace Slipway {

class DocumentTableModel;

// A table of the module (packages, parameters, nodes…) with buttons to add and remove rows.
class TableEditor : public QWidget
{
    Q_OBJECT

public:
    TableEditor(DocumentTableModel *model, const QString &objectName, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    DocumentTableModel *model() const { return m_model; }
    QToolButton *addButton() const { return m_add; }
    QToolButton *removeButton() const { return m_remove; }

    // Selects the first row whose first column reads text; false when there is none.
    bool selectRow(const QString &text);

private:
    void updateButtons();

    DocumentTableModel *m_model;
    QTableView *m_view;
    QToolButton *m_add;
    QToolButton *m_remove;
};

} // namespace Slipway
