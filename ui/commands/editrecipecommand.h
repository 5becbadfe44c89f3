#pragma once

#include "ui/commands/modulecommand.h"

namespace Slipway {

// Typing in one recipe; consecutive edits of the same recipe merge into one step.
class EditRecipeCommand : public ModuleCommand
{
public:
    EditRecipeCommand(Document *document, RecipeKind kind, const QString &script);

private:
    static Module changed(const Module &module, RecipeKind kind, const QString &script);
};

} // namespace Slipway
