#include "updateplan.h"

#include "core/catalog/catalog.h"
#include "core/checks/parameterflow.h"
#include "core/model/modulejson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

struct ActionName
{
    UpdateAction action;
    QStringView name;
};
constexpr ActionName kActionNames[] = {
    {UpdateAction::Unchanged, u"unchanged"},
    {UpdateAction::RerunExecute, u"rerun-execute"},
    {UpdateAction::Replace, u"replace"},
    {UpdateAction::Scale, u"scale"},
    {UpdateAction::AddNode, u"add-node"},
    {UpdateAction::RemoveNode, u"remove-node"},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("Slipway::UpdatePlan", text);
}

// The catalog as it was at `when`: a module that follows the latest is its newest version
// saved by then (the version a run launched then started from).
ModuleLookup lookupAsOf(const Catalog &catalog, const QDateTime &when)
{
    return
        [&catalog, when](const QString &path, std::optional<int> number) -> std::optional<Module> {
            if (number) {
                const Result<ModuleVersion> v = catalog.version(path, *number);
                return v ? std::optional<Module>(v->module) : std::nullopt;
            }
            const Result<QList<VersionSummary>> history = catalog.history(path);
            if (!history || history->isEmpty())
                return std::nullopt;
            int chosen = history->constFirst().version;
            for (const VersionSummary &s : *history)
                if (!s.savedAt.isValid() || s.savedAt <= when)
                    chosen = s.version;
            const Result<ModuleVersion> v = catalog.version(path, chosen);
            return v ? std::optional<Module>(v->module) : std::nullopt;
        };
}

int versionAsOf(const Catalog &catalog, const QString &path, const QDateTime &when)
{
    const Result<QList<VersionSummary>> history = catalog.history(path);
    if (!history || history->isEmpty())
        return 0;
    int chosen = history->constFirst().version;
    for (const VersionSummary &s : *history)
        if (!s.savedAt.isValid() || s.savedAt <= when)
            chosen = s.version;
    return chosen;
}

// The deployment a run's module version is, an image run being a deployment of one node.
Result<Module> asDeployment(const Catalog &catalog, const QString &path, int version)
{
    const Result<ModuleVersion> v = catalog.version(path, version);
    if (!v)
        return v.error();
    Module m = v->module;
    if (m.kind == ModuleKind::Image) {
        Node node;
        node.name = kSingleImageNode.toString();
        node.image = path;
        node.imageVersion = version;
        m.kind = ModuleKind::Deployment;
        m.deployment.nodes = {node};
    } else if (m.kind != ModuleKind::Deployment) {
        return Error{tr("%1 is a project: it has no run to update").arg(path)};
    }
    return m;
}

const Node *nodeOf(const Module &deployment, const QString &name)
{
    for (const Node &n : deployment.deployment.nodes)
        if (n.name == name)
            return &n;
    return nullptr;
}

// The values a node's instances get from the module itself: parameter defaults and literal
// mappings.
QHash<QString, QString> moduleDefaults(const EffectiveImage &image, const Node &node)
{
    QHash<QString, QString> defaults;
    for (const Parameter &p : image.parameters)
        if (p.category == ParameterCategory::Input && !p.defaultValue.isEmpty())
            defaults.insert(p.name, p.defaultValue);
    for (const ParameterMapping &m : node.mappings)
        if (m.literal)
            defaults.insert(m.input, m.value);
    return defaults;
}

QHash<QString, QString> outputMappings(const Node &node)
{
    QHash<QString, QString> mapped;
    for (const ParameterMapping &m : node.mappings)
        if (!m.literal)
            mapped.insert(m.input, m.value);
    return mapped;
}

