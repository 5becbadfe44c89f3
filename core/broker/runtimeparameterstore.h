#pragma once

#include "parameterkey.h"
#include "runtimeparameterwriter.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcBrokerStore)

namespace Slipway {

class Database;

struct NodeLayout
{
    QString name;
    int multiplicity = 1;
    QStringList parameters;           // declared inputs and outputs, beside the reserved ones
    QHash<QString, QString> defaults; // parameter -> value set when the run is created
};

// An output copied, whenever it is set, into a parameter of every instance of a node.
struct OutputMapping
{
    QString source; // "node.i:param" or "node:param" (instance 1)
    QString targetNode;
    QString targetParameter; // a parameter of targetNode
};

struct RunLayout
{
    QList<NodeLayout> nodes;
    QList<OutputMapping> mappings;
    QStringList tags;
};

// The outcome of a store call, with a message fit to show to the node's user.
struct ParameterStatus
{
    enum class Code {
        Ok,
        NotSet,
        UnknownRun,
        UnknownKey,
        Forbidden,
        TooLong,
        BadValue,
        Aborted,
        StorageFailed
    };
    Code code = Code::Ok;
    QString message;
    QString value; // the value for Ok reads, the abort reason for Aborted
    bool ok() const { return code == Code::Ok; }
};

// The runtime parameters of every active run: values, reserved names, mapped outputs, the
// abort flag, the `complete` barrier and reports. Kept in memory and written through to the
// database (tables prefixed runtime_, made by the schema in core/storage) by a writer thread
// (RuntimeParameterWriter); writes are committed in groups and each writer is told when its
// write is durable, so an acknowledged set survives a crash.
//
// The run engine drives it: createRun() when a run starts, set() with an empty caller for
// Slipway's own values (hostname, ...), setInstanceLive() for failed or removed instances, and
// advanceState() when barrierReached() fired.
class RuntimeParameterStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuntimeParameterStore)

public:
    static constexpr int MaxValueLength = 4096;

    // Set by Slipway and readable by nodes, which may not write them.
    static const QStringList &slipwayOnlyNames();
    // Every instance has these, beside its node's declared parameters.
    static const QStringList &reservedInstanceNames();
    static const QStringList &reservedGlobalNames();

    using Durable = std::function<void(bool written)>;

    struct Report
    {
        QString instance;
        QString name;
        QByteArray data;
        QDateTime uploaded;
    };

    struct CreatedRun
    {
        QHash<QString, QByteArray> tokens; // instance name -> token, given out only here
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    explicit RuntimeParameterStore(QObject *parent = nullptr);
    ~RuntimeParameterStore() override;

    // Opens (or creates) the database and loads every run kept in it.
    bool open(const QString &databaseFile, QString *error);
    QString databaseFile() const { return m_file; }

    CreatedRun createRun(const QString &run, const RunLayout &layout);
    // Scaling: `count` new instances of node.name, numbered after its highest, with its
    // declared parameters and defaults, and the mapped outputs already set copied in;
    // `node:multiplicity` and `node:ids` follow. Durable before the tokens are handed out.
    CreatedRun addInstances(const QString &run, const NodeLayout &node, int count);
    // Scaling: takes instances out of the run. Their tokens stop working and they leave the
    // barriers, their values stay readable; `node:multiplicity` and `node:ids` follow.
    ParameterStatus removeInstances(const QString &run, const QStringList &instances);
    void removeRun(const QString &run);
    bool hasRun(const QString &run) const { return m_runs.contains(run); }
    QStringList runs() const { return m_runs.keys(); }
    QStringList instances(const QString &run) const; // "node.i", in order
    QStringList instancesOf(const QString &run, const QString &node) const;

    // Whether token is the one given to instance of run; constant time.
    bool authenticate(const QString &run, const QString &instance, QByteArrayView token) const;
    // A new token for one instance (e.g. after a node was rebuilt); the old one stops working.
    QByteArray renewToken(const QString &run, const QString &instance);

    // caller: "node.i" for a node (scopes apply), empty for Slipway itself.
    ParameterStatus get(const QString &run, const ParameterKey &key, bool ignoreAbort) const;
    ParameterStatus set(const QString &run,
                        const ParameterKey &key,
                        const QString &value,
                        const QString &caller,
                        bool ignoreAbort,
                        Durable durable = {});
    // One (instance, value) per instance of node; an unset value is std::nullopt.
    QList<std::pair<QString, std::optional<QString>>> getAll(const QString &run,
                                                             const QString &node,
                                                             const QString &parameter,
                                                             ParameterStatus *status,
                                                             bool ignoreAbort) const;

    // The first reason wins; caller as for set().
    ParameterStatus abort(const QString &run,
                          const QString &caller,
                          const QString &reason,
                          Durable durable = {});
    ParameterStatus cancelAbort(const QString &run, const QString &caller, Durable durable = {});
    bool isAborted(const QString &run) const;
    QString abortReason(const QString &run) const;

    // The `complete` barrier: reached when every live instance has set `complete`.
    void setInstanceLive(const QString &run, const QString &instance, bool live);
    bool isInstanceLive(const QString &run, const QString &instance) const;
    bool isBarrierReached(const QString &run) const;
    // Sets ss:state and clears every instance's `complete`: the run's next barrier.
    ParameterStatus advanceState(const QString &run, const QString &state);
    QString state(const QString &run) const;

    ParameterStatus addReport(const QString &run,
                              const QString &caller,
                              const QString &name,
                              const QByteArray &data,
                              Durable durable = {});
    QList<Report> reports(const QString &run) const;

    // Commits the pending writes now and tells their writers. Otherwise they are handed to a
    // writer thread once control returns to the event loop, so that no fsync ever delays an
    // answer to a waiting node; writes arriving meanwhile go into the next commit.
    bool flush();

Q_SIGNALS:
    void valueSet(const QString &run, const QString &key, const QString &value);
    void runAborted(const QString &run, const QString &reason);
    void abortCancelled(const QString &run);
    void barrierReached(const QString &run, const QString &state);

private:
    struct Instance
    {
        QString node;
        QByteArray tokenHash;
        bool live = true;
    };
    struct Run
    {
        QHash<QString, std::optional<QString>> params; // canonical key -> value
        QStringList instanceOrder;
        QHash<QString, Instance> instances;
        QMultiHash<QString, QString> mappings; // source key -> target key
        bool barrierSignalled = false;
    };
    using Write = RuntimeParameterWrite;

    bool exec(const QString &sql, QString *error);
    bool load(QString *error);
    void storeValue(const QString &run,
                    Run &r,
                    const QString &key,
                    const std::optional<QString> &value);
    void queue(Write write, Durable durable);
    void scheduleFlush();
    void checkBarrier(const QString &run, Run &r);
    void updateNodeIds(const QString &run, Run &r, const QString &node);

    QSqlDatabase db() const;

    QString m_file;
    std::unique_ptr<Database> m_database;
    QHash<QString, Run> m_runs;
    void submit();
    void deliverCommitted();

    QList<Write> m_pending;
    QList<Durable> m_waitingForCommit;
    bool m_flushScheduled = false;
    std::unique_ptr<RuntimeParameterWriter> m_writer;
    quint64 m_nextBatch = 0;
    QHash<quint64, QList<Durable>> m_inFlight;
    bool m_lastCommitOk = true;
};

} // namespace Slipway
