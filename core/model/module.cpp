#include "module.h"

namespace Slipway {

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
    }
}

} // namespace Slipway
