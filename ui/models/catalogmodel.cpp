#include "catalogmodel.h"

#include "ui/kindicons.h"

#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QMap>
#include <QMimeData>
#include <QSet>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Slipway {

struct CatalogModel::Item
{
    QString path;
    QString name;
    std::optional<CatalogEntry> entry; // empty: a folder implied by deeper paths
    Catalog *catalog = nullptr;        // the catalog the row belongs to
    bool isCatalogRoot = false;        // a catalog's own row (with team catalogs open)
    Item *parent = nullptr;
    std::vector<std::unique_ptr<Item>> children;
    bool fetched = false;
    bool hasDescendants = false;

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i)
            if (parent->children[i].get() == this)
                return int(i);
        return 0;
    }
};

CatalogModel::CatalogModel(Catalog *catalog, QObject *parent)
    : QAbstractItemModel(parent)
    , m_catalog(catalog)
    , m_root(std::make_unique<Item>())
{
    m_root->hasDescendants = true;
    if (m_catalog)
        connect(m_catalog, &Catalog::moduleChanged, this, [this, catalog] {
            scheduleRefresh(catalog);
        });
    readRoot();
}

void CatalogModel::readRoot(bool deep)
{
    // The top level is read at once (a view shows it anyway); deeper branches on demand.
    if (m_teams.isEmpty()) {
        m_root->catalog = m_catalog;
        if (!m_catalog || !m_catalog->isOpen())
            return;
        auto entries = m_catalog->list({}, ListOptions{m_showDeleted, true});
        if (entries)
            fill(m_root.get(), *entries, deep);
        return;
    }
    // Beside team catalogs every catalog is a root of its own, the local one first.
    m_root->catalog = nullptr;
    m_root->fetched = true;
    QList<TeamCatalog> roots;
    if (m_catalog)
        roots.append({m_catalog, tr("Local catalog")});
    roots += m_teams;
    for (const TeamCatalog &team : std::as_const(roots)) {
        auto root = std::make_unique<Item>();
        root->name = team.label;
        root->catalog = team.catalog;
        root->isCatalogRoot = true;
        root->parent = m_root.get();
        root->hasDescendants = true;
        if (team.catalog->isOpen()) {
            auto entries = team.catalog->list({}, ListOptions{m_showDeleted, true});
            if (entries)
                fill(root.get(), *entries, deep);
        }
        m_root->children.push_back(std::move(root));
    }
}

CatalogModel::~CatalogModel() = default;

void CatalogModel::setCatalog(Catalog *catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (m_catalog)
        connect(m_catalog, &Catalog::moduleChanged, this, [this, catalog] {
            scheduleRefresh(catalog);
        });
    reload();
}

void CatalogModel::addCatalog(Catalog *catalog, const QString &label)
{
    if (!catalog || catalog == m_catalog || rootOf(catalog))
        return;
    m_teams.append({catalog, label});
    connect(catalog, &Catalog::moduleChanged, this, [this, catalog] { scheduleRefresh(catalog); });
    connect(catalog, &QObject::destroyed, this, [this, catalog] { removeCatalog(catalog); });
    reload();
}

void CatalogModel::removeCatalog(Catalog *catalog)
{
    const qsizetype before = m_teams.size();
    m_teams.removeIf([catalog](const TeamCatalog &t) { return t.catalog == catalog; });
    m_stale.removeAll(catalog);
    if (m_teams.size() == before)
        return;
    disconnect(catalog, nullptr, this, nullptr);
    reload();
}

QList<Catalog *> CatalogModel::teamCatalogs() const
{
    QList<Catalog *> out;
    for (const TeamCatalog &t : m_teams)
        out.append(t.catalog);
    return out;
}

QString CatalogModel::labelOf(const Catalog *catalog) const
{
    for (const TeamCatalog &t : m_teams)
        if (t.catalog == catalog)
            return t.label;
    return catalog && catalog == m_catalog ? tr("Local catalog") : QString();
}

Catalog *CatalogModel::catalogOf(const QModelIndex &index) const
{
    return index.isValid() ? itemOf(index)->catalog : m_catalog;
}

CatalogModel::Item *CatalogModel::rootOf(const Catalog *catalog) const
{
    if (!catalog)
        return nullptr;
    if (m_teams.isEmpty())
        return catalog == m_catalog ? m_root.get() : nullptr;
    for (const auto &child : m_root->children)
        if (child->catalog == catalog)
            return child.get();
    return nullptr;
}

QModelIndex CatalogModel::indexOfItem(Item *item) const
{
    if (!item || item == m_root.get())
        return {};
    return createIndex(item->row(), 0, item);
}

