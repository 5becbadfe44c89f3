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

QList<RuntimeParameterStore::Report> RuntimeParameterReader::reports(const QSqlDatabase &db,
                                                                     const QString &run)
{
    QList<RuntimeParameterStore::Report> result;
    QSqlQuery q(db);
    q.prepare(u"SELECT instance, name, data, uploaded FROM runtime_reports WHERE run = ? "
              "ORDER BY id"_s);
    q.addBindValue(run);
    if (!q.exec())
        return result;
    while (q.next())
        result.append(RuntimeParameterStore::Report{q.value(0).toString(),
                                                    q.value(1).toString(),
                                                    q.value(2).toByteArray(),
                                                    timestampFromText(q.value(3).toString())});
    return result;
}

} // namespace Slipway
