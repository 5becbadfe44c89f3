#include "bundleschema.h"

#include "core/model/modulejson.h"
#include "core/model/validation.h"

// Bundles use the names of the model's JSON form: one table of names for both.

namespace Slipway::BundleSchema {

QString kindName(ModuleKind kind)
{
    return ModuleJson::kindName(kind);
}
std::optional<ModuleKind> kindFromName(QStringView name)
{
    return ModuleJson::kindFromName(name);
}

QString typeName(ParameterType type)
{
    return ModuleJson::parameterTypeName(type);
}
std::optional<ParameterType> typeFromName(QStringView name)
{
    return ModuleJson::parameterTypeFromName(name);
}

QString categoryName(ParameterCategory category)
{
    return ModuleJson::parameterCategoryName(category);
}
std::optional<ParameterCategory> categoryFromName(QStringView name)
{
    return ModuleJson::parameterCategoryFromName(name);
}

QStringList rightNames(Rights rights)
{
    return ModuleJson::rightNames(rights);
}

std::optional<Right> rightFromName(QStringView name)
{
    const auto rights = ModuleJson::rightsFromNames({name.toString()});
    if (!rights || *rights == Rights())
        return std::nullopt;
    for (const Right right :
         {Right::Get, Right::Edit, Right::Run, Right::Delete, Right::CreateChildren}) {
        if (*rights == Rights(right))
            return right;
    }
    return std::nullopt;
}

QStringList allRightNames()
{
    return ModuleJson::rightNames(Rights(0x1f));
}

const QList<RecipeKind> &recipeKinds()
{
    static const QList<RecipeKind> kinds(std::begin(allRecipeKinds), std::end(allRecipeKinds));
    return kinds;
}

QString recipeName(RecipeKind kind)
{
    return ModuleJson::recipeKindName(kind);
}
std::optional<RecipeKind> recipeFromName(QStringView name)
{
    return ModuleJson::recipeKindFromName(name);
}

QString recipe(const Recipes &recipes, RecipeKind kind)
{
    return recipes.get(kind);
}

void setRecipe(Recipes &recipes, RecipeKind kind, const QString &script)
{
    recipes.set(kind, script);
}

bool isValidPath(QStringView path)
{
    return isValidModulePath(path);
}

} // namespace Slipway::BundleSchema