void CatalogModel::scheduleRefresh(Catalog *catalog)
{
    // A burst of announcements (a move of a subtree announces every module) is read once.
    if (m_stale.contains(catalog))
        return;
    m_stale.append(catalog);
    QTimer::singleShot(0, this, [this, catalog] {
        if (m_stale.removeAll(catalog) > 0)
            refreshCatalog(catalog);
    });
}

void CatalogModel::refreshCatalog(Catalog *catalog)
{
    Item *root = rootOf(catalog);
    if (!root || !catalog->isOpen())
        return;
    const auto entries = catalog->list({}, ListOptions{m_showDeleted, true});
    if (!entries)
        return;
    merge(root, *entries);
}

namespace {

// The rows directly under path that entries (its sorted subtree) make: a module's own row
// (selves) or a folder implied by deeper paths (subtrees), by name, in name order.
struct Children
{
    QStringList names;
    QMap<QString, CatalogEntry> selves;
    QMap<QString, QList<CatalogEntry>> subtrees;
};

Children childrenOf(const QString &path, const QList<CatalogEntry> &entries)
{
    Children out;
    const qsizetype prefixLength = path.isEmpty() ? 0 : path.size() + 1;
    const QString prefix = path + u'/';
    for (const CatalogEntry &e : entries) {
        if (e.path == path || (prefixLength && !e.path.startsWith(prefix)))
            continue;
        const QStringView rest = QStringView(e.path).mid(prefixLength);
        const qsizetype slash = rest.indexOf(u'/');
        if (slash < 0)
            out.selves.insert(rest.toString(), e);
        else
            out.subtrees[rest.left(slash).toString()].append(e);
    }
    out.names = out.selves.keys();
    for (auto it = out.subtrees.cbegin(); it != out.subtrees.cend(); ++it)
        if (!out.selves.contains(it.key()))
            out.names.append(it.key());
    std::sort(out.names.begin(), out.names.end());
    return out;
}

bool sameEntry(const std::optional<CatalogEntry> &a, const std::optional<CatalogEntry> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a
           || (a->path == b->path && a->kind == b->kind && a->latestVersion == b->latestVersion
               && a->deleted == b->deleted && a->description == b->description
               && a->modifiedAt == b->modifiedAt);
}

} // namespace

void CatalogModel::merge(Item *item, const QList<CatalogEntry> &entries)
{
    // The children item should have after the change, grouped as fill() groups them.
    const Children grouped = childrenOf(item->path, entries);
    const QStringList &names = grouped.names;
    const QMap<QString, CatalogEntry> &selves = grouped.selves;
    const QMap<QString, QList<CatalogEntry>> &subtrees = grouped.subtrees;
    const QString prefix = item->path + u'/';
    const bool nested = !item->path.isEmpty();
    if (!item->fetched) {
        item->hasDescendants = !names.isEmpty();
        return; // nothing of it is shown yet: read when expanded
    }
    const QModelIndex index = indexOfItem(item);
    const QSet<QString> staying(names.cbegin(), names.cend());
    // Rows that are gone, from the last, then rows that came and rows that changed: both
    // lists are sorted alike, so what stays keeps its order.
    for (int row = int(item->children.size()) - 1; row >= 0; --row) {
        if (staying.contains(item->children[size_t(row)]->name))
            continue;
        beginRemoveRows(index, row, row);
        item->children.erase(item->children.begin() + row);
        endRemoveRows();
    }
    for (int row = 0; row < names.size(); ++row) {
        const QString &name = names.at(row);
        const auto self = selves.constFind(name);
        const std::optional<CatalogEntry> entry = self != selves.cend() ? std::optional(*self)
                                                                        : std::nullopt;
        const QList<CatalogEntry> subtree = subtrees.value(name);
        if (size_t(row) >= item->children.size() || item->children[size_t(row)]->name != name) {
            auto child = std::make_unique<Item>();
            child->path = nested ? prefix + name : name;
            child->name = name;
            child->parent = item;
            child->catalog = item->catalog;
            child->entry = entry;
            child->hasDescendants = !subtree.isEmpty();
            child->fetched = subtree.isEmpty();
            beginInsertRows(index, row, row);
            item->children.insert(item->children.begin() + row, std::move(child));
            endInsertRows();
            continue;
        }
        Item *child = item->children[size_t(row)].get();
        if (!sameEntry(child->entry, entry)) {
            child->entry = entry;
            const QModelIndex changed = indexOfItem(child);
            Q_EMIT dataChanged(changed, changed);
        }
        merge(child, subtree);
    }
}

void CatalogModel::setShowDeleted(bool show)
{
    if (m_showDeleted == show)
        return;
    m_showDeleted = show;
    reload();
}

void CatalogModel::reload()
{
    beginResetModel();
    m_stale.clear();
    m_root = std::make_unique<Item>();
    m_root->hasDescendants = true;
    readRoot();
    endResetModel();
}

