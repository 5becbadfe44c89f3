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

// Who raised a run's abort. A node may cancel only an abort a node raised.
enum class AbortOrigin { Node, User, Timeout, Slipway };
QString abortOriginName(AbortOrigin origin); // "node", "user", "timeout", "slipway"
std::optional<AbortOrigin> abortOriginFromName(const QString &name);

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
        QuotaExceeded,
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
// write is durable, so an acknowledged set survives a crash. What follows from a write (the
// valueSet that wakes parked gets, an abort, a barrier) is announced only once it is
// committed, and nodes read committed values only (committedOnly): nothing a node learns can
// be lost by a crash. A commit that fails (a busy or full database) is retried until it
// succeeds; its writers are told at once (written = false) so that they can answer "busy".
//
// A run ends (endRun) when it is Done, Cancelled or Aborted: its tokens are revoked, and the
// next open() no longer loads it (only runs with a valid token are loaded; another is read
// from the database when hasRun() asks for it). Its values and reports stay until removeRun().
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
        qint64 size = 0; // bytes; set also when data was not loaded
    };

    // Report quotas: the bytes every report of one instance, and of one run, may take.
    struct ReportQuota
    {
        qint64 perInstance = 64LL * 1024 * 1024;
        qint64 perRun = 1024LL * 1024 * 1024;
    };

    struct CreatedRun
    {
        QHash<QString, QByteArray> tokens; // instance name -> token, given out only here
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    explicit RuntimeParameterStore(QObject *parent = nullptr);
    ~RuntimeParameterStore() override;

    // Opens (or creates) the database and loads the runs that have not ended.
    bool open(const QString &databaseFile, QString *error);
    QString databaseFile() const { return m_file; }

    CreatedRun createRun(const QString &run, const RunLayout &layout);
    // Scaling: `count` new instances of node.name, numbered after its highest, with its
    // declared parameters and defaults, and the mapped outputs already set copied in;
    // `node:multiplicity` and `node:ids` follow. Durable before the tokens are handed out.
    // `mappings` into node.name are added to those its instances already have (a node an
    // update adds has none yet), and replace them for the inputs they feed (an update that maps
    // an input from another output); with `newNode` the node may be one the run does not have.
    CreatedRun addInstances(const QString &run,
                            const NodeLayout &node,
                            int count,
                            const QList<OutputMapping> &mappings = {},
                            bool newNode = false);
    // Whether the run has the node (it had instances once, even if none is left).
    bool hasNode(const QString &run, const QString &node) const;
    // Scaling: takes instances out of the run. Their tokens stop working and they leave the
    // barriers, their values stay readable; `node:multiplicity` and `node:ids` follow.
    ParameterStatus removeInstances(const QString &run, const QStringList &instances);
    void removeRun(const QString &run);
    // Whether the run is kept; an ended run not loaded at open() is loaded now.
    bool hasRun(const QString &run);
    bool isLoaded(const QString &run) const { return m_runs.contains(run); }
    // Whether the database still holds the run's values (loaded or not).
    bool isStored(const QString &run) const;
    // The run is over: every token of it stops working at once (401), durably; parked gets
    // of its nodes are answered (runEnded). Its values and reports stay readable.
    void endRun(const QString &run, Durable durable = {});
    bool hasEnded(const QString &run) const;
    QStringList runs() const { return m_runs.keys(); }
    QStringList instances(const QString &run) const; // "node.i", in order
    QStringList instancesOf(const QString &run, const QString &node) const;
    // The outputs copied into the inputs of node's instances, as "input=source" (sorted, each
    // once): what new instances of the node would get.
    QStringList mappingsInto(const QString &run, const QString &node) const;
    // Update: the inputs named in `inputs` of `instances` (of one node) take their values from
    // `mappings` (those into that node count) instead of what they were mapped from until now;
    // an input that `mappings` does not feed is no longer mapped. Each input gets the current
    // value of its new source (none while that is not set). The mappings are durable before it
    // returns.
    ParameterStatus remapInputs(const QString &run,
                                const QStringList &instances,
                                const QStringList &inputs,
                                const QList<OutputMapping> &mappings);

    // Whether token is the one given to instance of run; constant time.
    bool authenticate(const QString &run, const QString &instance, QByteArrayView token) const;
    // A new token for one instance (e.g. after a node was rebuilt); the old one stops working.
    QByteArray renewToken(const QString &run, const QString &instance);
    // A node replaces its token (the one its user-data carried) by one it made itself: the old
    // one works until the new one is committed, then only the new one does. Asking again with
    // the token already in place succeeds.
    ParameterStatus rotateToken(const QString &run,
                                const QString &instance,
                                const QByteArray &newToken,
                                Durable durable = {});

    // caller: "node.i" for a node (scopes apply), empty for Slipway itself.
    // committedOnly: what a node may read, i.e. the values already committed.
    ParameterStatus get(const QString &run,
                        const ParameterKey &key,
                        bool ignoreAbort,
                        bool committedOnly = false) const;
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
                                                             bool ignoreAbort,
                                                             bool committedOnly = false) const;

    // The first reason wins; caller as for set(): a node's abort has origin Node, Slipway's
    // (empty caller) origin Slipway.
    ParameterStatus abort(const QString &run,
                          const QString &caller,
                          const QString &reason,
                          Durable durable = {});
    // An abort raised by the user, the run's timeout or Slipway. The first reason wins, but
    // an abort a node raised becomes the user's (Slipway's) when they abort too: no node can
    // cancel it any more.
    ParameterStatus raiseAbort(const QString &run,
                               AbortOrigin origin,
                               const QString &reason,
                               Durable durable = {});
    // A node (caller) may cancel only an abort raised by a node; Slipway (empty caller) any.
    ParameterStatus cancelAbort(const QString &run, const QString &caller, Durable durable = {});
    bool isAborted(const QString &run) const;
    QString abortReason(const QString &run) const;
    // Who raised the run's abort; nothing when it is not aborted (or the run predates this).
    std::optional<AbortOrigin> abortOrigin(const QString &run) const;

    // The `complete` barrier: reached when every live instance has set `complete`.
    void setInstanceLive(const QString &run, const QString &instance, bool live);
    bool isInstanceLive(const QString &run, const QString &instance) const;
    bool isBarrierReached(const QString &run) const;
    // Sets ss:state and clears every instance's `complete`: the run's next barrier.
    ParameterStatus advanceState(const QString &run, const QString &state);
    QString state(const QString &run) const;

    // A report of the same instance and name replaces the one uploaded before. Refused
    // (QuotaExceeded) when it would take the instance or the run over its quota.
    ParameterStatus addReport(const QString &run,
                              const QString &caller,
                              const QString &name,
                              const QByteArray &data,
                              Durable durable = {});
    void setReportQuota(const ReportQuota &quota) { m_reportQuota = quota; }
    ReportQuota reportQuota() const { return m_reportQuota; }
    // Every report of the run with its data (reads the database).
    QList<Report> reports(const QString &run) const;
    // The run's reports without their data, sorted by instance and name: what a view lists.
    // Never waits for the writer; a report's bytes are read with ReportLoader (reportloader.h).
    QList<Report> reportList(const QString &run) const;

    // Commits the pending writes now and tells their writers. Otherwise they are handed to a
    // writer thread once control returns to the event loop, so that no fsync ever delays an
    // answer to a waiting node; writes arriving meanwhile go into the next commit.
    bool flush();

