#pragma once

// The module model: plain values, no behaviour beyond small helpers.
// Projects, images and deployments are one Module type with a kind, so that a catalog row,
// a bundle entry and an editor document all hold the same thing.

#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QMap>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace Slipway {

enum class ModuleKind { Project, Image, Deployment };

enum class ParameterType { String, Text, Password, Boolean, Enum };
enum class ParameterCategory { Input, Output };

struct Parameter
{
    QString name;
    QString description;
    QString defaultValue;
    ParameterType type = ParameterType::String;
    ParameterCategory category = ParameterCategory::Input;
    QStringList enumValues; // for ParameterType::Enum
    bool mandatory = false;

    friend bool operator==(const Parameter &, const Parameter &) = default;
};

struct Package
{
    QString name;
    QString repository; // optional
    QString key;        // optional signing key of the repository

    friend bool operator==(const Package &, const Package &) = default;
};

// A native image's identifier in one cloud.
struct CloudImageId
{
    QString cloud;
    QString imageId;
    QString region; // optional

    friend bool operator==(const CloudImageId &, const CloudImageId &) = default;
};

// An image built for one cloud from a given version of a derived image.
struct BuiltImage
{
    QString cloud;
    QString imageId;
    int fromVersion = 0;
    QDateTime builtAt;

    friend bool operator==(const BuiltImage &, const BuiltImage &) = default;
};

// Resource parameters of an image for one cloud.
struct CloudResources
{
    QString cloud;
    QString instanceType; // instance type or flavour
    QString cpu;
    QString ram;
    QString disk;
    QString network; // "public" or "private"
    QStringList securityGroups;

    friend bool operator==(const CloudResources &, const CloudResources &) = default;
};

enum class RecipeKind { PreInstall, Recipe, Execute, Report, OnVmAdd, OnVmRemove, Check };

struct Recipes
{
    QString preInstall; // before the packages, at build time
    QString recipe;     // image creation, after the packages
    QString execute;    // per deployment
    QString report;
    QString onVmAdd;
    QString onVmRemove;
    QString check; // run periodically on each instance of a Ready run: exit 0 is healthy

    QString get(RecipeKind kind) const;
    void set(RecipeKind kind, const QString &script);

    friend bool operator==(const Recipes &, const Recipes &) = default;
};

inline constexpr RecipeKind allRecipeKinds[] = {RecipeKind::PreInstall,
                                                RecipeKind::Recipe,
                                                RecipeKind::Execute,
                                                RecipeKind::Report,
                                                RecipeKind::OnVmAdd,
                                                RecipeKind::OnVmRemove,
                                                RecipeKind::Check};

// The recipes that go into a built image: changing one of them invalidates built images.
// execute, report, on-vm-* and check run per deployment and never require a rebuild.
constexpr bool isBuildRecipe(RecipeKind kind)
{
    return kind == RecipeKind::PreInstall || kind == RecipeKind::Recipe;
}

struct ImageSpec
{
    bool native = false;
    QList<CloudImageId> imageIds; // native images: per cloud
    QString parent;               // derived images: module path of the parent image
    QString loginUser;
    QString platform; // "debian", "ubuntu", "fedora", "alpine", …
    QList<Package> packages;
    Recipes recipes;
    QList<Parameter> parameters; // the image's own, without the implicit outputs
    QList<CloudResources> resources;
    QList<BuiltImage> builtImages;

    friend bool operator==(const ImageSpec &, const ImageSpec &) = default;
};

// One input of a node's image, mapped to another node's output ("othernode:param") or to a
// literal value.
struct ParameterMapping
{
    QString input;
    QString value;
    bool literal = false;

    friend bool operator==(const ParameterMapping &, const ParameterMapping &) = default;
};

// What the run engine does when an instance's check recipe keeps failing: say so, run its
// execute again, or replace it (through the path of an update).
enum class HealthPolicy { Report, Restart, Replace };
QString healthPolicyName(HealthPolicy policy); // "report", "restart", "replace"
std::optional<HealthPolicy> healthPolicyFromName(QStringView name);

// How the instances of a node whose image has a check recipe are checked while its run is
// Ready: the defaults a launch gives the run, which `run health` may change afterwards.
struct NodeHealth
{
    int intervalSeconds = 30;
    int failures = 3; // consecutive failures before the instance is unhealthy
    HealthPolicy policy = HealthPolicy::Report;

    friend bool operator==(const NodeHealth &, const NodeHealth &) = default;
};

struct Node
{
    QString name;
    QString image;                   // module path of the image
    std::optional<int> imageVersion; // pinned version; empty = follow the latest
    int multiplicity = 1;
    QString cloud; // empty = the run's default cloud
    int maxProvisioningFailures = 0;
    QList<ParameterMapping> mappings;
    QPointF position;  // in the diagram
    NodeHealth health; // used only when the node's image has a check recipe

    friend bool operator==(const Node &, const Node &) = default;
};

struct DeploymentSpec
{
    QList<Node> nodes;

    friend bool operator==(const DeploymentSpec &, const DeploymentSpec &) = default;
};

enum class Right { Get = 0x1, Edit = 0x2, Run = 0x4, Delete = 0x8, CreateChildren = 0x10 };
Q_DECLARE_FLAGS(Rights, Right)

struct Authorization
{
    QString owner;
    QStringList groupMembers;
    bool isPublic = false;
    Rights ownerRights = Rights(0x1f);
    Rights groupRights = Right::Get;
    Rights publicRights = Right::Get;

    friend bool operator==(const Authorization &, const Authorization &) = default;
};

struct Module
{
    QString path; // "examples/images/debian-13"
    ModuleKind kind = ModuleKind::Project;
    QString description;
    QString logoUrl;
    Authorization authz;
    ImageSpec image;           // kind == Image
    DeploymentSpec deployment; // kind == Deployment

    QString name() const { return path.section(u'/', -1); }
    QString parentPath() const { return path.section(u'/', 0, -2); }

    friend bool operator==(const Module &, const Module &) = default;
};

// One immutable saved version of a module.
struct ModuleVersion
{
    Module module;
    int version = 0;
    QString author;
    QDateTime savedAt;
    QString comment;
};

// The hash of what an image's built images depend on (native flag and ids, parent, packages,
// pre-install and recipe): equal hashes mean a build stays valid. Empty for other kinds.
QString imageBuildHash(const Module &m);

} // namespace Slipway

Q_DECLARE_OPERATORS_FOR_FLAGS(Slipway::Rights)
