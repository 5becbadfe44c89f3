#pragma once

#include "ui/commands/modulecommand.h"

namespace Slipway {

// A change of one cell of a table (packages, parameters, image ids, resources, nodes,
// mappings): the table's model builds the changed module.
class EditRowsCommand : public ModuleCommand
{
public:
    EditRowsCommand(Document *document,
                    const Module &after,
                    Document::Parts parts,
                    const QString &tableName);
};

} // namespace Slipway