Q_SIGNALS:
    void valueSet(const QString &run, const QString &key, const QString &value);
    void runAborted(const QString &run, const QString &reason);
    void abortCancelled(const QString &run);
    void barrierReached(const QString &run, const QString &state);
    void runEnded(const QString &run);

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
        bool ended = false;
        // Keys written but not committed yet: their last committed value, and how many
        // writes of them are on their way.
        QHash<QString, std::optional<QString>> committedBefore;
        QHash<QString, int> uncommitted;
        // The size of every report kept: instance + '\n' + name -> bytes (the quotas' count).
        QHash<QString, qint64> reportSizes;
    };
    using Write = RuntimeParameterWrite;
    // What is announced once a write is committed.
    struct Notice
    {
        enum class Kind { Value, Aborted, AbortCancelled, Barrier, Ended, TokenRotated } kind;
        QString run;
        QString key;
        QString value;
        QByteArray tokenHash; // TokenRotated: the instance's new token
    };
    struct InFlight
    {
        QList<Durable> durables;
        QList<Notice> notices;
        QList<std::pair<QString, QString>> keys; // (run, key) written
    };

    bool exec(const QString &sql, QString *error);
    bool load(QString *error);
    // Reads one run from the database into m_runs; false when it is not there.
    bool loadRun(const QString &run);
    std::optional<QString> valueOf(const Run &r, const QString &key, bool committedOnly) const;
    bool isAborted(const Run &r, bool committedOnly) const;
    ParameterStatus abortedStatus(const Run &r, bool committedOnly) const;
    ParameterStatus raise(const QString &run,
                          const QString &caller,
                          AbortOrigin origin,
                          const QString &reason,
                          Durable durable);
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
    InFlight m_waitingForCommit;
    bool m_flushScheduled = false;
    std::unique_ptr<RuntimeParameterWriter> m_writer;
    quint64 m_nextBatch = 0;
    QHash<quint64, InFlight> m_inFlight;
    bool m_lastCommitOk = true;
    ReportQuota m_reportQuota;
};

} // namespace Slipway
