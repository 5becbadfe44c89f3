#pragma once

// The dashboard's filters over a RunListModel: a state, text in the module path, a cloud.

#include <QSortFilterProxyModel>

namespace Slipway {

class RunFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RunFilterModel(QObject *parent = nullptr);

    void setStateFilter(const QString &state); // empty: every state
    void setModuleFilter(const QString &text); // part of the module path, any case
    void setCloudFilter(const QString &cloud); // empty: every cloud

    QString stateFilter() const { return m_state; }
    QString moduleFilter() const { return m_module; }
    QString cloudFilter() const { return m_cloud; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_state;
    QString m_module;
    QString m_cloud;
};

} // namespace Slipway
