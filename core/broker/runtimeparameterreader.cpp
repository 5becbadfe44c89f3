#include "runtimeparameterreader.h"

#include "core/storage/database.h"
#include "core/storage/timestamp.h"

#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Slipway {

RuntimeParameterReader::RuntimeParameterReader(const QString &databaseFile)
{
    if (!QFileInfo::exists(databaseFile))
        return;
    auto opened = Database::openFile(databaseFile, DatabaseOptions{.readOnly = true});
    if (opened)
        m_database = std::move(*opened);
    else
        qCWarning(lcBrokerStore) << "cannot read the run database" << databaseFile << ":"
                                 << opened.errorMessage();
}

RuntimeParameterReader::~RuntimeParameterReader() = default;

QList<std::pair<QString, QString>> RuntimeParameterReader::values(const QString &run) const
{
    QList<std::pair<QString, QString>> result;
    if (!m_database)
        return result;
    QSqlQuery q(m_database->connection());
    q.prepare(u"SELECT key, value FROM runtime_params WHERE run = ? AND value IS NOT NULL"_s);
    q.addBindValue(run);
    if (!q.exec())
        return result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString()});
    return result;
}

QList<RuntimeParameterStore::Report> RuntimeParameterReader::reports(const QString &run) const
{
    return m_database ? reports(m_database->connection(), run)
                      : QList<RuntimeParameterStore::Report>{};
}

QList<RuntimeParameterStore::Report> RuntimeParameterReader::reportList(const QString &run) const
{
    return m_database ? reports(m_database->connection(), run, false)
                      : QList<RuntimeParameterStore::Report>{};
}

std::optional<QByteArray> RuntimeParameterReader::reportData(const QString &run,
                                                             const QString &instance,
                                                             const QString &name) const
{
    if (!m_database)
        return std::nullopt;
    QSqlQuery q(m_database->connection());
    q.prepare(u"SELECT data FROM runtime_reports WHERE run = ? AND instance = ? AND name = ? "
              "ORDER BY id DESC LIMIT 1"_s);
    q.addBindValue(run);
    q.addBindValue(instance);
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toByteArray();
}

QSet<QString> RuntimeParameterReader::storedRuns() const
{
    QSet<QString> result;
    if (!m_database)
        return result;
    QSqlQuery q(m_database->connection());
    if (!q.exec(u"SELECT run FROM runtime_runs"_s))
        return result;
    while (q.next())
        result.insert(q.value(0).toString());
    return result;
}

QList<RuntimeParameterStore::Report> RuntimeParameterReader::reports(const QSqlDatabase &db,
                                                                     const QString &run,
                                                                     bool withData)
{
    QList<RuntimeParameterStore::Report> result;
    QSqlQuery q(db);
    q.prepare(withData ? u"SELECT instance, name, uploaded, length(data), data FROM "
                         "runtime_reports WHERE run = ? ORDER BY id"_s
                       : u"SELECT instance, name, uploaded, length(data) FROM runtime_reports "
                         "WHERE run = ? ORDER BY id"_s);
    q.addBindValue(run);
    if (!q.exec())
        return result;
    while (q.next()) {
        RuntimeParameterStore::Report report;
        report.instance = q.value(0).toString();
        report.name = q.value(1).toString();
        report.uploaded = timestampFromText(q.value(2).toString());
        report.size = q.value(3).toLongLong();
        if (withData)
            report.data = q.value(4).toByteArray();
        result.append(report);
    }
    return result;
}

} // namespace Slipway
