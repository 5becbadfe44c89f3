#include "runtimeparameterwriter.h"

#include "runtimeparameterstore.h"

#include "core/storage/database.h"
#include "core/storage/timestamp.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <chrono>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

using Batches = QList<std::pair<quint64, QList<RuntimeParameterWrite>>>;

enum class CommitResult { Ok, Busy, Failed };

CommitResult failure(Database *database, const QSqlError &error)
{
    const StorageFailure kind = database->backend().classify(error);
    return kind == StorageFailure::Busy || kind == StorageFailure::DiskFull ? CommitResult::Busy
                                                                            : CommitResult::Failed;
}

CommitResult commit(Database *database, const QString &file, const Batches &batches)
{
    if (!database) {
        qCWarning(lcBrokerStore) << "cannot write the run database" << file;
        return CommitResult::Failed;
    }
    QSqlDatabase db = database->connection();
    if (!db.transaction()) {
        qCDebug(lcBrokerStore) << "cannot write the run database" << file << ":"
                               << db.lastError().text();
        return failure(database, db.lastError());
    }
    QSqlQuery param(db), live(db), token(db), report(db), replaced(db);
    bool ok = param.prepare(
                  u"INSERT INTO runtime_params (run, key, value) "
                  "SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM runtime_runs WHERE run = ?) "
                  "ON CONFLICT (run, key) DO UPDATE SET value = excluded.value"_s)
              && live.prepare(u"UPDATE runtime_instances SET live = ? WHERE run = ? AND "
                              "instance = ?"_s)
              && token.prepare(u"UPDATE runtime_instances SET token_hash = ? WHERE run = ? "
                               "AND instance = ?"_s)
              && report.prepare(u"INSERT INTO runtime_reports (run, instance, name, data, "
                                "uploaded) SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM "
                                "runtime_runs WHERE run = ?)"_s)
              && replaced.prepare(u"DELETE FROM runtime_reports WHERE run = ? AND instance = ? "
                                  "AND name = ?"_s);
    QSqlError error;
    using Kind = RuntimeParameterWrite::Kind;
    for (const auto &batch : batches) {
        for (const RuntimeParameterWrite &w : batch.second) {
            if (!ok)
                break;
            switch (w.kind) {
            case Kind::Param:
                param.addBindValue(w.run);
                param.addBindValue(w.key);
                param.addBindValue(w.value ? QVariant(*w.value)
                                           : QVariant(QMetaType::fromType<QString>()));
                param.addBindValue(w.run);
                ok = param.exec();
                break;
            case Kind::Live:
                live.addBindValue(w.live ? 1 : 0);
                live.addBindValue(w.run);
                live.addBindValue(w.instance);
                ok = live.exec();
                break;
            case Kind::Token:
                token.addBindValue(w.data);
                token.addBindValue(w.run);
                token.addBindValue(w.key);
                ok = token.exec();
                break;
            case Kind::Report:
                // A report of the same instance and name replaces the one before.
                replaced.addBindValue(w.run);
                replaced.addBindValue(w.instance);
                replaced.addBindValue(w.key);
                ok = replaced.exec();
                if (!ok)
                    break;
                report.addBindValue(w.run);
                report.addBindValue(w.instance);
                report.addBindValue(w.key);
                report.addBindValue(w.data);
                report.addBindValue(timestampText(QDateTime::currentDateTimeUtc()));
                report.addBindValue(w.run);
                ok = report.exec();
                break;
            }
        }
    }
    if (!ok) {
        for (const QSqlQuery *q : {&param, &live, &token, &report, &replaced}) {
            if (q->lastError().isValid())
                error = q->lastError();
        }
    }
    if (ok) {
        ok = db.commit();
        if (!ok)
            error = db.lastError();
    }
    if (!ok) {
        if (!error.isValid())
            error = db.lastError();
        // Said once per outage by the retry loop, not at every attempt.
        qCDebug(lcBrokerStore) << "cannot write the run database" << file << ":" << error.text();
        db.rollback();
        return failure(database, error);
    }
    return CommitResult::Ok;
}

} // namespace

RuntimeParameterWriter::RuntimeParameterWriter(const QString &databaseFile,
                                               QObject *receiver,
                                               std::function<void()> committed)
    : m_file(databaseFile)
    , m_receiver(receiver)
    , m_committed(std::move(committed))
{
    m_thread = std::thread([this] { run(); });
}

RuntimeParameterWriter::~RuntimeParameterWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void RuntimeParameterWriter::enqueue(quint64 batch, QList<RuntimeParameterWrite> writes)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.append({batch, std::move(writes)});
    }
    m_wake.notify_one();
}

