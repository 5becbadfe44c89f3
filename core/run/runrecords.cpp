#include "runrecords.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Slipway {

bool RunState::isFinal(QStringView state)
{
    return state == Done || state == Cancelled || state == Aborted;
}

namespace {

Error sqlError(const QString &what, const QSqlError &e)
{
    return Error{u"%1: %2"_s.arg(what, e.text())};
}

RunRecord readRun(const QSqlQuery &q)
{
    RunRecord r;
    r.id = q.value(0).toString();
    r.kind = q.value(1).toString();
    r.modulePath = q.value(2).toString();
    r.moduleVersion = q.value(3).toInt();
    r.state = q.value(4).toString();
    r.keepRunning = q.value(5).toString();
    r.abortReason = q.value(6).toString();
    r.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), QTimeZone::UTC);
    if (!q.value(8).isNull())
        r.finishedAt = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), QTimeZone::UTC);
    r.terminated = q.value(9).toBool();
    r.plan = QJsonDocument::fromJson(q.value(10).toByteArray()).object();
    return r;
}

// Qt Sql binds a null QString as NULL; the columns hold text.
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

constexpr auto kRunColumns = "id, kind, module, module_version, state, keep_running, "
                             "abort_reason, created_at, finished_at, terminated, plan";

} // namespace

RunRecords::RunRecords()
    : m_connection(u"slipway-runs-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

RunRecords::~RunRecords()
{
    close();
}

Result<void> RunRecords::open(const QString &databaseFile)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(databaseFile);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open())
        return sqlError(u"Cannot open the run records in %1"_s.arg(databaseFile), db.lastError());
    QSqlQuery q(db);
    const char *statements[] = {
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=FULL",
        "CREATE TABLE IF NOT EXISTS run_runs (id TEXT PRIMARY KEY, kind TEXT NOT NULL, "
        "module TEXT NOT NULL, module_version INTEGER NOT NULL, state TEXT NOT NULL, "
        "keep_running TEXT NOT NULL, abort_reason TEXT NOT NULL DEFAULT '', "
        "created_at INTEGER NOT NULL, finished_at INTEGER, terminated INTEGER NOT NULL "
        "DEFAULT 0, plan TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS run_instances (run TEXT NOT NULL REFERENCES run_runs(id) "
        "ON DELETE CASCADE, name TEXT NOT NULL, node TEXT NOT NULL, cloud TEXT NOT NULL, "
        "state TEXT NOT NULL, handle TEXT NOT NULL DEFAULT '', instance_id TEXT NOT NULL "
        "DEFAULT '', hostname TEXT NOT NULL DEFAULT '', PRIMARY KEY (run, name))",
        "CREATE TABLE IF NOT EXISTS run_events (id INTEGER PRIMARY KEY AUTOINCREMENT, "
        "run TEXT NOT NULL REFERENCES run_runs(id) ON DELETE CASCADE, at INTEGER NOT NULL, "
        "instance TEXT NOT NULL, message TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS run_events_by_run ON run_events (run, id)",
    };
    for (const char *sql : statements) {
        if (!q.exec(QString::fromLatin1(sql)))
            return sqlError(u"Cannot prepare the run records in %1"_s.arg(databaseFile),
                            q.lastError());
    }
    return {};
}

void RunRecords::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

Result<void> RunRecords::insertRun(const RunRecord &run)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"INSERT INTO run_runs (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?)"_s.arg(
        QLatin1StringView(kRunColumns)));
    q.addBindValue(text(run.id));
    q.addBindValue(text(run.kind));
    q.addBindValue(text(run.modulePath));
    q.addBindValue(run.moduleVersion);
    q.addBindValue(text(run.state));
    q.addBindValue(text(run.keepRunning));
    q.addBindValue(text(run.abortReason));
    q.addBindValue(run.createdAt.toMSecsSinceEpoch());
    q.addBindValue(run.finishedAt.isValid() ? QVariant(run.finishedAt.toMSecsSinceEpoch())
                                            : QVariant());
    q.addBindValue(run.terminated);
    q.addBindValue(QJsonDocument(run.plan).toJson(QJsonDocument::Compact));
    if (!q.exec())
        return sqlError(u"Cannot record the run %1"_s.arg(run.id), q.lastError());
    return {};
}

