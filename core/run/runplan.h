#pragma once

// What a launch will do, worked out from the catalog before anything starts: the nodes with
// their effective images, the image id each starts from in its cloud, and the runtime
// parameter layout (declared parameters, defaults, mappings) the broker serves.

#include "core/broker/runtimeparameterstore.h"
#include "core/connector/buildstep.h"
#include "core/model/effectiveimage.h"
#include "core/model/result.h"
#include "core/model/validation.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Slipway {

class Catalog;

enum class RunKind { Deployment, Image, Build };
enum class KeepRunning { Never, Always, OnSuccess, OnError };

QString runKindName(RunKind kind);
std::optional<RunKind> runKindFromName(QStringView name);
QString keepRunningName(KeepRunning policy);
std::optional<KeepRunning> keepRunningFromName(QStringView name);

struct LaunchOptions
{
    QString defaultCloud = QStringLiteral("local");
    QHash<QString, QString> nodeClouds; // node -> cloud, overrides the module's
    QHash<QString, QString> parameters; // "node:param" -> value, for inputs
    QHash<QString, int> multiplicities; // node -> instances
    KeepRunning keepRunning = KeepRunning::OnSuccess;
    QStringList tags;
    int timeoutSeconds = 30 * 60;
};

struct PlannedNode
{
    QString name;
    QString imagePath;
    int imageVersion = 0;
    EffectiveImage image;
    int multiplicity = 1;
    QString cloud;
    int maxProvisioningFailures = 0;
    NodeHealth health; // the checks' defaults, when the image has a check recipe
    // The image to start from in this cloud: the built image of this version, or the root
    // native image's id.
    QString imageId;
    // No built image for this cloud: the node runs pre-install, packages and recipe itself.
    bool runsBuildSteps = false;
};

// An image build (RunKind::Build): the steps that make the image from its base in one cloud.
struct PlannedBuild
{
    QString imagePath;
    int imageVersion = 0;
    QString cloud;
    // The parent's built image for this cloud when it has one (only this image's own steps
    // run on it), else the root native image (every layer's steps, root first).
    QString baseImageId;
    QList<BuildStep> steps;
    QString tag; // "slipway/examples/images/web:3"
};

struct RunPlan
{
    RunKind kind = RunKind::Deployment;
    QString modulePath;
    int moduleVersion = 0;
    // The team catalog the module came from (Catalog::sourceLabel()); empty: the local one.
    QString catalog;
    QList<PlannedNode> nodes;
    RunLayout layout;
    LaunchOptions options;
    QList<Problem> warnings; // problems that do not stop a launch
    PlannedBuild build;      // RunKind::Build only

    const PlannedNode *node(const QString &name) const;
};

// The node name of a single-image run, as in SlipStream.
inline constexpr QStringView kSingleImageNode = u"machine";

// Plans a run of the latest version of a deployment or an image (or of `version`, for an
// update of a running deployment). Fails, with every error validation found, when the module
// cannot be launched.
Result<RunPlan> planRun(const Catalog &catalog,
                        const QString &modulePath,
                        const LaunchOptions &options,
                        std::optional<int> version = std::nullopt);

// Plans the build of the latest version of a derived image on `cloud`. Fails with a message
// fit to show when the image is native, or the cloud has no id for its base.
Result<RunPlan> planImageBuild(const Catalog &catalog,
                               const QString &imagePath,
                               const QString &cloud,
                               const LaunchOptions &options = {});

// "examples/images/web" v3 -> "slipway/examples/images/web:3": a name Podman and Docker take.
QString builtImageTag(const QString &imagePath, int version);

} // namespace Slipway
