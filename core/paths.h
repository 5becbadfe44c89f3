#pragma once

#include <QString>

namespace Slipway::Paths {

// Where Slipway keeps its data: $SLIPWAY_DATA_DIR if set, else $XDG_DATA_HOME/slipway
// (~/.local/share/slipway). Created on first use.
QString dataDir();

// The catalog database inside dataDir(), unless a path was given on the command line.
QString defaultCatalogFile();

// The settings file: $XDG_CONFIG_HOME/slipway/slipway.conf.
QString settingsFile();

} // namespace Slipway::Paths
