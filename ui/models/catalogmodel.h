#pragma once

#include "core/catalog/catalog.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace Slipway {

// The catalog as a tree. Children are read when a branch is first expanded, so that a large
// catalog opens fast; folders implied by deeper paths (never saved as projects) are shown too.
class CatalogModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { PathRole = Qt::UserRole + 1, KindRole, IsModuleRole, DeletedRole, VersionRole };

    static inline const QString mimeType = QStringLiteral("application/x-slipway-module-path");

    explicit CatalogModel(Catalog *catalog, QObject *parent = nullptr);
    ~CatalogModel() override;

    void setCatalog(Catalog *catalog);
    Catalog *catalog() const { return m_catalog; }

    bool showDeleted() const { return m_showDeleted; }
    void setShowDeleted(bool show);
    // Reads the catalog again (after a save, a move, a delete…).
    void reload();
    // Reads every branch at once (what a filter needs to find deep matches).
    void fetchAll();

    QModelIndex indexOf(const QString &path); // reads the branches on the way
    QString pathOf(const QModelIndex &index) const;
    const CatalogEntry *entryOf(const QModelIndex &index) const; // nullptr for folders

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    // Modules dragged within the tree move into the folder or project dropped on (onto an
    // image or a deployment: beside it). The model changes nothing itself: it asks.
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data,
                         Qt::DropAction action,
                         int row,
                         int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data,
                      Qt::DropAction action,
                      int row,
                      int column,
                      const QModelIndex &parent) override;
    // The folder a drop onto index moves into ("" for the top level).
    QString dropFolder(const QModelIndex &index) const;

Q_SIGNALS:
    // Modules dropped on folder: move each there (its name kept).
    void moveRequested(const QStringList &paths, const QString &folder);

private:
    struct Item;
    Item *itemOf(const QModelIndex &index) const;
    void readRoot();
    // Fills item's children from entries, the sorted subtree of item (item itself excluded).
    void fill(Item *item, const QList<CatalogEntry> &entries, bool deep);
    // The dragged paths that would really move into folder (not already there, not into
    // themselves).
    static QStringList movable(const QMimeData *data, const QString &folder);

    Catalog *m_catalog;
    std::unique_ptr<Item> m_root;
    bool m_showDeleted = false;
};

} // namespace Slipway
