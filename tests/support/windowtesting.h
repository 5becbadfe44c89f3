#pragma once

// Helpers for the GUI tests that drive the main window's catalog tree.

#include "ui/mainwindow.h"
#include "ui/models/catalogmodel.h"

#include <QModelIndex>
#include <QSortFilterProxyModel>
#include <QTreeView>

namespace Slipway::UiTesting {

// The tree row of a module of catalog (its branches opened on the way, scrolled to), in the
// view's terms.
inline QModelIndex treeRow(MainWindow &window, const QString &path, const Catalog *catalog)
{
    const QModelIndex source = window.catalogModel()->indexOf(path, catalog);
    const QModelIndex index = window.catalogProxy()->mapFromSource(source);
    for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
        window.catalogView()->expand(up);
    window.catalogView()->scrollTo(index);
    return index;
}

} // namespace Slipway::UiTesting
