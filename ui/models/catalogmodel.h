#pragma once

#include "core/catalog/catalog.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace Slipway {

// The catalog as a tree. Children are read when a branch is first expanded, so that a large
// catalog opens fast; folders implied by deeper paths (never saved as projects) are shown too.
//
// Team catalogs (addCatalog) are shown beside the local one: then every catalog is a top-level
// root ("Local catalog", each team catalog by its name) with its modules under it; with the
// local catalog alone its modules are the top level. Paths (PathRole) are relative to their
// catalog (CatalogRole). Changes that another member makes in a team catalog
// (Catalog::moduleChanged) are merged into the tree as rows inserted, removed and changed,
// so that expanded branches and the selection stay.
class CatalogModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        PathRole = Qt::UserRole + 1,
        KindRole,
        IsModuleRole,
        DeletedRole,
        VersionRole,
        CatalogRole,       // the Catalog * the row belongs to
        IsCatalogRootRole, // a catalog's own row (only shown with team catalogs open)
    };

    static inline const QString mimeType = QStringLiteral("application/x-slipway-module-path");
    // Beside the paths: which catalog they were dragged from (only meaningful in this process,
    // and only taken for one of the model's catalogs).
    static inline const QString catalogMimeType = QStringLiteral("application/x-slipway-catalog");

    explicit CatalogModel(Catalog *catalog, QObject *parent = nullptr);
    ~CatalogModel() override;

    void setCatalog(Catalog *catalog);
    Catalog *catalog() const { return m_catalog; } // the local catalog

    // Shows a team catalog as a further root, named label; removeCatalog takes it away.
    void addCatalog(Catalog *catalog, const QString &label);
    void removeCatalog(Catalog *catalog);
    QList<Catalog *> teamCatalogs() const;
    QString labelOf(const Catalog *catalog) const;
    Catalog *catalogOf(const QModelIndex &index) const;
    // Reads one catalog again and merges what changed into the tree (no reset).
    void refreshCatalog(Catalog *catalog);

    bool showDeleted() const { return m_showDeleted; }
    void setShowDeleted(bool show);
    // Reads the catalog again (after a save, a move, a delete…).
    void reload();
    // Reads every branch at once (what a filter needs to find deep matches).
    void fetchAll();

    QModelIndex indexOf(const QString &path); // in the local catalog; reads the branches on the way
    // In a given catalog; "" is the catalog's own row when there is one.
    QModelIndex indexOf(const QString &path, const Catalog *catalog);
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
    // Modules dragged within a catalog move into the folder or project dropped on (onto an
    // image or a deployment: beside it); dragged into another catalog they are offered to it
    // (crossCatalogDropRequested). The model changes nothing itself: it asks.
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
    // The catalog dragged modules come from: one of the model's, else nullptr.
    Catalog *sourceCatalog(const QMimeData *data) const;

Q_SIGNALS:
    // Modules of catalog dropped on folder of the same catalog: move each there (its name
    // kept).
    void moveRequested(const QStringList &paths, const QString &folder, Catalog *catalog);
    // Modules of from dropped anywhere in another catalog to.
    void crossCatalogDropRequested(const QStringList &paths, Catalog *from, Catalog *to);

private:
    struct Item;
    Item *itemOf(const QModelIndex &index) const;
    void readRoot(bool deep = false); // deep: every branch at once
    // Fills item's children from entries, the sorted subtree of item (item itself excluded).
    void fill(Item *item, const QList<CatalogEntry> &entries, bool deep);
    Item *rootOf(const Catalog *catalog) const;
    QModelIndex indexOfItem(Item *item) const;
    void merge(Item *item, const QList<CatalogEntry> &entries);
    void scheduleRefresh(Catalog *catalog);

    struct TeamCatalog
    {
        Catalog *catalog;
        QString label;
    };
    // The dragged paths that would really move into folder (not already there, not into
    // themselves).
    static QStringList movable(const QMimeData *data, const QString &folder);
    static QStringList draggedPaths(const QMimeData *data);

    Catalog *m_catalog;
    QList<TeamCatalog> m_teams;
    QList<Catalog *> m_stale; // changed by others, read again on the next turn of the loop
    std::unique_ptr<Item> m_root;
    bool m_showDeleted = false;
};

} // namespace Slipway
