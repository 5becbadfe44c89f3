#pragma once

// The dashboard's filters over a RunListModel: a state, text in the module path, a cloud, a
// tag.

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
    void setTagFilter(const QString &tag);     // empty: every run, tagged or not

    QString stateFilter() const { return m_state; }
    QString moduleFilter() const { return m_module; }
    QString cloudFilter() const { return m_cloud; }
    QString tagFilter() const { return m_tag; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_state;
    QString m_module;
    QString m_cloud;
    QString m_tag;
};

} // namespace Slipway
