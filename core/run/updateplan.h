#pragma once

// What updating a running deployment to another version of its module would do, worked out
// from the catalog before anything changes (docs/ARCHITECTURE.md#updates): the versions the
// run was launched from against the target's, node by node in the order the recipes and
// mappings imply (a producer before the nodes that read it), each with its action and why.

#include "core/model/result.h"
#include "core/run/persistedplan.h"
#include "core/run/runplan.h"
#include "core/run/runrecords.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Slipway {

class Catalog;

enum class UpdateAction {
    Unchanged,
    RerunExecute, // execute (report, on-vm-*) or an input changed: run execute again in place
    Replace,      // image, packages, build recipes, resources or cloud changed: new instances
    Scale,        // only the multiplicity changed
    AddNode,
    RemoveNode,
};

// "unchanged", "rerun-execute", "replace", "scale", "add-node", "remove-node": in JSON and the
// diagram's colours, so they never change.
QString updateActionName(UpdateAction action);

struct NodeUpdate
{
    QString node;
    UpdateAction action = UpdateAction::Unchanged;
    QString fromImage;        // path vVERSION, empty for an added node
    QString toImage;          // empty for a removed node
    int fromMultiplicity = 0; // the instances it has now
    int toMultiplicity = 0;
    QStringList instances;         // the instances it has now, in order
    QStringList reasons;           // what changed, one line each
    QStringList changedInputs;     // "db_name: app → shop"
    QStringList changedInputNames; // "db_name": their values come from the target version
    QStringList remappedInputs;    // "db_host": mapped from another output in the target version
    QStringList affectedOutputs;   // "web:ready → lb": outputs that may change, and who reads them
    NodeHealth fromHealth;         // the node's check settings in the run's version
};

struct UpdatePlan
{
    QString run;
    QString modulePath;
    int fromVersion = 0;
    int toVersion = 0;
    QList<NodeUpdate> nodes; // in dependency order
    // What the apply needs: the target version's planned run, and the nodes the run has.
    RunPlan target;
    QList<PersistedNode> current;
    // Changes the apply cannot make in place: why (none is known at present; the apply refuses
    // a plan that has any).
    QStringList blockers;

    const NodeUpdate *node(const QString &name) const;
    bool changesAnything() const;
    QString toText() const;
    QJsonObject toJson() const;
};

// Compares the run's module version (and the image versions its nodes were started from) with
// `toVersion` of the module (the latest when empty; its nodes' images as they are now).
// `instances` are the run's, to count what each node has now.
Result<UpdatePlan> planUpdate(const Catalog &catalog,
                              const RunRecord &run,
                              const QList<InstanceRecord> &instances,
                              std::optional<int> toVersion = std::nullopt);

// The steps that carry out a plan, node by node in its order, `batch` instances at a time
// (new instances come up and join before the old ones go).
QList<UpdateStep> updateSteps(const UpdatePlan &plan, int batch);

} // namespace Slipway
