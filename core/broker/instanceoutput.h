#pragma once

// The script output the nodes stream while their phases run (POST
// /api/v1/runs/{run}/instances/{instance}/output): the last bytes of each instance, in memory
// only, in a ring of a fixed size, so that a chatty recipe costs a bounded amount whatever it
// prints. The complete logs still arrive as reports at the end of the run; this is what a user
// watches while it runs.

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <algorithm>

namespace Slipway {

class InstanceOutput : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceOutput)

public:
    // One chunk of output a node sends at a time (the route's body limit).
    static constexpr qsizetype MaxChunkBytes = 16 * 1024;
    // What is kept per instance.
    static constexpr qsizetype DefaultCapacity = 128 * 1024;

    explicit InstanceOutput(QObject *parent = nullptr);

    // The bytes kept per instance; forgets what was kept.
    void setCapacity(qsizetype bytes)
    {
        m_capacity = std::max<qsizetype>(bytes, 1);
        m_runs.clear();
    }
    qsizetype capacity() const { return m_capacity; }

    // Adds a chunk to the instance's ring: the oldest bytes make room for it.
    void append(const QString &run, const QString &instance, const QByteArray &chunk);
    // The bytes kept for the instance, oldest first.
    QByteArray output(const QString &run, const QString &instance) const;
    // Bytes received for the instance in all, kept or not.
    qint64 totalBytes(const QString &run, const QString &instance) const;
    // The instances of the run with output, by name.
    QStringList instances(const QString &run) const;
    // Forgets a run's output.
    void removeRun(const QString &run);

    // True for the output route (the path's segments, percent-decoded).
    static bool isOutputRoute(const QStringList &segments);

Q_SIGNALS:
    // A chunk arrived; it is also in output() from now on.
    void outputAppended(const QString &run, const QString &instance, const QByteArray &chunk);

private:
    struct Ring
    {
        QByteArray bytes;    // m_capacity long once full
        qsizetype start = 0; // the oldest byte, once full
        bool full = false;
        qint64 total = 0;
    };
    qsizetype m_capacity = DefaultCapacity;
    QHash<QString, QHash<QString, Ring>> m_runs; // run -> instance -> ring
};

} // namespace Slipway
