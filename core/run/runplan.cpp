#include "runplan.h"

#include "core/catalog/catalog.h"
#include "core/connector/imagebuildsteps.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

struct KindName
{
    RunKind kind;
    QStringView name;
};
constexpr KindName kKindNames[] = {
    {RunKind::Deployment, u"deployment"},
    {RunKind::Image, u"image"},
    {RunKind::Build, u"build"},
};

struct PolicyName
{
    KeepRunning policy;
    QStringView name;
};
constexpr PolicyName kPolicyNames[] = {
    {KeepRunning::Never, u"never"},
    {KeepRunning::Always, u"always"},
    {KeepRunning::OnSuccess, u"on-success"},
    {KeepRunning::OnError, u"on-error"},
};

bool hasBuildSteps(const EffectiveImage &image)
{
    return !image.packages.isEmpty() || !image.layers(RecipeKind::PreInstall).isEmpty()
           || !image.layers(RecipeKind::Recipe).isEmpty();
}

QString joinErrors(const QList<Problem> &problems)
{
    QStringList lines;
    for (const Problem &p : problems) {
        if (p.severity == Severity::Error)
            lines << u"%1: %2: %3"_s.arg(p.modulePath, p.field, p.message);
    }
    return lines.join(u'\n');
}

} // namespace

QString runKindName(RunKind kind)
{
    for (const auto &k : kKindNames)
        if (k.kind == kind)
            return k.name.toString();
    return {};
}

std::optional<RunKind> runKindFromName(QStringView name)
{
    for (const auto &k : kKindNames)
        if (k.name == name)
            return k.kind;
    return std::nullopt;
}

QString keepRunningName(KeepRunning policy)
{
    for (const auto &p : kPolicyNames)
        if (p.policy == policy)
            return p.name.toString();
    return {};
}

std::optional<KeepRunning> keepRunningFromName(QStringView name)
{
    for (const auto &p : kPolicyNames)
        if (p.name == name)
            return p.policy;
    return std::nullopt;
}

const PlannedNode *RunPlan::node(const QString &name) const
{
    for (const PlannedNode &n : nodes)
        if (n.name == name)
            return &n;
    return nullptr;
}

Result<RunPlan> planRun(const Catalog &catalog,
                        const QString &modulePath,
                        const LaunchOptions &options,
                        std::optional<int> version)
{
    const Result<ModuleVersion> latest = version ? catalog.version(modulePath, *version)
                                                 : catalog.latest(modulePath);
    if (!latest)
        return latest.error();
    // On the team catalog the grid's run right decides who may launch a module (the runs
    // themselves are local, out of the server's reach).
    if (catalog.enforcesRights()) {
        const Result<Rights> rights = catalog.rights(modulePath);
        if (!rights)
            return rights.error();
        if (!rights->testFlag(Right::Run))
            return Error{u"%1: you may not run it (its owner has not given you the run right)"_s.arg(
                modulePath)};
    }

    RunPlan plan;
    plan.modulePath = modulePath;
    plan.catalog = catalog.sourceLabel();
    plan.moduleVersion = latest->version;
    plan.options = options;

    Module deployment = latest->module;
    switch (deployment.kind) {
    case ModuleKind::Project:
        return Error{
            u"%1 is a project: only images and deployments can be launched"_s.arg(modulePath)};
    case ModuleKind::Image: {
        // A single-image run is a deployment of one node.
        plan.kind = RunKind::Image;
        Node node;
        node.name = kSingleImageNode.toString();
        node.image = modulePath;
        node.imageVersion = latest->version;
        deployment.kind = ModuleKind::Deployment;
        deployment.deployment.nodes = {node};
        break;
    }
    case ModuleKind::Deployment:
        plan.kind = RunKind::Deployment;
        break;
    }

    const ModuleLookup lookup = catalog.lookup();
    const QList<Problem> problems = validate(deployment, lookup, {options.defaultCloud});
    const QString errors = joinErrors(problems);
    if (!errors.isEmpty())
        return Error{u"%1 cannot be launched:\n%2"_s.arg(modulePath, errors)};
    for (const Problem &p : problems)
        plan.warnings << p;

    QStringList optionErrors;
    for (auto it = options.multiplicities.cbegin(); it != options.multiplicities.cend(); ++it) {
        if (!deployment.deployment.nodes.isEmpty()
            && std::none_of(deployment.deployment.nodes.cbegin(),
                            deployment.deployment.nodes.cend(),
                            [&](const Node &n) { return n.name == it.key(); }))
            optionErrors << u"--multiplicity names no node of %1: %2"_s.arg(modulePath, it.key());
        else if (it.value() < 1)
            optionErrors << u"the multiplicity of %1 must be at least 1"_s.arg(it.key());
    }

    for (const Node &node : std::as_const(deployment.deployment.nodes)) {
        PlannedNode planned;
        planned.name = node.name;
        planned.imagePath = node.image;
        planned.multiplicity = options.multiplicities.value(node.name, node.multiplicity);
        planned.cloud = options.nodeClouds.value(node.name,
                                                 node.cloud.isEmpty() ? options.defaultCloud
                                                                      : node.cloud);
        planned.maxProvisioningFailures = node.maxProvisioningFailures;
        planned.health = node.health;

        const Result<ModuleVersion> image = node.imageVersion
                                                ? catalog.version(node.image, *node.imageVersion)
                                                : catalog.latest(node.image);
        if (!image)
            return image.error();
        planned.imageVersion = image->version;
        Result<EffectiveImage> effective = effectiveImage(image->module, lookup);
        if (!effective)
            return effective.error();
        planned.image = std::move(*effective);

        const Result<QList<BuiltImage>> built = catalog.builtImages(node.image, image->version);
        if (built) {
            for (const BuiltImage &b : *built)
                if (b.cloud == planned.cloud)
                    planned.imageId = b.imageId;
        }
        if (planned.imageId.isEmpty()) {
            for (const CloudImageId &id : std::as_const(planned.image.imageIds))
                if (id.cloud == planned.cloud)
                    planned.imageId = id.imageId;
            if (planned.imageId.isEmpty()) {
                optionErrors << u"%1 (node %2) has no image id for the cloud %3: set the native "
                                "image's id, e.g. slipway-cli catalog image-id %4 %3 ID"_s
                                    .arg(node.image,
                                         node.name,
                                         planned.cloud,
                                         planned.image.chain.value(0));
                continue;
            }
            planned.runsBuildSteps = hasBuildSteps(planned.image);
        }

        NodeLayout layout;
        layout.name = node.name;
        layout.multiplicity = planned.multiplicity;
        const QStringList reserved = RuntimeParameterStore::reservedInstanceNames();
        for (const Parameter &p : std::as_const(planned.image.parameters)) {
            if (reserved.contains(p.name))
                continue;
            layout.parameters << p.name;
            if (!p.defaultValue.isEmpty())
                layout.defaults.insert(p.name, p.defaultValue);
        }
        for (const ParameterMapping &m : node.mappings) {
            if (m.literal)
                layout.defaults.insert(m.input, m.value);
            else
                plan.layout.mappings << OutputMapping{m.value, node.name, m.input};
        }
        plan.layout.nodes << layout;
        plan.nodes << planned;
    }

    for (auto it = options.parameters.cbegin(); it != options.parameters.cend(); ++it) {
        const QString node = it.key().section(u':', 0, 0);
        const QString param = it.key().section(u':', 1);
        auto layout = std::find_if(plan.layout.nodes.begin(),
                                   plan.layout.nodes.end(),
                                   [&](const NodeLayout &l) { return l.name == node; });
        const PlannedNode *planned = plan.node(node);
        if (layout == plan.layout.nodes.end() || !planned) {
            optionErrors << u"--param %1: %2 has no node %3"_s.arg(it.key(), modulePath, node);
            continue;
        }
        if (!planned->image.inputNames().contains(param)) {
            optionErrors << u"--param %1: %2 is not an input parameter of %3"_s
                                .arg(it.key(), param, planned->imagePath);
            continue;
        }
        layout->defaults.insert(param, it.value());
    }
    plan.layout.tags = options.tags;

    if (!optionErrors.isEmpty())
        return Error{u"%1 cannot be launched:\n%2"_s.arg(modulePath, optionErrors.join(u'\n'))};
    return plan;
}

