#include "module.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Slipway {

QString healthPolicyName(HealthPolicy policy)
{
    switch (policy) {
    case HealthPolicy::Report:
        return u"report"_s;
    case HealthPolicy::Restart:
        return u"restart"_s;
    case HealthPolicy::Replace:
        return u"replace"_s;
    }
    return {};
}

std::optional<HealthPolicy> healthPolicyFromName(QStringView name)
{
    for (HealthPolicy p : {HealthPolicy::Report, HealthPolicy::Restart, HealthPolicy::Replace})
        if (healthPolicyName(p) == name)
            return p;
    return std::nullopt;
}

QString Recipes::get(RecipeKind kind) const
{
    switch (kind) {
    case RecipeKind::PreInstall:
        return preInstall;
    case RecipeKind::Recipe:
        return recipe;
    case RecipeKind::Execute:
        return execute;
    case RecipeKind::Report:
        return report;
    case RecipeKind::OnVmAdd:
        return onVmAdd;
    case RecipeKind::OnVmRemove:
        return onVmRemove;
    case RecipeKind::Check:
        return check;
    }
    return {};
}

void Recipes::set(RecipeKind kind, const QString &script)
{
    switch (kind) {
    case RecipeKind::PreInstall:
        preInstall = script;
        return;
    case RecipeKind::Recipe:
        recipe = script;
        return;
    case RecipeKind::Execute:
        execute = script;
        return;
    case RecipeKind::Report:
        report = script;
        return;
    case RecipeKind::OnVmAdd:
        onVmAdd = script;
        return;
    case RecipeKind::OnVmRemove:
        onVmRemove = script;
        return;
    case RecipeKind::Check:
        check = script;
        return;
    }
}

QString imageBuildHash(const Module &m)
{
    if (m.kind != ModuleKind::Image)
        return {};
    QJsonObject o;
    o.insert(u"native"_s, m.image.native);
    o.insert(u"parent"_s, m.image.parent);
    QJsonArray ids;
    if (m.image.native)
        for (const CloudImageId &id : m.image.imageIds)
            ids.append(QJsonArray{id.cloud, id.imageId, id.region});
    o.insert(u"imageIds"_s, ids);
    QJsonArray packages;
    for (const Package &p : m.image.packages)
        packages.append(QJsonArray{p.name, p.repository, p.key});
    o.insert(u"packages"_s, packages);
    o.insert(u"preInstall"_s, m.image.recipes.preInstall);
    o.insert(u"recipe"_s, m.image.recipes.recipe);
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(o).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

} // namespace Slipway
