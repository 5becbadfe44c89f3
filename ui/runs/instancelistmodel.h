#pragma once

// The instances of one run for its run view: name, state, statecustom, host name and, for
// nodes whose image has a check recipe, health and when it was last checked; live.

#include "core/run/runengine.h"
#include "core/run/runrecords.h"

#include <QSet>

#include <QAbstractTableModel>

namespace Slipway {

class RunHost;

class InstanceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StateColumn, HealthColumn, MessageColumn, HostColumn, ColumnCount };
    // HealthRole: "healthy", "unhealthy", "unknown", "restarting", "replacing"; empty when the
    // instance's node has no check.
    enum Role { NameRole = Qt::UserRole + 1, NodeRole, StateRole, HealthRole };

    InstanceListModel(RunHost &host, const QString &run, QObject *parent = nullptr);

    QString run() const { return m_run; }
    int rowOf(const QString &instance) const;
    InstanceRecord instanceAt(int row) const { return m_instances.value(row).record; }
    QString stateCustom(const QString &instance) const;
    // The instances' states of a node, instance 1 first.
    QStringList statesOf(const QString &node) const;
    QStringList nodes() const;
    // What HealthRole says of an instance, and when it was last checked.
    InstanceHealth healthOf(const QString &instance) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void nodeStatesChanged(const QString &node);

private:
    struct Row
    {
        InstanceRecord record;
        QString custom;
        int index = 0;
    };
    void update(const InstanceRecord &instance);
    void setCustom(const QString &instance, const QString &text);
    void reloadHealth();

    RunHost &m_host;
    QString m_run;
    QList<Row> m_instances;       // by node, then index
    QSet<QString> m_checkedNodes; // nodes whose image has a check recipe
    QHash<QString, InstanceHealth> m_health;
};

} // namespace Slipway
