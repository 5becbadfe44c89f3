#include "persistedplan.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

QStringList stringList(const QJsonValue &value)
{
    return value.toVariant().toStringList();
}

} // namespace

QJsonObject PersistedNode::toJson() const
{
    QJsonObject layoutJson;
    if (layout) {
        QJsonObject defaults;
        for (auto it = layout->defaults.cbegin(); it != layout->defaults.cend(); ++it)
            defaults.insert(it.key(), it.value());
        layoutJson = QJsonObject{{u"parameters"_s, QJsonArray::fromStringList(layout->parameters)},
                                 {u"defaults"_s, defaults}};
    }
    QJsonObject resourcesJson;
    if (resources)
        resourcesJson = QJsonObject{{u"instanceType"_s, resources->instanceType},
                                    {u"cpu"_s, resources->cpu},
                                    {u"ram"_s, resources->ram},
                                    {u"disk"_s, resources->disk},
                                    {u"network"_s, resources->network},
                                    {u"securityGroups"_s,
                                     QJsonArray::fromStringList(resources->securityGroups)}};
    return QJsonObject{
        {u"name"_s, name},
        {u"cloud"_s, cloud},
        {u"multiplicity"_s, multiplicity},
        {u"maxFailures"_s, maxFailures},
        {u"imageId"_s, imageId},
        {u"script"_s, QString::fromLatin1(script.toBase64())},
        {u"layout"_s, layoutJson},
        {u"resources"_s, resourcesJson},
    };
}

PersistedNode PersistedNode::fromJson(const QJsonObject &json)
{
    PersistedNode node;
    node.name = json.value(u"name"_s).toString();
    node.cloud = json.value(u"cloud"_s).toString();
    node.multiplicity = json.value(u"multiplicity"_s).toInt(1);
    node.maxFailures = json.value(u"maxFailures"_s).toInt();
    node.imageId = json.value(u"imageId"_s).toString();
    node.script = QByteArray::fromBase64(json.value(u"script"_s).toString().toLatin1());
    if (const QJsonObject l = json.value(u"layout"_s).toObject(); !l.isEmpty()) {
        Layout layout;
        layout.parameters = stringList(l.value(u"parameters"_s));
        const QJsonObject defaults = l.value(u"defaults"_s).toObject();
        for (auto it = defaults.constBegin(); it != defaults.constEnd(); ++it)
            layout.defaults.insert(it.key(), it.value().toString());
        node.layout = layout;
    }
    if (const QJsonObject r = json.value(u"resources"_s).toObject(); !r.isEmpty()) {
        node.resources = InstanceResources{r.value(u"instanceType"_s).toString(),
                                           r.value(u"cpu"_s).toString(),
                                           r.value(u"ram"_s).toString(),
                                           r.value(u"disk"_s).toString(),
                                           r.value(u"network"_s).toString(),
                                           stringList(r.value(u"securityGroups"_s))};
    }
    return node;
}

QJsonObject PersistedBuild::toJson() const
{
    QJsonArray stepsJson;
    for (const BuildStep &step : steps)
        stepsJson.append(QJsonObject{{u"name"_s, step.name},
                                     {u"kind"_s, buildStepKindName(step.kind)},
                                     {u"script"_s, step.script}});
    return QJsonObject{{u"image"_s, image},
                       {u"version"_s, version},
                       {u"cloud"_s, cloud},
                       {u"baseImageId"_s, baseImageId},
                       {u"tag"_s, tag},
                       {u"steps"_s, stepsJson}};
}

PersistedBuild PersistedBuild::fromJson(const QJsonObject &json)
{
    PersistedBuild build;
    build.image = json.value(u"image"_s).toString();
    build.version = json.value(u"version"_s).toInt();
    build.cloud = json.value(u"cloud"_s).toString();
    build.baseImageId = json.value(u"baseImageId"_s).toString();
    build.tag = json.value(u"tag"_s).toString();
    for (const QJsonValue &v : json.value(u"steps"_s).toArray()) {
        const QJsonObject o = v.toObject();
        build.steps << BuildStep{o.value(u"name"_s).toString(),
                                 o.value(u"kind"_s).toString()
                                         == buildStepKindName(BuildStep::Kind::Packages)
                                     ? BuildStep::Kind::Packages
                                     : BuildStep::Kind::Script,
                                 o.value(u"script"_s).toString()};
    }
    return build;
}

