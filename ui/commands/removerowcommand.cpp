#include "removerowcommand.h"

#include <QCoreApplication>

namespace Slipway {

RemoveRowCommand::RemoveRowCommand(Document *document,
                                   const Module &after,
                                   Document::Parts parts,
                                   const QString &rowName)
    : ModuleCommand(document,
                    after,
                    parts,
                    QCoreApplication::translate("Slipway::RemoveRowCommand", "Remove %1")
                        .arg(rowName))
{}

} // namespace Slipway
