#include "editrowscommand.h"

#include <QCoreApplication>

namespace Slipway {

EditRowsCommand::EditRowsCommand(Document *document,
                                 const Module &after,
                                 Document::Parts parts,
                                 const QString &tableName)
    : ModuleCommand(document,
                    after,
                    parts,
                    QCoreApplication::translate("Slipway::EditRowsCommand", "Edit %1").arg(tableName))
{}

} // namespace Slipway
