#pragma once

// JSON form of a module: what the catalog stores for each version, and the field names that
// bundles reuse. Fields holding their default value (empty text, empty list, false, 0,
// multiplicity 1) are left out, so that the text is small and two equal modules always give
// the same bytes (QJsonObject keeps its keys sorted).
//
//   { "path": "examples/images/debian-13", "kind": "image", "description": "...",
//     "logoUrl": "...",
//     "authz": { "owner": "...", "groupMembers": [...], "public": true,
//                "ownerRights": ["get","edit","run","delete","create-children"],
//                "groupRights": [...], "publicRights": [...] },
//     "image": { "native": true, "imageIds": [{"cloud","imageId","region"}], "parent": "...",
//                "loginUser", "platform", "packages": [{"name","repository","key"}],
//                "recipes": {"pre-install","recipe","execute","report","on-vm-add",
//                            "on-vm-remove"},
//                "parameters": [{"name","description","default","type","category",
//                                "enumValues","mandatory"}],
//                "resources": [{"cloud","instanceType","cpu","ram","disk","network",
//                               "securityGroups"}],
//                "builtImages": [{"cloud","imageId","fromVersion","builtAt"}] },
//     "deployment": { "nodes": [{"name","image","imageVersion","multiplicity","cloud",
//                               "maxProvisioningFailures",
//                               "mappings": [{"input","value","literal"}],
//                               "position": {"x","y"},
//                               "health": {"intervalSeconds","failures","policy"}}] } }
//
// Rights are always written (even at their default) so that a reader sees them.

#include "core/model/module.h"
#include "core/model/result.h"

#include <QJsonObject>

#include <optional>

namespace Slipway::ModuleJson {

// Names used in JSON and bundles: "project", "image", "deployment"; "pre-install", "recipe",
// "execute", "report", "on-vm-add", "on-vm-remove"; "string", "text", "password",
// "boolean", "enum"; "input", "output"; "get", "edit", "run", "delete", "create-children".
QString kindName(ModuleKind kind);
std::optional<ModuleKind> kindFromName(QStringView name);
QString recipeKindName(RecipeKind kind);
std::optional<RecipeKind> recipeKindFromName(QStringView name);
QString parameterTypeName(ParameterType type);
std::optional<ParameterType> parameterTypeFromName(QStringView name);
QString parameterCategoryName(ParameterCategory category);
std::optional<ParameterCategory> parameterCategoryFromName(QStringView name);
QStringList rightNames(Rights rights);
std::optional<Rights> rightsFromNames(const QStringList &names);

QJsonObject toJson(const Module &module);
// Compact JSON text of toJson(): equal modules give equal text.
QByteArray toJsonText(const Module &module);

// Strict: an unknown field, a value of the wrong type or an unknown name is an error whose
// message names the field ("image.parameters[2].type: unknown type \"float\"").
Result<Module> fromJson(const QJsonObject &object);
Result<Module> fromJsonText(QByteArrayView text);

// A version with its metadata: { "version", "author", "savedAt" (ISO 8601 UTC with ms),
// "comment", "module": {...} }.
QJsonObject toJson(const ModuleVersion &version);
Result<ModuleVersion> versionFromJson(const QJsonObject &object);

} // namespace Slipway::ModuleJson