// The images of the chain whose scripts of `kind` differ between two versions.
QStringList changedLayers(const EffectiveImage &a, const EffectiveImage &b, RecipeKind kind)
{
    const QList<RecipeLayer> before = a.layers(kind);
    const QList<RecipeLayer> after = b.layers(kind);
    if (before == after)
        return {};
    QStringList modules;
    const auto scriptOf = [](const QList<RecipeLayer> &layers, const QString &path) {
        for (const RecipeLayer &l : layers)
            if (l.modulePath == path)
                return l.script;
        return QString();
    };
    for (const QStringList &chain : {b.chain, a.chain})
        for (const QString &path : chain)
            if (!modules.contains(path) && scriptOf(before, path) != scriptOf(after, path))
                modules << path;
    return modules;
}

QStringList parameterNames(const EffectiveImage &image)
{
    QStringList names;
    for (const Parameter &p : image.parameters)
        names << p.name;
    return names;
}

// Nodes in an order where every producer comes before the nodes that read it (mappings and
// the ss-get calls of the recipes); nodes in a cycle keep the deployment's order.
QStringList dependencyOrder(const Module &deployment, const ModuleLookup &lookup)
{
    QStringList nodes;
    for (const Node &n : deployment.deployment.nodes)
        nodes << n.name;
    QHash<QString, QSet<QString>> producers; // node -> the nodes it reads
    for (const Node &n : deployment.deployment.nodes)
        for (const ParameterMapping &m : n.mappings)
            if (!m.literal) {
                const QString from = m.value.section(u':', 0, 0).section(u'.', 0, 0);
                if (from != n.name && nodes.contains(from))
                    producers[n.name].insert(from);
            }
    const ParameterFlow flow = analyzeParameterFlow(deployment, lookup);
    for (const ImpliedEdge &e : flow.edges)
        if (e.fromNode != e.toNode && nodes.contains(e.fromNode) && nodes.contains(e.toNode))
            producers[e.toNode].insert(e.fromNode);

    QStringList ordered;
    while (ordered.size() < nodes.size()) {
        bool progressed = false;
        for (const QString &n : std::as_const(nodes)) {
            if (ordered.contains(n))
                continue;
            const QSet<QString> needs = producers.value(n);
            if (std::all_of(needs.cbegin(), needs.cend(), [&](const QString &p) {
                    return ordered.contains(p);
                })) {
                ordered << n;
                progressed = true;
            }
        }
        if (!progressed) { // a cycle: the first node left goes next
            for (const QString &n : std::as_const(nodes))
                if (!ordered.contains(n)) {
                    ordered << n;
                    break;
                }
        }
    }
    return ordered;
}

// The outputs of a node that an update may change, each with the nodes that read it.
QStringList affectedOutputs(const QString &node,
                            const EffectiveImage &image,
                            bool withImplicit,
                            const Module &deployment,
                            const ParameterFlow &flow)
{
    QStringList lines;
    for (const QString &output : image.outputNames()) {
        const bool implicit = std::find(std::begin(implicitOutputNames),
                                        std::end(implicitOutputNames),
                                        output)
                              != std::end(implicitOutputNames);
        if (implicit && !withImplicit)
            continue;
        QStringList readers;
        for (const Node &n : deployment.deployment.nodes)
            for (const ParameterMapping &m : n.mappings)
                if (!m.literal && m.value.section(u'.', 0, 0).section(u':', 0, 0) == node
                    && m.value.section(u':', 1) == output && !readers.contains(n.name))
                    readers << n.name;
        for (const ImpliedEdge &e : flow.edges)
            if (e.fromNode == node && e.key == output && !readers.contains(e.toNode))
                readers << e.toNode;
        if (implicit && readers.isEmpty())
            continue;
        lines << (readers.isEmpty() ? u"%1:%2"_s.arg(node, output)
                                    : u"%1:%2 → %3"_s.arg(node, output, readers.join(u", "_s)));
    }
    return lines;
}

} // namespace

QString updateActionName(UpdateAction action)
{
    for (const auto &a : kActionNames)
        if (a.action == action)
            return a.name.toString();
    return {};
}

