#pragma once

// What the run engine keeps of a run beside its state (RunRecord::plan, the plan column of
// run_runs): enough to resume it after a restart, bootstrap its instances and scale it. The
// JSON keys and shapes are those of every record written since runs were first kept: records
// in users' databases must still resume, so a change here needs a reader for the old form.

#include "core/connector/buildstep.h"
#include "core/connector/connectortypes.h"
#include "core/run/vmhookscript.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Slipway {

// A node of a deployment or single-image run.
struct PersistedNode
{
    // What scaling needs to add instances: the node's parameters and their defaults.
    struct Layout
    {
        QStringList parameters;
        QHash<QString, QString> defaults;

        friend bool operator==(const Layout &, const Layout &) = default;
    };

    QString name;
    QString cloud;
    int multiplicity = 1;
    int maxFailures = 0; // instances that may fail to start before the run aborts
    QString imageId;
    QByteArray script;                          // the bootstrap script (base64 in JSON)
    std::optional<Layout> layout;               // none: {} in JSON
    std::optional<InstanceResources> resources; // none: {} in JSON, the cloud's defaults

    QJsonObject toJson() const;
    static PersistedNode fromJson(const QJsonObject &json);

    friend bool operator==(const PersistedNode &, const PersistedNode &) = default;
};

// An image build: what it builds, where, and its steps.
struct PersistedBuild
{
    QString image; // the image's path
    int version = 0;
    QString cloud;
    QString baseImageId;
    QString tag;
    QList<BuildStep> steps;

    QJsonObject toJson() const;
    static PersistedBuild fromJson(const QJsonObject &json);

    friend bool operator==(const PersistedBuild &, const PersistedBuild &) = default;
};

// What a finished build made, kept before the catalog records it.
struct PersistedBuildResult
{
    QString imageId;
    QString cacheKey;
    int stepsRun = 0;
    QList<BuildStepResult> steps;
    qint64 milliseconds = 0;

    QJsonObject toJson() const;
    static PersistedBuildResult fromJson(const QJsonObject &json);

    friend bool operator==(const PersistedBuildResult &, const PersistedBuildResult &) = default;
};

// A scaling in progress, kept so that a restart finds it.
struct ScalingState
{
    QString node;
    VmHook action = VmHook::Add; // "vm_add" or "vm_remove" in JSON
    QStringList instances;       // added or removed
    QStringList others;          // the instances that run on-vm-add or on-vm-remove
    bool hooksDone = false;
    bool barriersDone = false;
    qint64 deadline = 0; // ms since the epoch; 0: none (a removal has none), absent in JSON

    QJsonObject toJson() const;
    static ScalingState fromJson(const QJsonObject &json);

    friend bool operator==(const ScalingState &, const ScalingState &) = default;
};

struct PersistedPlan
{
    QList<PersistedNode> nodes;          // deployment and single-image runs
    std::optional<PersistedBuild> build; // image builds, which have no nodes
    std::optional<PersistedBuildResult> result;
    qint64 deadline = 0; // ms since the epoch: the run must be Ready (or built) by then
    int timeoutSeconds = 30 * 60;
    QStringList tags;
    std::optional<ScalingState> scaling;
    // The state finalize() is taking the run to, once it started removing its instances.
    std::optional<QString> finalState;

    const PersistedNode *node(QStringView name) const;

    QJsonObject toJson() const;
    static PersistedPlan fromJson(const QJsonObject &json);

    friend bool operator==(const PersistedPlan &, const PersistedPlan &) = default;
};

} // namespace Slipway
