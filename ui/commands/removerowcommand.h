#pragma once

#include "ui/commands/modulecommand.h"

namespace Slipway {

// Rows removed from a table.
class RemoveRowCommand : public ModuleCommand
{
public:
    RemoveRowCommand(Document *document,
                     const Module &after,
                     Document::Parts parts,
                     const QString &rowName);
};

} // namespace Slipway
