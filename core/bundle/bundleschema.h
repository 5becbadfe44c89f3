#pragma once

// The names that bundles (and the CLI's JSON) use for the model's enumerations, in one place
// so that the reader and the writer cannot drift apart.

#include "core/model/module.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Slipway::BundleSchema {

inline constexpr QStringView kFormatKey = u"slipway-bundle";

QString kindName(ModuleKind kind);
std::optional<ModuleKind> kindFromName(QStringView name);

QString typeName(ParameterType type);
std::optional<ParameterType> typeFromName(QStringView name);

QString categoryName(ParameterCategory category);
std::optional<ParameterCategory> categoryFromName(QStringView name);

QStringList rightNames(Rights rights);
std::optional<Right> rightFromName(QStringView name);
QStringList allRightNames();

const QList<RecipeKind> &recipeKinds();
QString recipeName(RecipeKind kind);
std::optional<RecipeKind> recipeFromName(QStringView name);
QString recipe(const Recipes &recipes, RecipeKind kind);
void setRecipe(Recipes &recipes, RecipeKind kind, const QString &script);

// "a/b/c": non-empty segments of letters, digits, '.', '_' and '-', not starting with '.'.
bool isValidPath(QStringView path);

} // namespace Slipway::BundleSchema
