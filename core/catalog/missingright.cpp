#include "missingright.h"

#include "core/catalog/catalog.h"

#include <QCoreApplication>

namespace Slipway {

namespace {

bool has(const Catalog &catalog, const QString &path, Right right)
{
    const Result<Rights> rights = catalog.rights(path);
    return !rights || rights->testFlag(right); // unreadable: say nothing rather than guess
}

// Right on every module under path (path included) that the filter keeps.
std::optional<MissingRight> lackedInSubtree(
    const Catalog &catalog, const QString &path, Right right, bool includeDeleted, bool deletedOnly)
{
    const auto entries = catalog.list(path, ListOptions{includeDeleted, true});
    if (!entries)
        return std::nullopt;
    for (const CatalogEntry &e : *entries) {
        if (deletedOnly && !e.deleted)
            continue;
        if (!has(catalog, e.path, right))
            return MissingRight{e.path, right};
    }
    return std::nullopt;
}

} // namespace

std::optional<MissingRight> missingRightToMove(const Catalog &catalog,
                                               const QString &from,
                                               const QString &to)
{
    if (!catalog.enforcesRights())
        return std::nullopt;
    if (auto lacked = lackedInSubtree(catalog, from, Right::Edit, true, false))
        return lacked;
    if (!has(catalog, to, Right::CreateChildren)) {
        // Named by the nearest module above the new path, whose grid decides.
        QString above = to.section(u'/', 0, -2);
        while (!above.isEmpty()) {
            const auto here = catalog.list(above, ListOptions{true, false});
            if (here && !here->isEmpty() && here->constFirst().path == above)
                break;
            above = above.section(u'/', 0, -2);
        }
        return MissingRight{above, Right::CreateChildren};
    }
    if (const auto refs = catalog.referrers(from))
        for (const CatalogReference &r : *refs)
            if (!has(catalog, r.path, Right::Edit))
                return MissingRight{r.path, Right::Edit};
    return std::nullopt;
}

std::optional<MissingRight> missingRightToRemove(const Catalog &catalog, const QString &path)
{
    if (!catalog.enforcesRights())
        return std::nullopt;
    return lackedInSubtree(catalog, path, Right::Delete, false, false);
}

std::optional<MissingRight> missingRightToRestore(const Catalog &catalog, const QString &path)
{
    if (!catalog.enforcesRights())
        return std::nullopt;
    return lackedInSubtree(catalog, path, Right::Delete, true, true);
}

QString rightTitle(Right right)
{
    const char *text = "get";
    switch (right) {
    case Right::Get:
        text = QT_TRANSLATE_NOOP("Slipway::MissingRight", "get");
        break;
    case Right::Edit:
        text = QT_TRANSLATE_NOOP("Slipway::MissingRight", "edit");
        break;
    case Right::Run:
        text = QT_TRANSLATE_NOOP("Slipway::MissingRight", "run");
        break;
    case Right::Delete:
        text = QT_TRANSLATE_NOOP("Slipway::MissingRight", "delete");
        break;
    case Right::CreateChildren:
        text = QT_TRANSLATE_NOOP("Slipway::MissingRight", "create children");
        break;
    }
    return QCoreApplication::translate("Slipway::MissingRight", text);
}

} // namespace Slipway
