#pragma once

// The broker store's writer: commits batches of writes on its own connection (core/storage),
// in its own thread, so that no fsync ever delays an answer to a waiting node. Batches that
// queue up while a commit runs are committed together (group commit). A commit that fails is
// retried, with the batches that came meanwhile, until it succeeds: a database held by another
// process (busy) or full loses nothing. Only a batch that fails on its own, again and again,
// for another reason (a broken file) is dropped, and said so.

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
    enum class Outcome {
        Committed,
        Retrying, // not written yet: it is tried again
        Dropped   // given up after MaxAttempts failures of its own
    };
    // How long one attempt waits for another process's write lock before it fails as busy.
    static constexpr int BusyTimeoutMs = 2000;
    static constexpr int MaxAttempts = 5;
    // The longest pause between two attempts.
    static constexpr int MaxRetryDelayMs = 2000;

    // committed() runs in receiver's thread after each commit, successful or not.
    RuntimeParameterWriter(const QString &databaseFile,
                           QObject *receiver,
                           std::function<void()> committed);
    ~RuntimeParameterWriter(); // commits what is queued, then stops the thread
    Q_DISABLE_COPY_MOVE(RuntimeParameterWriter)

    void enqueue(quint64 batch, QList<RuntimeParameterWrite> writes);
    // Blocks until everything enqueued so far is committed (or has failed).
    void waitIdle();
    // What became of the batches since the last call (a batch being retried is reported
    // after each failed attempt, then once more as committed or dropped).
    QList<std::pair<quint64, Outcome>> takeCommitted();

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
    QList<std::pair<quint64, Outcome>> m_done;
    bool m_busy = false;
    bool m_stop = false;
};

} // namespace Slipway
