#include "insertrowcommand.h"

#include <QCoreApplication>

namespace Slipway {

InsertRowCommand::InsertRowCommand(Document *document,
                                   const Module &after,
                                   Document::Parts parts,
                                   const QString &rowName)
    : ModuleCommand(document,
                    after,
                    parts,
                    QCoreApplication::translate("Slipway::InsertRowCommand", "Add %1").arg(rowName))
{}

} // namespace Slipway
