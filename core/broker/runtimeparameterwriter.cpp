#include "runtimeparameterwriter.h"

#include "runtimeparameterstore.h"

#include "core/storage/database.h"
#include "core/storage/timestamp.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

bool commit(Database *database,
            const QString &file,
            const QList<std::pair<quint64, QList<RuntimeParameterWrite>>> &batches)
{
    if (!database) {
        qCWarning(lcBrokerStore) << "cannot write the run database" << file;
        return false;
    }
    QSqlDatabase db = database->connection();
    if (!db.transaction()) {
        qCWarning(lcBrokerStore) << "cannot write the run database" << file << ":"
                                 << db.lastError().text();
        return false;
    }
    QSqlQuery param(db), live(db), token(db), report(db);
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
                                "runtime_runs WHERE run = ?)"_s);
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
    if (ok)
        ok = db.commit();
    if (!ok) {
        qCWarning(lcBrokerStore) << "cannot write the run database" << file << ":"
                                 << db.lastError().text();
        db.rollback();
    }
    return ok;
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

QList<std::pair<quint64, bool>> RuntimeParameterWriter::takeCommitted()
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
    for (;;) {
        QList<std::pair<quint64, QList<RuntimeParameterWrite>>> batches;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || !m_queue.isEmpty(); });
            if (m_queue.isEmpty() && m_stop)
                break;
            batches = std::exchange(m_queue, {});
            m_busy = true;
        }
        const bool ok = commit(database.get(), m_file, batches);
        {
            std::lock_guard lock(m_mutex);
            for (const auto &b : std::as_const(batches))
                m_done.append({b.first, ok});
            m_busy = false;
        }
        m_idle.notify_all();
        QMetaObject::invokeMethod(m_receiver, m_committed, Qt::QueuedConnection);
    }
}

} // namespace Slipway
