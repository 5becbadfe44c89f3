#pragma once

// The runs, their instances and their events, kept in the catalog database (tables run_*,
// made by the schema in core/storage) so that an application stopped during a run finds it
// again on restart. Every write is committed before the call returns (synchronous=FULL): what
// the engine told a user has happened survives a crash.

#include "core/model/result.h"
#include "core/run/instancestate.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace Slipway {

class Database;

// Global states, as SlipStream named them (the values of ss:state).
namespace RunState {
inline constexpr QStringView Initializing = u"Initializing";
inline constexpr QStringView Provisioning = u"Provisioning";
inline constexpr QStringView Executing = u"Executing";
inline constexpr QStringView SendingReports = u"SendingReports";
inline constexpr QStringView Ready = u"Ready";
inline constexpr QStringView Finalizing = u"Finalizing";
inline constexpr QStringView Done = u"Done";
inline constexpr QStringView Cancelled = u"Cancelled";
inline constexpr QStringView Aborted = u"Aborted";
// Slipway's own: a Ready run adding or removing instances (ss:state meanwhile follows the new
// instances' barriers), back to Ready when they and the on-vm-* recipes are done.
inline constexpr QStringView Scaling = u"Scaling";
// Slipway's own: a Ready run moving to another version of its module, node by node, or rolling
// back from a failed update; Ready again at the one version or the other.
inline constexpr QStringView Updating = u"Updating";

// Scaling or Updating: instances come and go while the run stays up.
inline bool isChanging(QStringView state)
{
    return state == Scaling || state == Updating;
}

// Done, Cancelled, Aborted: the run will not advance any more (its instances may be kept).
bool isFinal(QStringView state);
} // namespace RunState

struct RunRecord
{
    QString id;
    QString kind; // runKindName()
    QString modulePath;
    int moduleVersion = 0;
    // The team catalog the module came from, as RunPlan::catalog; empty: the local catalog.
    QString catalog;
    QString state;
    QString keepRunning; // keepRunningName()
    QString abortReason;
    QDateTime createdAt;
    QDateTime finishedAt;
    bool terminated = false; // its instances are gone
    QJsonObject plan;        // what resuming needs: nodes, clouds, timeout, tags
};

struct InstanceRecord
{
    QString run;
    QString name; // "worker.2"
    QString node;
    QString cloud;
    InstanceState state = InstanceState::Provisioning;
    QString handle;
    QString instanceId;
    QString hostname;
};

struct RunEvent
{
    qint64 id = 0;
    QString run;
    QDateTime at;
    QString instance; // empty: the run
    QString message;
};

class RunRecords
{
public:
    RunRecords();
    ~RunRecords();
    Q_DISABLE_COPY_MOVE(RunRecords)

    Result<void> open(const QString &databaseFile);
    void close();

    Result<void> insertRun(const RunRecord &run);
    Result<void> updateRun(const RunRecord &run);
    // Replaces the tags of a run (kept in its plan), whatever its state.
    Result<void> setTags(const QString &run, const QStringList &tags);
    // The tags as given, trimmed, without duplicates or empty ones; an error naming the first
    // that is not a tag (over 64 characters, or with a line break or a comma).
    static Result<QStringList> normalizedTags(const QStringList &tags);
    std::optional<RunRecord> run(const QString &id) const;
    QList<RunRecord> runs() const; // newest first

    Result<void> upsertInstance(const InstanceRecord &instance);
    QList<InstanceRecord> instances(const QString &run) const;

    Result<RunEvent> addEvent(const QString &run, const QString &instance, const QString &message);
    QList<RunEvent> events(const QString &run, qint64 afterId = 0) const;

private:
    QSqlDatabase db() const;

    std::unique_ptr<Database> m_database;
};

} // namespace Slipway
