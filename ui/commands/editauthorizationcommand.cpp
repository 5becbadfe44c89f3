#include "editauthorizationcommand.h"

#include <QCoreApplication>

namespace Slipway {

Module EditAuthorizationCommand::changed(const Module &module, const Authorization &authz)
{
    Module after = module;
    after.authz = authz;
    return after;
}

EditAuthorizationCommand::EditAuthorizationCommand(Document *document,
                                                   const Authorization &authz,
                                                   const QString &mergeKey)
    : ModuleCommand(document,
                    changed(document->module(), authz),
                    Document::Part::Authorization,
                    QCoreApplication::translate("Slipway::EditAuthorizationCommand",
                                                "Edit authorization"),
                    mergeKey.isEmpty() ? Unmergeable : AuthorizationField,
                    mergeKey)
{}

} // namespace Slipway
