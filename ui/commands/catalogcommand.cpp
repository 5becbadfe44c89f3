#include "catalogcommand.h"

#include <QCoreApplication>

namespace Slipway {

CatalogCommand *CatalogCommand::moved(const QString &from, const QString &to, Move move)
{
    auto *c = new CatalogCommand;
    const bool rename = from.section(u'/', 0, -2) == to.section(u'/', 0, -2);
    c->setText(
        rename
            ? QCoreApplication::translate("Slipway::CatalogCommand", "Rename %1 to %2")
                  .arg(from.section(u'/', -1), to.section(u'/', -1))
            : QCoreApplication::translate("Slipway::CatalogCommand", "Move %1 to %2").arg(from, to));
    c->m_undo = [move, from, to] {
        return move(to, from);
    };
    c->m_redo = [move, from, to] {
        return move(from, to);
    };
    return c;
}

CatalogCommand *CatalogCommand::deleted(const QString &path, Change remove, Change restore)
{
    auto *c = new CatalogCommand;
    c->setText(QCoreApplication::translate("Slipway::CatalogCommand", "Delete %1").arg(path));
    c->m_undo = [restore, path] {
        return restore(path);
    };
    c->m_redo = [remove, path] {
        return remove(path);
    };
    return c;
}

void CatalogCommand::undo()
{
    m_undo();
}

void CatalogCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    m_redo();
}

} // namespace Slipway
