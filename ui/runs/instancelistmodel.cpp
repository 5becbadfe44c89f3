#include "instancelistmodel.h"

#include "core/broker/parameterkey.h"
#include "core/connector/instancename.h"
#include "core/run/runhost.h"
#include "ui/runs/nodetext.h"
#include "ui/runs/runstatecolours.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Slipway {

InstanceListModel::InstanceListModel(RunHost &host, const QString &run, QObject *parent)
    : QAbstractTableModel(parent)
    , m_host(host)
    , m_run(run)
{
    for (const InstanceRecord &instance : host.engine().instances(run))
        update(instance);
    for (Row &row : m_instances) {
        const auto key = ParameterKey::parse(QString(row.record.name + u":statecustom"_s));
        if (key.ok())
            row.custom = host.store().get(run, key.key, true).value;
    }
    reloadHealth();
    connect(&host.engine(), &RunEngine::instanceChanged, this, [this](const InstanceRecord &i) {
        if (i.run != m_run)
            return;
        reloadHealth(); // the engine tells a health change as a change of the instance
        update(i);
    });
    // An update may add a node with checks, or take them away.
    connect(&host.engine(), &RunEngine::runSettled, this, [this](const QString &run) {
        if (run != m_run)
            return;
        reloadHealth();
        if (!m_instances.isEmpty())
            Q_EMIT dataChanged(index(0, HealthColumn), index(rowCount() - 1, HealthColumn));
    });
    connect(&host.store(),
            &RuntimeParameterStore::valueSet,
            this,
            [this](const QString &run, const QString &key, const QString &value) {
                if (run == m_run && key.endsWith(u":statecustom"_s))
                    setCustom(key.section(u':', 0, 0), value);
            });
}

void InstanceListModel::update(const InstanceRecord &instance)
{
    const int existing = rowOf(instance.name);
    if (existing >= 0) {
        m_instances[existing].record = instance;
        Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        Q_EMIT nodeStatesChanged(instance.node);
        return;
    }
    const std::optional<InstanceName> name = InstanceName::parse(instance.name);
    Row row{instance, {}, name ? name->index : 0};
    // Nodes in the order they first appear, instances by number.
    qsizetype at = m_instances.size();
    bool seenNode = false;
    for (qsizetype i = 0; i < m_instances.size(); ++i) {
        const Row &r = m_instances.at(i);
        if (r.record.node == instance.node) {
            seenNode = true;
            if (r.index > row.index) {
                at = i;
                break;
            }
        } else if (seenNode) {
            at = i;
            break;
        }
    }
    beginInsertRows({}, int(at), int(at));
    m_instances.insert(at, row);
    endInsertRows();
    Q_EMIT nodeStatesChanged(instance.node);
}

void InstanceListModel::setCustom(const QString &instance, const QString &text)
{
    const int row = rowOf(instance);
    if (row < 0)
        return;
    m_instances[row].custom = text;
    Q_EMIT dataChanged(index(row, MessageColumn), index(row, MessageColumn));
}

void InstanceListModel::reloadHealth()
{
    m_health = m_host.engine().health(m_run);
    m_checkedNodes.clear();
    if (const std::optional<RunRecord> record = m_host.engine().run(m_run))
        for (const PersistedNode &n : PersistedPlan::fromJson(record->plan).nodes)
            if (n.health)
                m_checkedNodes.insert(n.name);
}

InstanceHealth InstanceListModel::healthOf(const QString &instance) const
{
    const int row = rowOf(instance);
    if (row < 0 || !m_checkedNodes.contains(m_instances.at(row).record.node))
        return {};
    // Only instances that run are checked.
    const InstanceState state = m_instances.at(row).record.state;
    if (state == InstanceState::Terminated || state == InstanceState::Failed)
        return {};
    InstanceHealth h = m_health.value(instance);
    if (h.health.isEmpty())
        h.health = u"unknown"_s;
    return h;
}

int InstanceListModel::rowOf(const QString &instance) const
{
    for (int row = 0; row < m_instances.size(); ++row)
        if (m_instances.at(row).record.name == instance)
            return row;
    return -1;
}

QString InstanceListModel::stateCustom(const QString &instance) const
{
    const int row = rowOf(instance);
    return row < 0 ? QString() : m_instances.at(row).custom;
}

QStringList InstanceListModel::statesOf(const QString &node) const
{
    QStringList states;
    for (const Row &row : m_instances)
        if (row.record.node == node)
            states << instanceStateName(row.record.state);
    return states;
}

QStringList InstanceListModel::nodes() const
{
    QStringList nodes;
    for (const Row &row : m_instances)
        if (!nodes.contains(row.record.node))
            nodes << row.record.node;
    return nodes;
}

int InstanceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_instances.size());
}

int InstanceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstanceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_instances.at(index.row());
    switch (role) {
    case NameRole:
        return row.record.name;
    case NodeRole:
        return row.record.node;
    case StateRole:
        return instanceStateName(row.record.state);
    case HealthRole:
        return healthOf(row.record.name).health;
    case Qt::DecorationRole:
        if (index.column() == HealthColumn) {
            const QString health = healthOf(row.record.name).health;
            return health.isEmpty() ? QVariant() : QVariant(healthColour(health));
        }
        return index.column() == StateColumn
                   ? QVariant(instanceStateColour(instanceStateName(row.record.state)))
                   : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case NameColumn:
        return row.record.name;
    case StateColumn:
        return instanceStateName(row.record.state);
    case MessageColumn:
        return role == Qt::ToolTipRole ? QVariant(plainToolTip(row.custom)) : QVariant(row.custom);
    case HostColumn:
        return row.record.hostname;
    case HealthColumn: {
        const InstanceHealth h = healthOf(row.record.name);
        if (h.health.isEmpty())
            return {};
        const QString health = healthText(h.health);
        if (!h.checkedAt.isValid())
            return role == Qt::ToolTipRole ? QVariant(tr("%1, not checked yet").arg(health))
                                           : QVariant(health);
        const QString at = h.checkedAt.toLocalTime().toString(u"HH:mm:ss"_s);
        return role == Qt::ToolTipRole
                   ? QVariant(tr("%1, last checked at %2")
                                  .arg(health, QLocale().toString(h.checkedAt.toLocalTime())))
                   : QVariant(tr("%1 (%2)").arg(health, at));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant InstanceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Instance");
    case StateColumn:
        return tr("State");
    case MessageColumn:
        return tr("Message");
    case HostColumn:
        return tr("Host");
    case HealthColumn:
        return tr("Health");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Slipway
