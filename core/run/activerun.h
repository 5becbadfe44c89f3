#pragma once

// A run the engine follows, shared by its three state machines: the run's lifecycle
// (runengine.cpp), image builds (runbuilds.cpp) and scaling (runscaling.cpp).

#include "core/run/persistedplan.h"
#include "core/run/runengine.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

namespace Slipway {

struct RunEngine::ActiveRun
{
    RunRecord record; // record.plan is written from `plan` on every save (RunEngine::save)
    PersistedPlan plan;
    QHash<QString, QPointer<Connector>> connectors; // by cloud
    QHash<QString, InstanceRecord> instances;       // by name
    QHash<QString, int> failures;                   // by node
    QHash<QString, QByteArray> tokens;              // until each instance is bootstrapped
    std::unique_ptr<QTimer> timeout;
    std::unique_ptr<QTimer> grace;
    bool finalizing = false;
    QPointer<ImageBuildOperation> build; // a build run's operation while it goes
    bool cancelled = false;              // a build ended by terminate(): Cancelled
    int hooksPending = -1;               // on-vm-* scripts still running; -1: not started
    int hookRound = 0; // counts the runs of on-vm-* scripts: a late answer of an old one is ignored
    // Health checks while the run is Ready: a timer per checked node; the round makes the
    // answers of checks started before they were stopped count for nothing.
    QHash<QString, std::shared_ptr<QTimer>> healthTimers;
    int healthRound = 0;
    QSet<QString> checking;            // instances whose check is running
    QHash<QString, int> checkFailures; // consecutive, by instance

    bool isBuild() const { return record.kind == runKindName(RunKind::Build); }
    QString buildInstance() const { return InstanceName{QString(kSingleImageNode), 1}.toString(); }
    KeepRunning policy() const
    {
        return keepRunningFromName(record.keepRunning).value_or(KeepRunning::OnSuccess);
    }
};

} // namespace Slipway
