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

private:
    struct Item;
    Item *itemOf(const QModelIndex &index) const;
    void readRoot();
    // Fills item's children from entries, the sorted subtree of item (item itself excluded).
    void fill(Item *item, const QList<CatalogEntry> &entries, bool deep);

    Catalog *m_catalog;
    std::unique_ptr<Item> m_root;
    bool m_showDeleted = false;
};

} // namespace Slipway
