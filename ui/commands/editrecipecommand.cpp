#include "editrecipecommand.h"

#include "core/model/modulejson.h"

#include <QCoreApplication>

namespace Slipway {

Module EditRecipeCommand::changed(const Module &module, RecipeKind kind, const QString &script)
{
    Module after = module;
    after.image.recipes.set(kind, script);
    return after;
}

EditRecipeCommand::EditRecipeCommand(Document *document, RecipeKind kind, const QString &script)
    : ModuleCommand(document,
                    changed(document->module(), kind, script),
                    Document::Part::Recipes,
                    QCoreApplication::translate("Slipway::EditRecipeCommand", "Edit recipe %1")
                        .arg(ModuleJson::recipeKindName(kind)),
                    RecipeText,
                    ModuleJson::recipeKindName(kind))
{}

} // namespace Slipway
