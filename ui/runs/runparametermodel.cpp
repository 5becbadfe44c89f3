#include "runparametermodel.h"

#include "core/broker/runtimeparameterstore.h"
#include "core/run/persistedplan.h"
#include "ui/runs/nodetext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Slipway {

RunParameterModel::RunParameterModel(RuntimeParameterStore &store,
                                     const QString &run,
                                     const QHash<QString, QStringList> &declared,
                                     std::function<bool(QStringView key)> isSecret,
                                     QObject *parent)
    : QAbstractTableModel(parent)
    , m_run(run)
    , m_isSecret(std::move(isSecret))
{
    m_collator.setNumericMode(true); // worker.2 before worker.10
    auto read = [&](const QString &text) {
        const ParameterKey::Parsed key = ParameterKey::parse(text);
        if (!key.ok())
            return;
        const ParameterStatus status = store.get(run, key.key, true);
        if (status.ok())
            set(key.key.toString(), status.value);
    };
    for (const QString &name : RuntimeParameterStore::reservedGlobalNames())
        read(u"ss:"_s + name);
    QStringList nodes;
    for (const QString &instance : store.instances(run)) {
        const QString node = instance.section(u'.', 0, 0);
        if (!nodes.contains(node)) {
            nodes << node;
            read(node + u":multiplicity"_s);
            read(node + u":ids"_s);
        }
        for (const QString &name : RuntimeParameterStore::reservedInstanceNames())
            read(instance + u':' + name);
        for (const QString &name : declared.value(node))
            read(instance + u':' + name);
    }
    connect(&store,
            &RuntimeParameterStore::valueSet,
            this,
            [this](const QString &r, const QString &key, const QString &value) {
                if (r == m_run)
                    set(key, value);
            });
}

void RunParameterModel::set(const QString &key, const QString &value)
{
    const auto it = m_values.find(key);
    if (it != m_values.end()) {
        *it = value;
        const int row = rowOf(key);
        Q_EMIT dataChanged(index(row, ValueColumn), index(row, ValueColumn));
        return;
    }
    const auto at = std::lower_bound(m_keys.cbegin(),
                                     m_keys.cend(),
                                     key,
                                     [this](const QString &a, const QString &b) {
                                         return m_collator.compare(a, b) < 0;
                                     });
    const int row = int(at - m_keys.cbegin());
    beginInsertRows({}, row, row);
    m_keys.insert(row, key);
    m_values.insert(key, value);
    endInsertRows();
}

QString RunParameterModel::value(const QString &key) const
{
    const QString value = m_values.value(key);
    if (!value.isEmpty() && m_isSecret && m_isSecret(key))
        return kMaskedValue.toString();
    return value;
}

int RunParameterModel::rowOf(const QString &key) const
{
    return int(m_keys.indexOf(key));
}

int RunParameterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int RunParameterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunParameterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::EditRole)
        return {};
    const QString &key = m_keys.at(index.row());
    const QString text = index.column() == KeyColumn ? key : value(key);
    return role == Qt::ToolTipRole ? plainToolTip(text) : text;
}

QVariant RunParameterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == KeyColumn ? tr("Parameter") : tr("Value");
}

} // namespace Slipway
