#pragma once

// What the run engine keeps of a run beside its state (RunRecord::plan, the plan column of
// run_runs): enough to resume it after a restart, bootstrap its instances and scale it. The
// JSON keys and shapes are those of every record written since runs were first kept: records
// in users' databases must still resume, so a change here needs a reader for the old form.

#include "core/connector/buildstep.h"
#include "core/connector/connectortypes.h"
#include "core/model/module.h"
#include "core/run/vmhookscript.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Slipway {

// The periodic check of a node whose image has a check recipe, as the run has it: the
// node's settings in the module (NodeHealth) at launch, changed by `run health` since.
struct HealthSettings
{
    int intervalSeconds = 30;
    int failures = 3; // consecutive failures before the instance is unhealthy
    HealthPolicy policy = HealthPolicy::Report;

    static HealthSettings from(const NodeHealth &health)
    {
        return {health.intervalSeconds, health.failures, health.policy};
    }

    QJsonObject toJson() const;
    static HealthSettings fromJson(const QJsonObject &json);

    friend bool operator==(const HealthSettings &, const HealthSettings &) = default;
};

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
    QString imagePath;    // the image the instances run; empty in records older than updates
    int imageVersion = 0; // its version; 0 when not recorded
    int multiplicity = 1;
    int maxFailures = 0; // instances that may fail to start before the run aborts
    QString imageId;
    QByteArray script;                          // the bootstrap script (base64 in JSON)
    std::optional<Layout> layout;               // none: {} in JSON
    std::optional<InstanceResources> resources; // none: {} in JSON, the cloud's defaults
    // Its password-type parameters (and inputs fed by another node's password): shown masked.
    QStringList secrets; // absent in JSON when empty, and in records written before
    std::optional<HealthSettings> health; // nodes with a check recipe; absent in JSON
    // The outputs copied into its inputs, "input=node.1:output", for a node an update adds
    // (its instances are the first of the node); absent in JSON when empty.
    QStringList mappedInputs;

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

// What a password's value is shown as, wherever it is shown.
inline constexpr QStringView kMaskedValue = u"********";
// One step of an update of a Ready run to another version of its module
// (docs/ARCHITECTURE.md#updates): instances added or removed as in a scaling, or instances
// whose execute runs again with the scripts of one side.
struct UpdateStep
{
    enum class Kind { Add, Remove, Rerun };
    Kind kind = Kind::Add;
    QString node;
    bool toNew = true; // the scripts and image of the target version, else of the run's
    int count = 0;     // Add: how many
    // Remove and Rerun: the instances concerned; Add: those it added, once it added them.
    QStringList instances;

    QJsonObject toJson() const;
    static UpdateStep fromJson(const QJsonObject &json);

    friend bool operator==(const UpdateStep &, const UpdateStep &) = default;
};

// An update in progress (the run is Updating), kept so that a restart carries it on or rolls
// it back. `from` and `to` are the nodes as the run had them and as the target version has
// them; the plan's nodes follow the side of the step that runs.
struct UpdateState
{
    int fromVersion = 0;
    int toVersion = 0;
    QList<PersistedNode> from;
    QList<PersistedNode> to;
    QList<UpdateStep> steps;
    // Empty for an update; "restart" or "replace" when the health checks heal an instance
    // this way (the run keeps its version).
    QString healing;
    int current = 0;          // the step running
    bool rollingBack = false; // steps are the inverse of what had been done
    QString failure;          // why it rolls back
    qint64 startedAt = 0;     // ms since the epoch

    const PersistedNode *node(QStringView name, bool toNew) const;

    QJsonObject toJson() const;
    static UpdateState fromJson(const QJsonObject &json);

    friend bool operator==(const UpdateState &, const UpdateState &) = default;
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
    std::optional<UpdateState> update;
    // The version of its node's image each instance runs while an update goes, when it is not
    // the node's imageVersion; absent: the node's.
    QHash<QString, int> instanceVersions;
    // What the last update did, for `run show`: "updated from v2 to v3", "rolled back: …".
    QString lastUpdate;
    bool lastUpdateFailed = false; // it was rolled back
    // The health of the instances that have a check: "healthy", "unhealthy", "restarting",
    // "replacing"; absent: not checked yet.
    QHash<QString, QString> health;
    // When each of those instances was last checked (ms since the epoch), whatever the result.
    QHash<QString, qint64> healthCheckedAt;
    // When the image versions of nodes that follow the latest were last resolved (ms since the
    // epoch): the launch or the last update; 0: the run's creation.
    qint64 versionsAt = 0;

    const PersistedNode *node(QStringView name) const;
    // Whether a runtime key ("node.i:param", "node:param") holds a password of a node.
    bool isSecret(QStringView key) const;

    QJsonObject toJson() const;
    static PersistedPlan fromJson(const QJsonObject &json);

    friend bool operator==(const PersistedPlan &, const PersistedPlan &) = default;
};

} // namespace Slipway
