#pragma once

#include "core/bundle/bundle.h"
#include "core/bundle/sourcelocation.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Slipway {

struct BundleReadResult
{
    Bundle bundle;
    QList<SourceError> errors;   // empty when the bundle is good
    QList<SourceError> warnings; // what was read but could not be kept (SlipStream XML)

    bool ok() const { return errors.isEmpty(); }
};

// Reads a bundle written by BundleWriter (or by hand). Everything it does not know is an
// error with file, line and column: malformed YAML, unknown fields, values of the wrong type,
// duplicate keys and duplicate module paths. References to other modules are checked later,
// against the catalog, by the import plan.
class BundleReader
{
public:
    static BundleReadResult read(const QByteArray &yaml, const QString &fileName);
    static BundleReadResult readFile(const QString &fileName);
};

} // namespace Slipway
