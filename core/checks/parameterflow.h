#pragma once

// Recipe-aware checks before launch: every node's effective scripts (its image
// chain, root first) are scanned for ss-get / ss-set / ss-random / ss-get-all calls with
// literal keys. From them come the edges the recipes imply (drawn dashed in the diagram), and
// the problems a launch would only reveal by hanging: reads that nothing produces, instance
// numbers beyond a node's multiplicity, and waits that form a cycle (a deadlock).

#include "core/checks/shellscanner.h"
#include "core/model/effectiveimage.h"
#include "core/model/module.h"
#include "core/model/validation.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Slipway {

// A place in one recipe of one image: where the Problems panel jumps to.
struct ScriptLocation
{
    QString modulePath; // the image whose own script it is (a layer of the node's chain)
    RecipeKind recipe = RecipeKind::Execute;
    int line = 0;   // from 1
    int column = 0; // from 1

    // "image.recipes.execute": the field a module editor focuses (ModuleEditor::focusField).
    QString field() const;
    // "examples/lamp/web, execute, line 12": for messages.
    QString toString() const;

    friend bool operator==(const ScriptLocation &, const ScriptLocation &) = default;
};

// One ss-* call with a literal key, resolved against the deployment.
struct ParameterUse
{
    QString node;           // the node whose script makes the call
    QString targetNode;     // the node the key names; empty for global `ss:` keys
    int targetInstance = 0; // 0: the caller's own instance (bare key) or every instance
    QString parameter;      // the parameter name: "db_password", "url.service"
    QString key;            // as written: "db_password", "database:db_password", "web.2:ready"
    bool isSet = false;     // ss-set, ss-random KEY; else a read
    bool blocking = true;   // reads only: false for --noblock and ss-get-all
    QString script;         // "recipe", "execute", … (recipeKindName)
    ScriptLocation location;

    QString modulePath() const { return location.modulePath; }
    int line() const { return location.line; }
    int column() const { return location.column; }

    friend bool operator==(const ParameterUse &, const ParameterUse &) = default;
};

// A read of another node's parameter that no mapping declares: data flows fromNode → toNode.
struct ImpliedEdge
{
    QString fromNode; // the node whose parameter is read (the producer)
    QString toNode;   // the node that reads it
    QString key;      // "param" on fromNode
    ParameterUse get; // the first read of it
};

// A problem the checks found, with the script lines it concerns (a deadlock names every
// read and write of its cycle, the first being where it starts).
struct CheckProblem
{
    Problem problem; // modulePath/field of the first location, or of the deployment
    QList<ScriptLocation> locations;
    QStringList nodes; // the nodes concerned, for the diagram to flag

    friend bool operator==(const CheckProblem &, const CheckProblem &) = default;
};

struct ParameterFlow
{
    QList<ParameterUse> uses;
    QList<ImpliedEdge> edges;
    QList<CheckProblem> problems;
    int nonLiteralKeys = 0; // calls whose key is not literal ("$web.$i:ready"): not checked

    bool hasErrors() const;
    QList<Problem> plainProblems() const;
};

// Values known before a launch: inputs given in the launch dialog and changed multiplicities.
struct FlowOptions
{
    QSet<QString> givenInputs;          // "node:param"
    QHash<QString, int> multiplicities; // node -> instances, overriding the module's
    // True when checking a launch: an input that nothing sets and no one gave is an Error
    // (while editing, a Warning: the launch may still give it).
    bool atLaunch = false;
};

// Analyses a deployment (or an image, as the single node of its run) whose images lookup finds.
// Nodes whose image cannot be resolved are left to validate(), which reports them.
ParameterFlow analyzeParameterFlow(const Module &module,
                                   const ModuleLookup &lookup,
                                   const FlowOptions &options = {});

} // namespace Slipway
