#include "examplecatalog.h"

#include "core/bundle/bundlelogging.h"
#include "core/bundle/importplan.h"
#include "core/catalog/catalog.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Slipway {

QString ExampleCatalog::resourcePath()
{
    return u":/examples/examples.yaml"_s;
}

BundleReadResult ExampleCatalog::read()
{
    return BundleReader::readFile(resourcePath());
}

Result<int> ExampleCatalog::installIfEmpty(Catalog &catalog)
{
    const auto existing = catalog.list({}, ListOptions{true, true});
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return 0;
    const BundleReadResult examples = read();
    if (!examples.ok())
        return Error{u"The bundled examples cannot be read: "_s + formatErrors(examples.errors)};
    ImportOptions options;
    options.author = u"slipway"_s;
    options.comment = u"Example shipped with Slipway"_s;
    const ImportPlan plan = ImportPlan::make(examples.bundle, catalog, options);
    const auto done = plan.apply(catalog);
    if (!done)
        return done.error();
    qCInfo(lcBundle) << "installed" << done->modules << "example modules into"
                     << catalog.fileName();
    return done->modules;
}

} // namespace Slipway
