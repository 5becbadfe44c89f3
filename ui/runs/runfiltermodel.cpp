#include "runfiltermodel.h"

#include "ui/runs/runlistmodel.h"

namespace Slipway {

RunFilterModel::RunFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::DisplayRole);
}

void RunFilterModel::setStateFilter(const QString &state)
{
    m_state = state;
    invalidateRowsFilter();
}

void RunFilterModel::setModuleFilter(const QString &text)
{
    m_module = text.trimmed();
    invalidateRowsFilter();
}

void RunFilterModel::setCloudFilter(const QString &cloud)
{
    m_cloud = cloud;
    invalidateRowsFilter();
}

void RunFilterModel::setTagFilter(const QString &tag)
{
    m_tag = tag;
    invalidateRowsFilter();
}

bool RunFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_state.isEmpty() && index.data(RunListModel::StateRole).toString() != m_state)
        return false;
    if (!m_module.isEmpty()
        && !index.data(RunListModel::ModuleRole).toString().contains(m_module, Qt::CaseInsensitive))
        return false;
    if (!m_cloud.isEmpty() && !index.data(RunListModel::CloudsRole).toStringList().contains(m_cloud))
        return false;
    if (!m_tag.isEmpty() && !index.data(RunListModel::TagsRole).toStringList().contains(m_tag))
        return false;
    return true;
}

} // namespace Slipway
