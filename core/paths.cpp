#include "paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <sys/stat.h>
#include <unistd.h>

namespace Slipway::Paths {

namespace {
// The data folder holds the catalog, the broker's CA key and the run records: only its owner
// may list or enter it, also when an older release or a wide umask made it open to others.
// An existing folder is tightened only when it is Slipway's (the default one, or one that holds
// a catalog): $SLIPWAY_DATA_DIR set to a shared folder (/tmp, a home folder) is left as it is.
QString ensuredPrivate(const QString &dir, bool isDefault)
{
    const bool made = !QFileInfo::exists(dir);
    QDir().mkpath(dir);
    struct stat info = {};
    const QByteArray path = QFile::encodeName(dir);
    if (::stat(path.constData(), &info) != 0 || !S_ISDIR(info.st_mode) || info.st_uid != ::geteuid()
        || (info.st_mode & (S_IRWXG | S_IRWXO)) == 0)
        return dir;
    if (made || isDefault || QFileInfo::exists(dir + QStringLiteral("/catalog.sqlite")))
        ::chmod(path.constData(), S_IRWXU);
    return dir;
}
} // namespace

QString dataDir()
{
    const QString overridden = qEnvironmentVariable("SLIPWAY_DATA_DIR");
    if (!overridden.isEmpty())
        return ensuredPrivate(overridden, false);
    return ensuredPrivate(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                              + QStringLiteral("/slipway"),
                          true);
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
