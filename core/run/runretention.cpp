#include "runretention.h"

#include "core/settings.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Slipway {

RunRetention RunRetention::fromSettings(const Settings &settings)
{
    return RunRetention{settings.runsKept(), settings.runDaysKept()};
}

QString RunRetention::describe() const
{
    const char *ctx = "RunRetention";
    if (keepRuns <= 0 && keepDays <= 0)
        return QCoreApplication::translate(ctx, "every finished run, for ever");
    const QString runs = keepRuns <= 0 ? QCoreApplication::translate(ctx, "every finished run")
                         : keepRuns == 1
                             ? QCoreApplication::translate(ctx, "the newest finished run")
                             : QCoreApplication::translate(ctx, "the newest %1 finished runs")
                                   .arg(keepRuns);
    if (keepDays <= 0)
        return runs;
    return keepDays == 1
               ? QCoreApplication::translate(ctx, "%1, for a day after it finished").arg(runs)
               : QCoreApplication::translate(ctx, "%1, for %2 days after it finished")
                     .arg(runs)
                     .arg(keepDays);
}

QList<RetainedRun> applyRetention(const QList<RunRecord> &runs,
                                  const RunRetention &rule,
                                  const QDateTime &now)
{
    const auto finishedAt = [](const RunRecord &r) {
        return r.finishedAt.isValid() ? r.finishedAt : r.createdAt;
    };
    QList<const RunRecord *> finished;
    for (const RunRecord &r : runs) {
        if (r.terminated || r.state == RunState::Done || r.state == RunState::Cancelled)
            finished.append(&r);
    }
    // Newest first; the id breaks ties so that the order never depends on the input's.
    std::sort(finished.begin(), finished.end(), [&](const RunRecord *a, const RunRecord *b) {
        const QDateTime x = finishedAt(*a), y = finishedAt(*b);
        return x != y ? x > y : a->id > b->id;
    });
    QHash<QString, RetainedRun> verdicts;
    for (qsizetype i = 0; i < finished.size(); ++i) {
        const RunRecord &r = *finished.at(i);
        RetainedRun v{r.id, true, true, {}};
        if (rule.keepDays > 0)
            v.pruneAt = finishedAt(r).addDays(rule.keepDays);
        if (rule.keepRuns > 0 && i >= rule.keepRuns)
            v.keep = false;
        if (v.pruneAt.isValid() && v.pruneAt <= now)
            v.keep = false;
        verdicts.insert(r.id, v);
    }
    QList<RetainedRun> result;
    result.reserve(runs.size());
    for (const RunRecord &r : runs)
        result.append(verdicts.value(r.id, RetainedRun{r.id, false, true, {}}));
    return result;
}

} // namespace Slipway
