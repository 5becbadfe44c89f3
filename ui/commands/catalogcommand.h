#pragma once

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace Slipway {

// A change of the catalog's tree made from the catalog dock: a move (or rename) of a subtree,
// or its deletion. The change is made before the command is pushed (so that a refused change
// leaves no step on the stack); undo moves it back or restores it, redo makes it again. The
// functions do the work and tell the user when it cannot be done.
class CatalogCommand : public QUndoCommand
{
public:
    using Move = std::function<bool(const QString &from, const QString &to)>;
    using Change = std::function<bool(const QString &path)>;

    // from was moved to to; undo moves it back.
    static CatalogCommand *moved(const QString &from, const QString &to, Move move);
    // path was deleted; undo restores it.
    static CatalogCommand *deleted(const QString &path, Change remove, Change restore);

    void undo() override;
    void redo() override;

private:
    CatalogCommand() = default;

    std::function<bool()> m_undo;
    std::function<bool()> m_redo;
    bool m_done = true; // the first redo() is the change already made
};

} // namespace Slipway