const NodeUpdate *UpdatePlan::node(const QString &name) const
{
    for (const NodeUpdate &n : nodes)
        if (n.node == name)
            return &n;
    return nullptr;
}

bool UpdatePlan::changesAnything() const
{
    return std::any_of(nodes.cbegin(), nodes.cend(), [](const NodeUpdate &n) {
        return n.action != UpdateAction::Unchanged;
    });
}

QString UpdatePlan::toText() const
{
    QString text = tr("Update of run %1: %2 v%3 → v%4\n")
                       .arg(run, modulePath)
                       .arg(fromVersion)
                       .arg(toVersion);
    for (const NodeUpdate &n : nodes) {
        const QString image = n.fromImage == n.toImage || n.toImage.isEmpty() ? n.fromImage
                              : n.fromImage.isEmpty()                         ? n.toImage
                                                      : u"%1 → %2"_s.arg(n.fromImage, n.toImage);
        QString count = QString::number(n.toMultiplicity);
        if (n.fromMultiplicity != n.toMultiplicity)
            count = u"%1 → %2"_s.arg(n.fromMultiplicity).arg(n.toMultiplicity);
        text += u"  %1 %2 %3  (%4)\n"_s.arg(n.node.leftJustified(12),
                                            updateActionName(n.action).leftJustified(14),
                                            image,
                                            tr("instances: %1").arg(count));
        for (const QString &r : n.reasons)
            text += u"      %1\n"_s.arg(r);
        for (const QString &i : n.changedInputs)
            text += u"      %1 %2\n"_s.arg(tr("input"), i);
        for (const QString &o : n.affectedOutputs)
            text += u"      %1 %2\n"_s.arg(tr("output"), o);
    }
    if (!changesAnything())
        text += tr("Nothing to change.\n");
    for (const QString &b : blockers)
        text += tr("Cannot be applied in place: %1\n").arg(b);
    return text;
}

QJsonObject UpdatePlan::toJson() const
{
    QJsonArray nodesJson;
    for (const NodeUpdate &n : nodes)
        nodesJson.append(QJsonObject{
            {u"node"_s, n.node},
            {u"action"_s, updateActionName(n.action)},
            {u"fromImage"_s, n.fromImage},
            {u"toImage"_s, n.toImage},
            {u"fromMultiplicity"_s, n.fromMultiplicity},
            {u"toMultiplicity"_s, n.toMultiplicity},
            {u"instances"_s, QJsonArray::fromStringList(n.instances)},
            {u"reasons"_s, QJsonArray::fromStringList(n.reasons)},
            {u"changedInputs"_s, QJsonArray::fromStringList(n.changedInputs)},
            {u"affectedOutputs"_s, QJsonArray::fromStringList(n.affectedOutputs)},
        });
    return QJsonObject{{u"run"_s, run},
                       {u"module"_s, modulePath},
                       {u"fromVersion"_s, fromVersion},
                       {u"toVersion"_s, toVersion},
                       {u"nodes"_s, nodesJson},
                       {u"blockers"_s, QJsonArray::fromStringList(blockers)}};
}

