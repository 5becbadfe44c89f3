#pragma once

#include "ui/commands/modulecommand.h"

namespace Slipway {

// A new row in a table (a package, a parameter, a node…).
class InsertRowCommand : public ModuleCommand
{
public:
    InsertRowCommand(Document *document,
                     const Module &after,
                     Document::Parts parts,
                     const QString &rowName);
};

} // namespace Slipway
