#pragma once

// The names that bundles use for the model's enumerations: those of its JSON form
// (core/model/modulejson.h), so that a bundle and `slipway-cli … --json` say the same.

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

// A module path as the catalog accepts it (isValidModulePath).
bool isValidPath(QStringView path);

} // namespace Slipway::BundleSchema