void RuntimeParameterWriter::waitIdle()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_queue.isEmpty() && !m_busy; });
}

QList<std::pair<quint64, RuntimeParameterWriter::Outcome>> RuntimeParameterWriter::takeCommitted()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_done, {});
}

void RuntimeParameterWriter::run()
{
    // Its own connection, opened and closed in this thread (Qt Sql's rule). The store's
    // connection has made or migrated the schema already.
    auto opened = Database::openFile(m_file, DatabaseOptions{.readOnly = false, .migrate = false});
    if (!opened)
        qCWarning(lcBrokerStore) << "cannot open the run database" << m_file << ":"
                                 << opened.errorMessage();
    std::unique_ptr<Database> database = opened ? std::move(*opened) : nullptr;
    if (database) {
        // A node waiting for its answer is better told "busy, ask again" than held.
        QSqlQuery(database->connection()).exec(u"PRAGMA busy_timeout = %1"_s.arg(BusyTimeoutMs));
    }
    Batches retry;                // failed batches, oldest first, tried again with new ones
    QHash<quint64, int> failures; // batch -> attempts that failed on their own
    int delayMs = 0;
    int attemptsSinceStop = 0;
    for (;;) {
        Batches batches;
        {
            std::unique_lock lock(m_mutex);
            const auto ready = [this] {
                return m_stop || !m_queue.isEmpty();
            };
            if (retry.isEmpty())
                m_wake.wait(lock, ready);
            else
                m_wake.wait_for(lock, std::chrono::milliseconds(delayMs), ready);
            if (m_queue.isEmpty() && retry.isEmpty() && m_stop)
                break;
            batches = std::exchange(retry, {}) + std::exchange(m_queue, {});
            m_busy = true;
        }
        QList<std::pair<quint64, Outcome>> outcomes;
        CommitResult result = commit(database.get(), m_file, batches);
        if (result == CommitResult::Failed && batches.size() > 1) {
            // Something in the group is wrong: each batch alone, so that one bad batch does
            // not hold the others back.
            result = CommitResult::Ok;
            for (const auto &batch : std::as_const(batches)) {
                const CommitResult alone = commit(database.get(), m_file, {batch});
                if (alone == CommitResult::Ok) {
                    outcomes.append({batch.first, Outcome::Committed});
                } else if (alone == CommitResult::Failed && ++failures[batch.first] >= MaxAttempts) {
                    qCWarning(lcBrokerStore) << "gave up writing a batch to" << m_file << "after"
                                             << MaxAttempts << "attempts";
                    failures.remove(batch.first);
                    outcomes.append({batch.first, Outcome::Dropped});
                } else {
                    retry.append(batch);
                    outcomes.append({batch.first, Outcome::Retrying});
                }
            }
        } else if (result == CommitResult::Ok) {
            for (const auto &batch : std::as_const(batches)) {
                failures.remove(batch.first);
                outcomes.append({batch.first, Outcome::Committed});
            }
        } else {
            for (const auto &batch : std::as_const(batches)) {
                if (result == CommitResult::Failed && ++failures[batch.first] >= MaxAttempts) {
                    qCWarning(lcBrokerStore) << "gave up writing a batch to" << m_file;
                    failures.remove(batch.first);
                    outcomes.append({batch.first, Outcome::Dropped});
                    continue;
                }
                retry.append(batch);
                outcomes.append({batch.first, Outcome::Retrying});
            }
        }
        if (retry.isEmpty()) {
            if (delayMs > 0)
                qCInfo(lcBrokerStore) << "the run database" << m_file << "is written again";
            delayMs = 0;
        } else {
            if (delayMs == 0)
                qCWarning(lcBrokerStore)
                    << "the run database" << m_file
                    << "cannot be written now (another process holds it, or it is full):"
                    << retry.size() << "batches wait to be written, and are tried again";
            delayMs = std::clamp(delayMs * 2, 50, MaxRetryDelayMs);
        }
        bool stopping = false;
        {
            std::lock_guard lock(m_mutex);
            m_done.append(outcomes);
            m_busy = false;
            stopping = m_stop;
        }
        m_idle.notify_all();
        QMetaObject::invokeMethod(m_receiver, m_committed, Qt::QueuedConnection);
        if (stopping && !retry.isEmpty() && ++attemptsSinceStop >= MaxAttempts) {
            // Stopping with a database that stays busy: what could not be written is lost,
            // and said so, rather than the program never ending.
            qCWarning(lcBrokerStore)
                << "stopped with" << retry.size() << "batches not written to" << m_file;
            break;
        }
    }
}

} // namespace Slipway
