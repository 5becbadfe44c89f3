#pragma once

// The runtime parameters of one run that have a value, key and value, live: what the nodes
// published (outputs, host names, generated passwords), in key order.

#include <QAbstractTableModel>
#include <QCollator>
#include <QHash>

#include <functional>

namespace Slipway {

class RuntimeParameterStore;

class RunParameterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, ValueColumn, ColumnCount };

    // declared: node -> its declared parameter names (beside the reserved ones), the keys
    // read from the store to start with. isSecret: whether a key holds a password, shown
    // masked.
    RunParameterModel(RuntimeParameterStore &store,
                      const QString &run,
                      const QHash<QString, QStringList> &declared,
                      std::function<bool(QStringView key)> isSecret = {},
                      QObject *parent = nullptr);

    // The value as shown (a password masked).
    QString value(const QString &key) const;
    int rowOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void set(const QString &key, const QString &value);

    QString m_run;
    std::function<bool(QStringView key)> m_isSecret;
    QCollator m_collator;
    QStringList m_keys; // sorted
    QHash<QString, QString> m_values;
};

} // namespace Slipway
