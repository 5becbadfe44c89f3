#pragma once

#include "core/model/module.h"

#include <QIcon>

namespace Slipway {

// The icon of a kind of module: the icon theme's where it has one, else one drawn here so
// that the kinds stay apart on systems without a theme.
QIcon kindIcon(ModuleKind kind);
// A folder implied by deeper paths but not saved as a project.
QIcon folderIcon();
// An action's icon by its freedesktop name (document-save, media-playback-start…): the icon
// theme's, else the one bundled in resources/icons/actions.
QIcon actionIcon(const QString &name);

} // namespace Slipway
