#pragma once

// Which finished runs keep their parameters and reports. The run records (state, events,
// instances) are kept for ever; the broker's values and report files of a finished run go
// once it is older than the rule allows, so that the database does not grow with every run.

#include "core/run/runrecords.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Slipway {

class Settings;

struct RunRetention
{
    int keepRuns = 50; // the newest finished runs keep theirs; 0: no limit
    int keepDays = 30; // and at most this long after they finished; 0: no limit

    static RunRetention fromSettings(const Settings &settings);
    // "the newest 50 finished runs, for 30 days", fit to show.
    QString describe() const;
};

struct RetainedRun
{
    QString run;
    // Done, Cancelled, or with its instances removed. A run still going, or kept running
    // (Ready, Aborted with its instances), keeps its values whatever its age.
    bool finished = false;
    bool keep = true;
    // When its values will be pruned by age (invalid: only when newer runs push it out, or
    // never when it is not finished).
    QDateTime pruneAt;
};

// One entry per run, in the order given.
QList<RetainedRun> applyRetention(const QList<RunRecord> &runs,
                                  const RunRetention &rule,
                                  const QDateTime &now);

} // namespace Slipway
