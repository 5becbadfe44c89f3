#pragma once

#include "ui/models/rowtablemodel.h"

#include <QStyledItemDelegate>

#include <memory>

namespace Slipway {

// The tables of the module editors, each a RowTableModel over one list of the module.
namespace EditorTables {

RowTableModel<CloudImageId> *imageIds(Document *document, QObject *parent);
RowTableModel<Package> *packages(Document *document, QObject *parent);
RowTableModel<Parameter> *parameters(Document *document, QObject *parent);
RowTableModel<CloudResources> *resources(Document *document, QObject *parent);
// imagePaths: the images of the catalog, offered for a node's image.
RowTableModel<Node> *nodes(Document *document,
                           std::function<QStringList()> imagePaths,
                           QObject *parent);
// The mappings of the node named *nodeName (which the nodes view changes).
RowTableModel<ParameterMapping> *mappings(Document *document,
                                          std::shared_ptr<QString> nodeName,
                                          QObject *parent);

QString parameterTypeTitle(ParameterType type);

} // namespace EditorTables

// Edits cells that offer choices (ChoicesRole) in an editable combo box that completes them.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent,
                          const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor,
                      QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace Slipway
