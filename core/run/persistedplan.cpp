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

QJsonObject HealthSettings::toJson() const
{
    return QJsonObject{{u"interval"_s, intervalSeconds},
                       {u"failures"_s, failures},
                       {u"policy"_s, healthPolicyName(policy)}};
}

HealthSettings HealthSettings::fromJson(const QJsonObject &json)
{
    HealthSettings s;
    s.intervalSeconds = std::max(1, json.value(u"interval"_s).toInt(30));
    s.failures = std::max(1, json.value(u"failures"_s).toInt(3));
    s.policy = healthPolicyFromName(json.value(u"policy"_s).toString())
                   .value_or(HealthPolicy::Report);
    return s;
}

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
    QJsonObject json{
        {u"name"_s, name},
        {u"cloud"_s, cloud},
        {u"multiplicity"_s, multiplicity},
        {u"maxFailures"_s, maxFailures},
        {u"imageId"_s, imageId},
        {u"script"_s, QString::fromLatin1(script.toBase64())},
        {u"layout"_s, layoutJson},
        {u"resources"_s, resourcesJson},
    };
    if (!secrets.isEmpty())
        json.insert(u"secrets"_s, QJsonArray::fromStringList(secrets));
    if (health)
        json.insert(u"health"_s, health->toJson());
    if (!mappedInputs.isEmpty())
        json.insert(u"mappedInputs"_s, QJsonArray::fromStringList(mappedInputs));
    // Written since updates, which need to know what the instances run.
    if (!imagePath.isEmpty()) {
        json.insert(u"imagePath"_s, imagePath);
        json.insert(u"imageVersion"_s, imageVersion);
    }
    return json;
}