Result<void> RunRecords::updateRun(const RunRecord &run)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"UPDATE run_runs SET state = ?, abort_reason = ?, finished_at = ?, "
              "terminated = ?, plan = ? WHERE id = ?"_s);
    q.addBindValue(text(run.state));
    q.addBindValue(text(run.abortReason));
    q.addBindValue(run.finishedAt.isValid() ? QVariant(run.finishedAt.toMSecsSinceEpoch())
                                            : QVariant());
    q.addBindValue(run.terminated);
    q.addBindValue(QJsonDocument(run.plan).toJson(QJsonDocument::Compact));
    q.addBindValue(text(run.id));
    if (!q.exec())
        return sqlError(u"Cannot record the state of run %1"_s.arg(run.id), q.lastError());
    return {};
}

std::optional<RunRecord> RunRecords::run(const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT %1 FROM run_runs WHERE id = ?"_s.arg(QLatin1StringView(kRunColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readRun(q);
}

QList<RunRecord> RunRecords::runs() const
{
    QList<RunRecord> result;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(u"SELECT %1 FROM run_runs ORDER BY created_at DESC, id"_s.arg(
            QLatin1StringView(kRunColumns))))
        return result;
    while (q.next())
        result << readRun(q);
    return result;
}

Result<void> RunRecords::upsertInstance(const InstanceRecord &i)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"INSERT INTO run_instances (run, name, node, cloud, state, handle, instance_id, "
              "hostname) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (run, name) DO UPDATE SET "
              "state = excluded.state, handle = excluded.handle, "
              "instance_id = excluded.instance_id, hostname = excluded.hostname"_s);
    for (const QString &v :
         {i.run, i.name, i.node, i.cloud, i.state, i.handle, i.instanceId, i.hostname})
        q.addBindValue(text(v));
    if (!q.exec())
        return sqlError(u"Cannot record the instance %1 of run %2"_s.arg(i.name, i.run),
                        q.lastError());
    return {};
}

QList<InstanceRecord> RunRecords::instances(const QString &run) const
{
    QList<InstanceRecord> result;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT run, name, node, cloud, state, handle, instance_id, hostname "
              "FROM run_instances WHERE run = ? ORDER BY rowid"_s);
    q.addBindValue(run);
    if (!q.exec())
        return result;
    while (q.next()) {
        InstanceRecord i;
        i.run = q.value(0).toString();
        i.name = q.value(1).toString();
        i.node = q.value(2).toString();
        i.cloud = q.value(3).toString();
        i.state = q.value(4).toString();
        i.handle = q.value(5).toString();
        i.instanceId = q.value(6).toString();
        i.hostname = q.value(7).toString();
        result << i;
    }
    return result;
}

Result<RunEvent> RunRecords::addEvent(const QString &run,
                                      const QString &instance,
                                      const QString &message)
{
    RunEvent e;
    e.run = run;
    e.instance = instance;
    e.message = message;
    e.at = QDateTime::currentDateTimeUtc();
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"INSERT INTO run_events (run, at, instance, message) VALUES (?,?,?,?)"_s);
    q.addBindValue(run);
    q.addBindValue(e.at.toMSecsSinceEpoch());
    q.addBindValue(text(instance));
    q.addBindValue(text(message));
    if (!q.exec())
        return sqlError(u"Cannot record an event of run %1"_s.arg(run), q.lastError());
    e.id = q.lastInsertId().toLongLong();
    return e;
}

QList<RunEvent> RunRecords::events(const QString &run, qint64 afterId) const
{
    QList<RunEvent> result;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT id, at, instance, message FROM run_events WHERE run = ? AND id > ? "
              "ORDER BY id"_s);
    q.addBindValue(run);
    q.addBindValue(afterId);
    if (!q.exec())
        return result;
    while (q.next()) {
        RunEvent e;
        e.id = q.value(0).toLongLong();
        e.run = run;
        e.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), QTimeZone::UTC);
        e.instance = q.value(2).toString();
        e.message = q.value(3).toString();
        result << e;
    }
    return result;
}

} // namespace Slipway
