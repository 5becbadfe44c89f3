#pragma once

#include "core/bundle/bundlereader.h"

#include <QStringList>

namespace Slipway {

// Reads the files a user asks to import, YAML bundles and SlipStream module XML mixed, into
// one bundle: every file is read before anything is imported, and a module defined twice is
// an error naming both places. Used by `slipway-cli catalog import` and the GUI's import.
BundleReadResult readImportFiles(const QStringList &files);

} // namespace Slipway
