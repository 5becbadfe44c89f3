#pragma once

// The broker store's writer: commits batches of writes on its own connection (core/storage),
// in its own thread, so that no fsync ever delays an answer to a waiting node. Batches that
// queue up while a commit runs are committed together (group commit).

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace Slipway {

// One change of the store's tables.
struct RuntimeParameterWrite
{
    enum class Kind { Param, Live, Token, Report } kind;
    QString run;
    QString key; // param key, instance or report name
    std::optional<QString> value;
    QByteArray data;
    QString instance;
    bool live = true;
};

class RuntimeParameterWriter
{
public:
    // committed() runs in receiver's thread after each commit, successful or not.
    RuntimeParameterWriter(const QString &databaseFile,
                           QObject *receiver,
                           std::function<void()> committed);
    ~RuntimeParameterWriter(); // commits what is queued, then stops the thread
    Q_DISABLE_COPY_MOVE(RuntimeParameterWriter)

    void enqueue(quint64 batch, QList<RuntimeParameterWrite> writes);
    // Blocks until everything enqueued so far is committed (or has failed).
    void waitIdle();
    // The batches committed since the last call, each with whether it was written.
    QList<std::pair<quint64, bool>> takeCommitted();

private:
    void run();

    QString m_file;
    QObject *m_receiver;
    std::function<void()> m_committed;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    QList<std::pair<quint64, QList<RuntimeParameterWrite>>> m_queue;
    QList<std::pair<quint64, bool>> m_done;
    bool m_busy = false;
    bool m_stop = false;
};

} // namespace Slipway