QString builtImageTag(const QString &imagePath, int version)
{
    QString name = imagePath.toLower();
    static const QRegularExpression invalid(u"[^a-z0-9._/-]+"_s);
    name.replace(invalid, u"-"_s);
    return u"slipway/%1:%2"_s.arg(name).arg(version);
}

Result<RunPlan> planImageBuild(const Catalog &catalog,
                               const QString &imagePath,
                               const QString &cloud,
                               const LaunchOptions &options)
{
    const Result<ModuleVersion> latest = catalog.latest(imagePath);
    if (!latest)
        return latest.error();
    if (latest->module.kind != ModuleKind::Image)
        return Error{u"%1 is not an image"_s.arg(imagePath)};
    if (latest->module.image.native || latest->module.image.parent.isEmpty())
        return Error{u"%1 is a native image: there is nothing to build"_s.arg(imagePath)};

    const ModuleLookup lookup = catalog.lookup();
    const Result<EffectiveImage> effective = effectiveImage(latest->module, lookup);
    if (!effective)
        return effective.error();

    RunPlan plan;
    plan.kind = RunKind::Build;
    plan.modulePath = imagePath;
    plan.catalog = catalog.sourceLabel();
    plan.moduleVersion = latest->version;
    plan.options = options;
    plan.options.defaultCloud = cloud;
    plan.options.keepRunning = KeepRunning::Never;
    PlannedBuild &build = plan.build;
    build.imagePath = imagePath;
    build.imageVersion = latest->version;
    build.cloud = cloud;
    build.tag = builtImageTag(imagePath, latest->version);

    QStringList layers{imagePath};
    if (const Result<ModuleVersion> parent = catalog.latest(latest->module.image.parent)) {
        if (const auto built = catalog.builtImages(parent->module.path, parent->version)) {
            for (const BuiltImage &b : *built)
                if (b.cloud == cloud)
                    build.baseImageId = b.imageId;
        }
    }
    if (build.baseImageId.isEmpty()) {
        for (const CloudImageId &id : effective->imageIds)
            if (id.cloud == cloud)
                build.baseImageId = id.imageId;
        if (build.baseImageId.isEmpty())
            return Error{u"%1 has no image id for the cloud %2: set it with slipway-cli catalog "
                         "image-id %1 %2 ID"_s.arg(effective->chain.value(0), cloud)};
        layers = effective->chain.mid(effective->rootIsNative ? 1 : 0);
    }
    for (const QString &layer : std::as_const(layers)) {
        const Result<ModuleVersion> module = catalog.latest(layer);
        if (!module)
            return module.error();
        ImageSpec spec = module->module.image;
        if (spec.platform.isEmpty())
            spec.platform = effective->platform;
        ConnectorError error;
        QList<BuildStep> own = imageBuildSteps(spec, &error);
        if (own.isEmpty() && !error.message.isEmpty())
            return Error{u"%1: %2"_s.arg(layer, error.message)};
        for (BuildStep &s : own) {
            if (layers.size() > 1)
                s.name = layer + u": "_s + s.name;
            build.steps << s;
        }
    }
    return plan;
}

} // namespace Slipway
