#pragma once

// Why the team catalog's server refused a change of the tree: which right the member lacks,
// and on which module. The server decides (the change is refused there, whatever the client
// checks); this only reads the member's rights afterwards (Catalog::rights) to say which one
// was missing, as SlipStream's grid needs it:
// - a move or rename: edit on every module of the subtree, create children where it goes
//   (the nearest module above the new path), and edit on every module outside that refers
//   into the subtree (it follows the move with a new version);
// - a delete or a restore: delete on every module of the subtree.

#include "core/model/module.h"

#include <QString>

#include <optional>

namespace Slipway {

class Catalog;

struct MissingRight
{
    QString path; // the module the right is missing on ("" for the catalog's top level)
    Right right = Right::Get;
};

// nullopt: the catalog enforces nothing, the rights allow the change (it was refused for
// another reason), or they could not be read.
std::optional<MissingRight> missingRightToMove(const Catalog &catalog,
                                               const QString &from,
                                               const QString &to);
std::optional<MissingRight> missingRightToRemove(const Catalog &catalog, const QString &path);
std::optional<MissingRight> missingRightToRestore(const Catalog &catalog, const QString &path);

// "get", "edit", "run", "delete", "create children", translated.
QString rightTitle(Right right);

} // namespace Slipway
