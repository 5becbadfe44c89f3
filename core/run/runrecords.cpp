#include "runrecords.h"

#include "core/storage/database.h"
#include "core/storage/timestamp.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

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
    r.createdAt = timestampFromText(q.value(7).toString());
    r.finishedAt = timestampFromText(q.value(8).toString());
    r.terminated = q.value(9).toBool();
    r.plan = QJsonDocument::fromJson(q.value(10).toByteArray()).object();
    r.catalog = q.value(11).toString();
    return r;
}

// Qt Sql binds a null QString as NULL; the columns hold text.
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

constexpr auto kRunColumns = "id, kind, module, module_version, state, keep_running, "
                             "abort_reason, created_at, finished_at, terminated, plan, catalog";

} // namespace

RunRecords::RunRecords() = default;

RunRecords::~RunRecords()
{
    close();
}

Result<void> RunRecords::open(const QString &databaseFile)
{
    auto database = Database::openFile(databaseFile);
    if (!database)
        return Error{
            u"Cannot open the run records in %1: %2"_s.arg(databaseFile, database.errorMessage())};
    m_database = std::move(*database);
    return {};
}

void RunRecords::close()
{
    m_database.reset();
}

QSqlDatabase RunRecords::db() const
{
    return m_database ? m_database->connection() : QSqlDatabase();
}

Result<void> RunRecords::insertRun(const RunRecord &run)
{
    QSqlQuery q(db());
    q.prepare(u"INSERT INTO run_runs (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"_s.arg(
        QLatin1StringView(kRunColumns)));
    q.addBindValue(text(run.id));
    q.addBindValue(text(run.kind));
    q.addBindValue(text(run.modulePath));
    q.addBindValue(run.moduleVersion);
    q.addBindValue(text(run.state));
    q.addBindValue(text(run.keepRunning));
    q.addBindValue(text(run.abortReason));
    q.addBindValue(timestampText(run.createdAt));
    q.addBindValue(timestampValue(run.finishedAt));
    q.addBindValue(run.terminated);
    q.addBindValue(QJsonDocument(run.plan).toJson(QJsonDocument::Compact));
    q.addBindValue(text(run.catalog));
    if (!q.exec())
        return sqlError(u"Cannot record the run %1"_s.arg(run.id), q.lastError());
    return {};
}

Result<void> RunRecords::updateRun(const RunRecord &run)
{
    QSqlQuery q(db());
    // The module version too: an update moves a run to another version of its module.
    q.prepare(u"UPDATE run_runs SET state = ?, abort_reason = ?, finished_at = ?, "
              "terminated = ?, plan = ?, module_version = ? WHERE id = ?"_s);
    q.addBindValue(text(run.state));
    q.addBindValue(text(run.abortReason));
    q.addBindValue(timestampValue(run.finishedAt));
    q.addBindValue(run.terminated);
    q.addBindValue(QJsonDocument(run.plan).toJson(QJsonDocument::Compact));
    q.addBindValue(run.moduleVersion);
    q.addBindValue(text(run.id));
    if (!q.exec())
        return sqlError(u"Cannot record the state of run %1"_s.arg(run.id), q.lastError());
    return {};
}

Result<void> RunRecords::setTags(const QString &id, const QStringList &tags)
{
    std::optional<RunRecord> record = run(id);
    if (!record)
        return Error{u"There is no run %1."_s.arg(id)};
    record->plan.insert(u"tags"_s, QJsonArray::fromStringList(tags));
    return updateRun(*record);
}

Result<QStringList> RunRecords::normalizedTags(const QStringList &tags)
{
    QStringList out;
    for (const QString &given : tags) {
        const QString tag = given.trimmed();
        if (tag.isEmpty() || out.contains(tag))
            continue;
        if (tag.size() > 64 || tag.contains(u'\n') || tag.contains(u'\r') || tag.contains(u','))
            return Error{QCoreApplication::translate("RunRecords",
                                                     "\"%1\" is not a tag: a tag is at most 64 "
                                                     "characters, with no comma or line break.")
                             .arg(tag.left(80))};
        out << tag;
    }
    return out;
}

std::optional<RunRecord> RunRecords::run(const QString &id) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT %1 FROM run_runs WHERE id = ?"_s.arg(QLatin1StringView(kRunColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readRun(q);
}

QList<RunRecord> RunRecords::runs() const
{
    QList<RunRecord> result;
    QSqlQuery q(db());
    if (!q.exec(u"SELECT %1 FROM run_runs ORDER BY created_at DESC, id"_s.arg(
            QLatin1StringView(kRunColumns))))
        return result;
    while (q.next())
        result << readRun(q);
    return result;
}

Result<void> RunRecords::upsertInstance(const InstanceRecord &i)
{
    QSqlQuery q(db());
    q.prepare(u"INSERT INTO run_instances (run, name, node, cloud, state, handle, instance_id, "
              "hostname) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (run, name) DO UPDATE SET "
              "state = excluded.state, handle = excluded.handle, "
              "instance_id = excluded.instance_id, hostname = excluded.hostname"_s);
    const QString state = instanceStateName(i.state);
    for (const QString &v :
         {i.run, i.name, i.node, i.cloud, state, i.handle, i.instanceId, i.hostname})
        q.addBindValue(text(v));
    if (!q.exec())
        return sqlError(u"Cannot record the instance %1 of run %2"_s.arg(i.name, i.run),
                        q.lastError());
    return {};
}

QList<InstanceRecord> RunRecords::instances(const QString &run) const
{
    QList<InstanceRecord> result;
    QSqlQuery q(db());
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
        // A name this Slipway does not know is an instance it cannot follow.
        i.state = instanceStateFromName(q.value(4).toString()).value_or(InstanceState::Failed);
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
    QSqlQuery q(db());
    q.prepare(u"INSERT INTO run_events (run, at, instance, message) VALUES (?,?,?,?)"_s);
    q.addBindValue(run);
    q.addBindValue(timestampText(e.at));
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
    QSqlQuery q(db());
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
        e.at = timestampFromText(q.value(1).toString());
        e.instance = q.value(2).toString();
        e.message = q.value(3).toString();
        result << e;
    }
    return result;
}

} // namespace Slipway