QJsonObject PersistedBuildResult::toJson() const
{
    QJsonArray stepsJson;
    for (const BuildStepResult &s : steps)
        stepsJson.append(QJsonObject{{u"name"_s, s.name},
                                     {u"reused"_s, s.reused},
                                     {u"milliseconds"_s, s.milliseconds},
                                     {u"imageId"_s, s.imageId},
                                     {u"cacheKey"_s, s.cacheKey}});
    return QJsonObject{{u"imageId"_s, imageId},
                       {u"cacheKey"_s, cacheKey},
                       {u"stepsRun"_s, stepsRun},
                       {u"steps"_s, stepsJson},
                       {u"milliseconds"_s, milliseconds}};
}

PersistedBuildResult PersistedBuildResult::fromJson(const QJsonObject &json)
{
    PersistedBuildResult result;
    result.imageId = json.value(u"imageId"_s).toString();
    result.cacheKey = json.value(u"cacheKey"_s).toString();
    result.stepsRun = json.value(u"stepsRun"_s).toInt();
    result.milliseconds = json.value(u"milliseconds"_s).toInteger();
    for (const QJsonValue &v : json.value(u"steps"_s).toArray()) {
        const QJsonObject o = v.toObject();
        BuildStepResult step;
        step.name = o.value(u"name"_s).toString();
        step.cacheKey = o.value(u"cacheKey"_s).toString();
        step.imageId = o.value(u"imageId"_s).toString();
        step.reused = o.value(u"reused"_s).toBool();
        step.milliseconds = o.value(u"milliseconds"_s).toInteger();
        result.steps << step;
    }
    return result;
}

QJsonObject ScalingState::toJson() const
{
    QJsonObject json{{u"node"_s, node},
                     {u"action"_s, vmHookActionName(action)},
                     {u"instances"_s, QJsonArray::fromStringList(instances)},
                     {u"others"_s, QJsonArray::fromStringList(others)},
                     {u"hooksDone"_s, hooksDone},
                     {u"barriersDone"_s, barriersDone}};
    if (deadline != 0)
        json.insert(u"deadline"_s, deadline);
    return json;
}

ScalingState ScalingState::fromJson(const QJsonObject &json)
{
    ScalingState scaling;
    scaling.node = json.value(u"node"_s).toString();
    scaling.action = json.value(u"action"_s).toString() == vmHookActionName(VmHook::Add)
                         ? VmHook::Add
                         : VmHook::Remove;
    scaling.instances = stringList(json.value(u"instances"_s));
    scaling.others = stringList(json.value(u"others"_s));
    scaling.hooksDone = json.value(u"hooksDone"_s).toBool();
    scaling.barriersDone = json.value(u"barriersDone"_s).toBool();
    scaling.deadline = json.value(u"deadline"_s).toInteger();
    return scaling;
}

const PersistedNode *PersistedPlan::node(QStringView name) const
{
    for (const PersistedNode &n : nodes)
        if (n.name == name)
            return &n;
    return nullptr;
}

QJsonObject PersistedPlan::toJson() const
{
    QJsonObject json{
        {u"deadline"_s, deadline},
        {u"timeoutSeconds"_s, timeoutSeconds},
        {u"tags"_s, QJsonArray::fromStringList(tags)},
    };
    if (build) {
        json.insert(u"build"_s, build->toJson());
    } else {
        QJsonArray nodesJson;
        for (const PersistedNode &n : nodes)
            nodesJson.append(n.toJson());
        json.insert(u"nodes"_s, nodesJson);
    }
    if (result)
        json.insert(u"result"_s, result->toJson());
    if (scaling)
        json.insert(u"scaling"_s, scaling->toJson());
    if (finalState)
        json.insert(u"finalState"_s, *finalState);
    return json;
}

PersistedPlan PersistedPlan::fromJson(const QJsonObject &json)
{
    PersistedPlan plan;
    for (const QJsonValue &v : json.value(u"nodes"_s).toArray())
        plan.nodes << PersistedNode::fromJson(v.toObject());
    if (json.contains(u"build"_s))
        plan.build = PersistedBuild::fromJson(json.value(u"build"_s).toObject());
    if (json.contains(u"result"_s))
        plan.result = PersistedBuildResult::fromJson(json.value(u"result"_s).toObject());
    plan.deadline = json.value(u"deadline"_s).toInteger();
    plan.timeoutSeconds = json.value(u"timeoutSeconds"_s).toInt(30 * 60);
    plan.tags = stringList(json.value(u"tags"_s));
    if (json.contains(u"scaling"_s))
        plan.scaling = ScalingState::fromJson(json.value(u"scaling"_s).toObject());
    if (json.contains(u"finalState"_s))
        plan.finalState = json.value(u"finalState"_s).toString();
    return plan;
}

} // namespace Slipway
