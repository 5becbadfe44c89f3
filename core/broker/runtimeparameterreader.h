#pragma once

// Reads what the broker store keeps of a run without hosting it: `slipway-cli run params` and
// `run logs` read a run that another process may be hosting meanwhile (WAL lets both go on).
// The store reads its reports back through the same queries.

#include "core/broker/runtimeparameterstore.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <utility>

namespace Slipway {

class RuntimeParameterReader
{
public:
    // Open read-only on databaseFile; a missing file or one without the tables reads as empty.
    explicit RuntimeParameterReader(const QString &databaseFile);
    ~RuntimeParameterReader();
    Q_DISABLE_COPY_MOVE(RuntimeParameterReader)

    // The set values of a run (unset ones left out), in no particular order.
    QList<std::pair<QString, QString>> values(const QString &run) const;
    QList<RuntimeParameterStore::Report> reports(const QString &run) const;
    // The run's reports without their data (instance, name, size, when): a report's bytes
    // are read only when asked for, one at a time, with reportData().
    QList<RuntimeParameterStore::Report> reportList(const QString &run) const;
    std::optional<QByteArray> reportData(const QString &run,
                                         const QString &instance,
                                         const QString &name) const;
    // The runs whose values and reports are still kept (not pruned).
    QSet<QString> storedRuns() const;

    static QList<RuntimeParameterStore::Report> reports(const QSqlDatabase &db,
                                                        const QString &run,
                                                        bool withData = true);

private:
    std::unique_ptr<Database> m_database;
};

} // namespace Slipway