void CatalogModel::fetchAll()
{
    if (m_teams.isEmpty() && (!m_catalog || !m_catalog->isOpen()))
        return;
    beginResetModel();
    m_stale.clear();
    m_root = std::make_unique<Item>();
    m_root->hasDescendants = true;
    readRoot(true);
    endResetModel();
}

void CatalogModel::fill(Item *item, const QList<CatalogEntry> &entries, bool deep)
{
    item->fetched = true;
    const Children grouped = childrenOf(item->path, entries);
    const QStringList &names = grouped.names;
    const QMap<QString, CatalogEntry> &selves = grouped.selves;
    const QMap<QString, QList<CatalogEntry>> &subtrees = grouped.subtrees;
    const QString prefix = item->path + u'/';
    const bool nested = !item->path.isEmpty();
    item->children.reserve(size_t(names.size()));
    for (const QString &name : std::as_const(names)) {
        auto child = std::make_unique<Item>();
        child->path = nested ? prefix + name : name;
        child->name = name;
        child->parent = item;
        child->catalog = item->catalog;
        const auto self = selves.constFind(name);
        if (self != selves.cend())
            child->entry = *self;
        const auto subtree = subtrees.constFind(name);
        child->hasDescendants = subtree != subtrees.cend();
        if (!child->hasDescendants)
            child->fetched = true;
        else if (deep)
            fill(child.get(), *subtree, true);
        item->children.push_back(std::move(child));
    }
}

CatalogModel::Item *CatalogModel::itemOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Item *>(index.internalPointer()) : m_root.get();
}

QModelIndex CatalogModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    Item *item = itemOf(parent);
    if (row >= int(item->children.size()))
        return {};
    return createIndex(row, 0, item->children[size_t(row)].get());
}

QModelIndex CatalogModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Item *item = itemOf(child);
    Item *parent = item->parent;
    if (!parent || parent == m_root.get())
        return {};
    return createIndex(parent->row(), 0, parent);
}

int CatalogModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(itemOf(parent)->children.size());
}

int CatalogModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent);
    return 1;
}

bool CatalogModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Item *item = itemOf(parent);
    return item->fetched ? !item->children.empty() : item->hasDescendants;
}

bool CatalogModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Item *item = itemOf(parent);
    return !item->fetched && item->catalog && item->catalog->isOpen();
}

void CatalogModel::fetchMore(const QModelIndex &parent)
{
    Item *item = itemOf(parent);
    if (item->fetched || !item->catalog || !item->catalog->isOpen())
        return;
    auto entries = item->catalog->list(item->path, ListOptions{m_showDeleted, true});
    if (!entries) {
        item->fetched = true;
        return;
    }
    Item scratch;
    scratch.path = item->path;
    scratch.catalog = item->catalog;
    fill(&scratch, *entries, false);
    if (scratch.children.empty()) {
        item->fetched = true;
        return;
    }
    beginInsertRows(parent, 0, int(scratch.children.size()) - 1);
    item->children = std::move(scratch.children);
    for (auto &child : item->children)
        child->parent = item;
    item->fetched = true;
    endInsertRows();
}

QModelIndex CatalogModel::indexOf(const QString &path)
{
    return indexOf(path, m_catalog);
}

QModelIndex CatalogModel::indexOf(const QString &path, const Catalog *catalog)
{
    Item *root = rootOf(catalog);
    if (!root)
        return {};
    QModelIndex current = indexOfItem(root);
    QString sofar;
    for (const QString &segment : path.split(u'/', Qt::SkipEmptyParts)) {
        if (canFetchMore(current))
            fetchMore(current);
        Item *item = itemOf(current);
        sofar = sofar.isEmpty() ? segment : sofar + u'/' + segment;
        int row = -1;
        for (size_t i = 0; i < item->children.size(); ++i)
            if (item->children[i]->name == segment)
                row = int(i);
        if (row < 0)
            return {};
        current = index(row, 0, current);
    }
    return current;
}

QString CatalogModel::pathOf(const QModelIndex &index) const
{
    return index.isValid() ? itemOf(index)->path : QString();
}