PersistedNode PersistedNode::fromJson(const QJsonObject &json)
{
    PersistedNode node;
    node.name = json.value(u"name"_s).toString();
    node.cloud = json.value(u"cloud"_s).toString();
    node.imagePath = json.value(u"imagePath"_s).toString();
    node.imageVersion = json.value(u"imageVersion"_s).toInt();
    if (json.contains(u"health"_s))
        node.health = HealthSettings::fromJson(json.value(u"health"_s).toObject());
    node.multiplicity = json.value(u"multiplicity"_s).toInt(1);
    node.maxFailures = json.value(u"maxFailures"_s).toInt();
    node.imageId = json.value(u"imageId"_s).toString();
    node.script = QByteArray::fromBase64(json.value(u"script"_s).toString().toLatin1());
    node.secrets = stringList(json.value(u"secrets"_s));
    node.mappedInputs = stringList(json.value(u"mappedInputs"_s));
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

QJsonObject UpdateStep::toJson() const
{
    static const char *const kinds[] = {"add", "remove", "rerun"};
    return QJsonObject{{u"kind"_s, QString::fromLatin1(kinds[int(kind)])},
                       {u"node"_s, node},
                       {u"toNew"_s, toNew},
                       {u"count"_s, count},
                       {u"instances"_s, QJsonArray::fromStringList(instances)}};
}

UpdateStep UpdateStep::fromJson(const QJsonObject &json)
{
    UpdateStep step;
    const QString kind = json.value(u"kind"_s).toString();
    step.kind = kind == u"remove" ? Kind::Remove : kind == u"rerun" ? Kind::Rerun : Kind::Add;
    step.node = json.value(u"node"_s).toString();
    step.toNew = json.value(u"toNew"_s).toBool(true);
    step.count = json.value(u"count"_s).toInt();
    step.instances = stringList(json.value(u"instances"_s));
    return step;
}

const PersistedNode *UpdateState::node(QStringView name, bool toNew) const
{
    for (const PersistedNode &n : toNew ? to : from)
        if (n.name == name)
            return &n;
    return nullptr;
}

QJsonObject UpdateState::toJson() const
{
    QJsonArray fromJson;
    for (const PersistedNode &n : from)
        fromJson.append(n.toJson());
    QJsonArray toJson;
    for (const PersistedNode &n : to)
        toJson.append(n.toJson());
    QJsonArray stepsJson;
    for (const UpdateStep &s : steps)
        stepsJson.append(s.toJson());
    return QJsonObject{{u"fromVersion"_s, fromVersion},
                       {u"toVersion"_s, toVersion},
                       {u"from"_s, fromJson},
                       {u"to"_s, toJson},
                       {u"steps"_s, stepsJson},
                       {u"healing"_s, healing},
                       {u"current"_s, current},
                       {u"rollingBack"_s, rollingBack},
                       {u"failure"_s, failure},
                       {u"startedAt"_s, startedAt}};
}

UpdateState UpdateState::fromJson(const QJsonObject &json)
{
    UpdateState update;
    update.fromVersion = json.value(u"fromVersion"_s).toInt();
    update.toVersion = json.value(u"toVersion"_s).toInt();
    for (const QJsonValue &v : json.value(u"from"_s).toArray())
        update.from << PersistedNode::fromJson(v.toObject());
    for (const QJsonValue &v : json.value(u"to"_s).toArray())
        update.to << PersistedNode::fromJson(v.toObject());
    for (const QJsonValue &v : json.value(u"steps"_s).toArray())
        update.steps << UpdateStep::fromJson(v.toObject());
    update.healing = json.value(u"healing"_s).toString();
    update.current = json.value(u"current"_s).toInt();
    update.rollingBack = json.value(u"rollingBack"_s).toBool();
    update.failure = json.value(u"failure"_s).toString();
    update.startedAt = json.value(u"startedAt"_s).toInteger();
    return update;
}

const PersistedNode *PersistedPlan::node(QStringView name) const
{
    for (const PersistedNode &n : nodes)
        if (n.name == name)
            return &n;
    return nullptr;
}

bool PersistedPlan::isSecret(QStringView key) const
{
    const qsizetype colon = key.indexOf(u':');
    if (colon <= 0)
        return false;
    QStringView node = key.left(colon);
    if (const qsizetype dot = node.indexOf(u'.'); dot >= 0)
        node = node.left(dot);
    const PersistedNode *n = this->node(node);
    return n && n->secrets.contains(key.mid(colon + 1));
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
    if (update)
        json.insert(u"update"_s, update->toJson());
    if (!instanceVersions.isEmpty()) {
        QJsonObject versions;
        for (auto it = instanceVersions.cbegin(); it != instanceVersions.cend(); ++it)
            versions.insert(it.key(), it.value());
        json.insert(u"instanceVersions"_s, versions);
    }
    if (!lastUpdate.isEmpty())
        json.insert(u"lastUpdate"_s, lastUpdate);
    if (lastUpdateFailed)
        json.insert(u"lastUpdateFailed"_s, true);
    if (!health.isEmpty()) {
        QJsonObject h;
        for (auto it = health.cbegin(); it != health.cend(); ++it)
            h.insert(it.key(), it.value());
        json.insert(u"health"_s, h);
    }
    if (!healthCheckedAt.isEmpty()) {
        QJsonObject h;
        for (auto it = healthCheckedAt.cbegin(); it != healthCheckedAt.cend(); ++it)
            h.insert(it.key(), it.value());
        json.insert(u"healthCheckedAt"_s, h);
    }
    if (versionsAt != 0)
        json.insert(u"versionsAt"_s, versionsAt);
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
    if (json.contains(u"update"_s))
        plan.update = UpdateState::fromJson(json.value(u"update"_s).toObject());
    const QJsonObject versions = json.value(u"instanceVersions"_s).toObject();
    for (auto it = versions.constBegin(); it != versions.constEnd(); ++it)
        plan.instanceVersions.insert(it.key(), it.value().toInt());
    plan.lastUpdate = json.value(u"lastUpdate"_s).toString();
    plan.lastUpdateFailed = json.value(u"lastUpdateFailed"_s).toBool();
    const QJsonObject health = json.value(u"health"_s).toObject();
    for (auto it = health.constBegin(); it != health.constEnd(); ++it)
        plan.health.insert(it.key(), it.value().toString());
    const QJsonObject checked = json.value(u"healthCheckedAt"_s).toObject();
    for (auto it = checked.constBegin(); it != checked.constEnd(); ++it)
        plan.healthCheckedAt.insert(it.key(), it.value().toInteger());
    plan.versionsAt = json.value(u"versionsAt"_s).toInteger();
    return plan;
}

} // namespace Slipway
