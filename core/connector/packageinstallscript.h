#pragma once

#include "core/connector/connectorerror.h"
#include "core/model/module.h"

#include <QList>
#include <QString>

#include <optional>

namespace Slipway {

// The POSIX sh script that installs an image's packages with the platform's package manager:
// apt for debian/ubuntu, dnf for fedora/centos/rhel/rocky/alma, apk for alpine. Used as the
// packages build step and by the bootstrap's packages phase, so both install alike.
// A package's `repository` is added before installing (apt: a sources.list line or a URL
// with the suite and components after it; dnf: the name of a repository to enable; apk: a
// repository URL), its `key` is the URL of the repository's signing key.
class PackageInstallScript
{
public:
    enum class Manager { Apt, Dnf, Apk };

    static std::optional<Manager> managerFor(const QString &platform);

    // The script, or an InvalidRequest error naming the platform or the package at fault.
    static QString generate(Manager manager,
                            const QList<Package> &packages,
                            ConnectorError *error = nullptr);
    static QString generate(const QString &platform,
                            const QList<Package> &packages,
                            ConnectorError *error = nullptr);

    // Package names as the package managers accept them: no spaces, quotes or shell syntax.
    static bool isValidPackageName(const QString &name);
};

} // namespace Slipway
