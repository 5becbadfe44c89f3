#include "paths.h"

#include <QDir>
#include <QStandardPaths>

namespace Slipway::Paths {

namespace {
QString ensured(const QString &dir)
{
    QDir().mkpath(dir);
    return dir;
}
} // namespace

QString dataDir()
{
    const QString overridden = qEnvironmentVariable("SLIPWAY_DATA_DIR");
    if (!overridden.isEmpty())
        return ensured(overridden);
    return ensured(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                   + QStringLiteral("/slipway"));
}

QString defaultCatalogFile()
{
    return dataDir() + QStringLiteral("/catalog.sqlite");
}

QString settingsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/slipway/slipway.conf");
}

} // namespace Slipway::Paths