Result<UpdatePlan> planUpdate(const Catalog &catalog,
                              const RunRecord &run,
                              const QList<InstanceRecord> &instances,
                              std::optional<int> toVersion)
{
    if (run.kind == runKindName(RunKind::Build))
        return Error{tr("The run %1 is an image build: it has nothing to update.").arg(run.id)};
    const PersistedPlan persisted = PersistedPlan::fromJson(run.plan);
    const Result<QList<VersionSummary>> history = catalog.history(run.modulePath);
    if (!history || history->isEmpty())
        return Error{
            tr("%1 is not in the catalog any more: the run cannot be updated.").arg(run.modulePath)};
    const int target = toVersion.value_or(history->constLast().version);

    const Result<Module> before = asDeployment(catalog, run.modulePath, run.moduleVersion);
    if (!before)
        return before.error();
    const Result<Module> after = asDeployment(catalog, run.modulePath, target);
    if (!after)
        return after.error();

    const QDateTime launchedAt = persisted.versionsAt != 0
                                     ? QDateTime::fromMSecsSinceEpoch(persisted.versionsAt,
                                                                      QTimeZone::UTC)
                                     : run.createdAt;
    const ModuleLookup beforeLookup = lookupAsOf(catalog, launchedAt);

    UpdatePlan plan;
    plan.run = run.id;
    plan.modulePath = run.modulePath;
    plan.fromVersion = run.moduleVersion;
    plan.toVersion = target;
    plan.current = persisted.nodes;

    // What each node has now: scaling may have changed it since the launch.
    QHash<QString, QStringList> live;
    for (const InstanceRecord &i : instances)
        if (i.state != InstanceState::Terminated && i.state != InstanceState::Failed)
            live[i.node] << i.name;
    for (QStringList &names : live)
        std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
            return a.section(u'.', -1).toInt() < b.section(u'.', -1).toInt();
        });

    // The target, planned as a launch would be, with each kept node on its cloud and with
    // the instances it has, changed by what the module's multiplicity changed.
    LaunchOptions options;
    options.defaultCloud = persisted.nodes.isEmpty() ? u"local"_s
                                                     : persisted.nodes.constFirst().cloud;
    for (const PersistedNode &n : persisted.nodes) {
        const Node *old = nodeOf(*before, n.name);
        const Node *now = nodeOf(*after, n.name);
        if (!now)
            continue;
        if (!old || old->cloud == now->cloud || now->cloud.isEmpty())
            options.nodeClouds.insert(n.name, n.cloud);
        const int has = int(live.value(n.name).size());
        const int change = old ? now->multiplicity - old->multiplicity : 0;
        options.multiplicities.insert(n.name, std::max(1, has + change));
    }
    options.timeoutSeconds = persisted.timeoutSeconds;
    options.tags = persisted.tags;
    Result<RunPlan> planned = planRun(catalog, run.modulePath, options, target);
    if (!planned)
        return planned.error();
    plan.target = *planned;

    const ModuleLookup afterLookup = catalog.lookup();
    const ParameterFlow flow = analyzeParameterFlow(*after, afterLookup);
    const QStringList order = dependencyOrder(*after, afterLookup);

    for (const QString &name : order) {
        const PlannedNode *next = plan.target.node(name);
        const Node *now = nodeOf(*after, name);
        if (!next || !now)
            continue;
        NodeUpdate update;
        update.node = name;
        update.toImage = u"%1 v%2"_s.arg(next->imagePath).arg(next->imageVersion);
        update.toMultiplicity = next->multiplicity;
        const PersistedNode *current = persisted.node(name);
        const Node *old = nodeOf(*before, name);
        if (!current || !old) {
            // Its instances come up and join as a scaling's do; the others run on-vm-add.
            update.action = UpdateAction::AddNode;
            update.reasons << tr("new node");
            if (next->multiplicity != 1)
                update.reasons << tr("multiplicity: %1").arg(next->multiplicity);
            update.affectedOutputs = affectedOutputs(name, next->image, true, *after, flow);
            plan.nodes << update;
            continue;
        }
        update.instances = live.value(name);
        update.fromMultiplicity = int(update.instances.size());
        update.fromHealth = old->health;

        // The image the instances were started from.
        QString imagePath = current->imagePath.isEmpty() ? old->image : current->imagePath;
        int imageVersion = current->imageVersion;
        if (imageVersion == 0)
            imageVersion = old->imageVersion.value_or(versionAsOf(catalog, imagePath, launchedAt));
        update.fromImage = u"%1 v%2"_s.arg(imagePath).arg(imageVersion);
        const Result<ModuleVersion> oldImage = catalog.version(imagePath, imageVersion);
        if (!oldImage)
            return oldImage.error();
        const Result<EffectiveImage> was = effectiveImage(oldImage->module, beforeLookup);
        if (!was)
            return was.error();
        const EffectiveImage &is = next->image;

        QStringList replace;
        QStringList rerun;
        if (imagePath != next->imagePath)
            replace << tr("image: %1 → %2").arg(imagePath, next->imagePath);
        if (current->imageId != next->imageId)
            replace << tr("image id in %1: %2 → %3")
                           .arg(next->cloud, current->imageId, next->imageId);
        if (current->cloud != next->cloud)
            replace << tr("cloud: %1 → %2").arg(current->cloud, next->cloud);
        if (was.value().packages != is.packages)
            replace << tr("packages changed");
        if (was.value().chain.value(0) != is.chain.value(0) || was.value().platform != is.platform)
            replace << tr("base image or platform changed");
        for (const RecipeKind kind : {RecipeKind::PreInstall, RecipeKind::Recipe}) {
            const QStringList in = changedLayers(*was, is, kind);
            if (!in.isEmpty())
                replace << tr("%1 changed in %2")
                               .arg(ModuleJson::recipeKindName(kind), in.join(u", "_s));
        }
        std::optional<InstanceResources> resources;
        for (const CloudResources &r : is.resources)
            if (r.cloud == next->cloud)
                resources = InstanceResources{r.instanceType,
                                              r.cpu,
                                              r.ram,
                                              r.disk,
                                              r.network,
                                              r.securityGroups};
        if (resources != current->resources)
            replace << tr("resources in %1 changed").arg(next->cloud);
        const QStringList wasNames = parameterNames(*was);
        const QStringList isNames = parameterNames(is);
        for (const QString &p : isNames)
            if (!wasNames.contains(p))
                replace << tr("new parameter %1").arg(p);
        for (const QString &p : wasNames)
            if (!isNames.contains(p))
                replace << tr("parameter %1 removed").arg(p);

        for (const RecipeKind kind : {RecipeKind::Execute,
                                      RecipeKind::Report,
                                      RecipeKind::OnVmAdd,
                                      RecipeKind::OnVmRemove,
                                      RecipeKind::Check}) {
            const QStringList in = changedLayers(*was, is, kind);
            if (!in.isEmpty())
                rerun << tr("%1 changed in %2")
                             .arg(ModuleJson::recipeKindName(kind), in.join(u", "_s));
        }
        const QHash<QString, QString> oldDefaults = moduleDefaults(*was, *old);
        const QHash<QString, QString> newDefaults = moduleDefaults(is, *now);
        QStringList inputs = oldDefaults.keys() + newDefaults.keys();
        inputs.removeDuplicates();
        inputs.sort();
        for (const QString &input : std::as_const(inputs)) {
            if (oldDefaults.value(input) != newDefaults.value(input)) {
                update.changedInputs << u"%1: %2 → %3"_s.arg(input,
                                                             oldDefaults.value(input),
                                                             newDefaults.value(input));
                update.changedInputNames << input;
            }
        }
        const QHash<QString, QString> oldMapped = outputMappings(*old);
        const QHash<QString, QString> newMapped = outputMappings(*now);
        QStringList mapped = oldMapped.keys() + newMapped.keys();
        mapped.removeDuplicates();
        mapped.sort();
        for (const QString &input : std::as_const(mapped)) {
            if (oldMapped.value(input) != newMapped.value(input)) {
                // The instances read the new source from then on, and execute runs again with
                // its value, as for an input whose value changed.
                update.changedInputs << tr("%1: mapped from %2 → %3")
                                            .arg(input,
                                                 oldMapped.value(input, u"-"_s),
                                                 newMapped.value(input, u"-"_s));
                update.remappedInputs << input;
            }
        }
        if (!update.changedInputs.isEmpty())
            rerun << tr("inputs changed");

        if (!replace.isEmpty()) {
            update.action = UpdateAction::Replace;
            update.reasons = replace + rerun;
            update.affectedOutputs = affectedOutputs(name, is, true, *after, flow);
        } else if (!rerun.isEmpty()) {
            update.action = UpdateAction::RerunExecute;
            update.reasons = rerun;
            update.affectedOutputs = affectedOutputs(name, is, false, *after, flow);
        } else if (update.fromMultiplicity != update.toMultiplicity) {
            update.action = UpdateAction::Scale;
        }
        if (update.fromMultiplicity != update.toMultiplicity)
            update.reasons << tr("multiplicity: %1 → %2")
                                  .arg(update.fromMultiplicity)
                                  .arg(update.toMultiplicity);
        plan.nodes << update;
    }
    // Nodes the target no longer has go last, once the others have stopped reading them.
    for (const PersistedNode &n : persisted.nodes) {
        if (nodeOf(*after, n.name))
            continue;
        NodeUpdate update;
        update.node = n.name;
        update.action = UpdateAction::RemoveNode;
        update.fromImage = n.imagePath.isEmpty() ? QString()
                                                 : u"%1 v%2"_s.arg(n.imagePath).arg(n.imageVersion);
        update.instances = live.value(n.name);
        update.fromMultiplicity = int(update.instances.size());
        update.reasons << tr("the node is not in v%1").arg(target);
        plan.nodes << update;
    }
    return plan;
}