const CatalogEntry *CatalogModel::entryOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const Item *item = itemOf(index);
    return item->entry ? &*item->entry : nullptr;
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const Item *item = itemOf(index);
    if (item->isCatalogRoot) {
        switch (role) {
        case Qt::DisplayRole:
            return item->name;
        case Qt::DecorationRole:
            return QIcon::fromTheme(item->catalog == m_catalog ? u"drive-harddisk"_s
                                                               : u"network-server"_s);
        case Qt::ToolTipRole:
            return item->catalog == m_catalog
                       ? tr("The local catalog: %1").arg(item->catalog->fileName())
                       : tr("The team catalog %1: %2").arg(item->name, item->catalog->fileName());
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case PathRole:
            return QString();
        case IsModuleRole:
        case DeletedRole:
            return false;
        case CatalogRole:
            return QVariant::fromValue(item->catalog);
        case IsCatalogRootRole:
            return true;
        }
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return item->name;
    case Qt::DecorationRole:
        return item->entry ? kindIcon(item->entry->kind) : folderIcon();
    case Qt::ToolTipRole:
        if (!item->entry)
            return tr("%1 (folder)").arg(item->path);
        if (item->entry->deleted)
            return tr("%1 (deleted)").arg(item->path);
        if (!item->entry->description.isEmpty())
            return u"%1\n%2"_s.arg(item->path, item->entry->description);
        return item->path;
    case Qt::FontRole:
        if (item->entry && item->entry->deleted) {
            QFont font;
            font.setItalic(true);
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case PathRole:
        return item->path;
    case KindRole:
        return item->entry ? QVariant(int(item->entry->kind)) : QVariant();
    case IsModuleRole:
        return item->entry.has_value();
    case DeletedRole:
        return item->entry && item->entry->deleted;
    case VersionRole:
        return item->entry ? item->entry->latestVersion : 0;
    case CatalogRole:
        return QVariant::fromValue(item->catalog);
    case IsCatalogRootRole:
        return false;
    }
    return {};
}

Qt::ItemFlags CatalogModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Item *item = itemOf(index);
    if (item->entry && !item->entry->deleted)
        f |= Qt::ItemIsDragEnabled;
    if (!item->entry || item->entry->kind == ModuleKind::Project)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList CatalogModel::mimeTypes() const
{
    return {mimeType};
}

QMimeData *CatalogModel::mimeData(const QModelIndexList &indexes) const
{
    // The modules of one catalog (the first dragged row's) travel together.
    QStringList paths;
    const Catalog *from = nullptr;
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || !itemOf(index)->entry)
            continue;
        if (!from)
            from = itemOf(index)->catalog;
        if (itemOf(index)->catalog == from)
            paths.append(itemOf(index)->path);
    }
    if (paths.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(mimeType, paths.join(u'\n').toUtf8());
    mime->setData(catalogMimeType, QByteArray::number(quintptr(from)));
    mime->setText(paths.join(u'\n'));
    return mime;
}

Qt::DropActions CatalogModel::supportedDragActions() const
{
    // Copy: into a deployment's diagram; move: within the tree.
    return Qt::CopyAction | Qt::MoveAction;
}

Qt::DropActions CatalogModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QString CatalogModel::dropFolder(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const Item *item = itemOf(index);
    if (item->entry && item->entry->kind != ModuleKind::Project)
        return item->path.section(u'/', 0, -2);
    return item->path;
}

Catalog *CatalogModel::sourceCatalog(const QMimeData *data) const
{
    if (!data || !data->hasFormat(mimeType))
        return nullptr;
    if (!data->hasFormat(catalogMimeType))
        return m_catalog; // dragged by an older part that names no catalog: the local one
    const quintptr id = data->data(catalogMimeType).toULongLong();
    if (m_catalog && quintptr(m_catalog) == id)
        return m_catalog;
    for (const TeamCatalog &t : m_teams)
        if (quintptr(t.catalog) == id)
            return t.catalog;
    return nullptr;
}

QStringList CatalogModel::draggedPaths(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType))
        return {};
    return QString::fromUtf8(data->data(mimeType)).split(u'\n', Qt::SkipEmptyParts);
}

QStringList CatalogModel::movable(const QMimeData *data, const QString &folder)
{
    QStringList out;
    const QStringList paths = draggedPaths(data);
    for (const QString &path : paths) {
        if (path.section(u'/', 0, -2) == folder)
            continue; // already there
        if (folder == path || folder.startsWith(path + u'/'))
            return {}; // into itself
        out << path;
    }
    return out;
}

bool CatalogModel::canDropMimeData(const QMimeData *data,
                                   Qt::DropAction action,
                                   int row,
                                   int column,
                                   const QModelIndex &parent) const
{
    Q_UNUSED(row);
    Q_UNUSED(column);
    if (action != Qt::MoveAction)
        return false;
    const Catalog *from = sourceCatalog(data);
    const Catalog *to = catalogOf(parent);
    if (!from || !to)
        return false;
    if (from != to)
        return !draggedPaths(data).isEmpty();
    return !movable(data, dropFolder(parent)).isEmpty();
}

bool CatalogModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    Catalog *from = sourceCatalog(data);
    Catalog *to = catalogOf(parent);
    if (from == to)
        Q_EMIT moveRequested(movable(data, dropFolder(parent)), dropFolder(parent), to);
    else
        Q_EMIT crossCatalogDropRequested(draggedPaths(data), from, to);
    // Nothing moved yet: the view must not remove the dragged rows itself.
    return false;
}

} // namespace Slipway
