#pragma once

#include "ui/commands/modulecommand.h"

namespace Slipway {

// A change of the owner, group, public flag or rights; typing the owner or the group merges.
class EditAuthorizationCommand : public ModuleCommand
{
public:
    EditAuthorizationCommand(Document *document,
                             const Authorization &authz,
                             const QString &mergeKey = {});

private:
    static Module changed(const Module &module, const Authorization &authz);
};

} // namespace Slipway