QList<UpdateStep> updateSteps(const UpdatePlan &plan, int batch)
{
    batch = std::max(1, batch);
    QList<UpdateStep> steps;
    for (const NodeUpdate &n : plan.nodes) {
        switch (n.action) {
        case UpdateAction::Unchanged:
            break;
        case UpdateAction::AddNode:
            // Its instances in batches, each joining before the next.
            for (int added = 0; added < n.toMultiplicity; added += batch)
                steps << UpdateStep{UpdateStep::Kind::Add,
                                    n.node,
                                    true,
                                    std::min(batch, n.toMultiplicity - added),
                                    {}};
            break;
        case UpdateAction::RemoveNode:
            steps << UpdateStep{UpdateStep::Kind::Remove, n.node, true, 0, n.instances};
            break;
        case UpdateAction::RerunExecute:
        case UpdateAction::Scale: {
            QStringList kept = n.instances;
            if (n.toMultiplicity < n.fromMultiplicity) {
                const QStringList removed = kept.mid(n.toMultiplicity);
                kept = kept.first(n.toMultiplicity);
                steps << UpdateStep{UpdateStep::Kind::Remove, n.node, true, 0, removed};
            }
            if (n.action == UpdateAction::RerunExecute)
                for (qsizetype i = 0; i < kept.size(); i += batch)
                    steps << UpdateStep{UpdateStep::Kind::Rerun, n.node, true, 0, kept.mid(i, batch)};
            if (n.toMultiplicity > n.fromMultiplicity)
                steps << UpdateStep{UpdateStep::Kind::Add,
                                    n.node,
                                    true,
                                    n.toMultiplicity - n.fromMultiplicity,
                                    {}};
            break;
        }
        case UpdateAction::Replace: {
            // New instances come up and join before as many old ones go.
            int needed = n.toMultiplicity;
            QStringList old = n.instances;
            while (needed > 0 || !old.isEmpty()) {
                const int add = std::min(batch, needed);
                if (add > 0)
                    steps << UpdateStep{UpdateStep::Kind::Add, n.node, true, add, {}};
                needed -= add;
                const qsizetype remove = needed > 0 ? std::min<qsizetype>(batch, old.size())
                                                    : old.size();
                if (remove > 0)
                    steps << UpdateStep{UpdateStep::Kind::Remove, n.node, true, 0, old.first(remove)};
                old = old.mid(remove);
            }
            break;
        }
        }
    }
    return steps;
}

} // namespace Slipway
