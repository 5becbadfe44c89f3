#pragma once

#include "core/bundle/bundle.h"

#include <QByteArray>
#include <QString>

namespace Slipway {

// Writes a bundle as YAML meant to be read and diffed in git: one mapping per module, recipes
// and other multi-line text as literal block scalars, defaults left out. Built image ids are
// not written: they are facts about one machine's or account's clouds, not about the module.
class BundleWriter
{
public:
    static QByteArray toYaml(const Bundle &bundle);
    // Writes atomically (QSaveFile); on failure returns false and sets *error.
    static bool writeFile(const Bundle &bundle, const QString &fileName, QString *error);
};

} // namespace Slipway
