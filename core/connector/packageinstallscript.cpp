#include "packageinstallscript.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Slipway::PackageInstallScript", text);
}

// Single-quoted for sh: nothing inside is expanded.
QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

// Downloads a URL to stdout with whichever of curl and wget the image has.
QString fetchCommand(const QString &url)
{
    const QString q = shellQuote(url);
    return u"{ curl -fsSL "_s + q + u" 2>/dev/null || wget -qO- "_s + q + u"; }"_s;
}

QString joinedNames(const QList<Package> &packages)
{
    QStringList names;
    for (const Package &p : packages)
        names << shellQuote(p.name);
    return names.join(u' ');
}

QString aptScript(const QList<Package> &packages)
{
    QString s = u"set -e\nexport DEBIAN_FRONTEND=noninteractive\n"_s;
    int n = 0;
    for (const Package &p : packages) {
        if (p.repository.isEmpty() && p.key.isEmpty())
            continue;
        ++n;
        const QString keyring = u"/etc/apt/keyrings/slipway-"_s + QString::number(n) + u".asc"_s;
        if (!p.key.isEmpty()) {
            s += u"mkdir -p /etc/apt/keyrings\n"_s;
            s += fetchCommand(p.key) + u" > "_s + keyring + u'\n';
        }
        if (!p.repository.isEmpty()) {
            QString line = p.repository.trimmed();
            if (!line.startsWith(u"deb "_s) && !line.startsWith(u"deb-src "_s)) {
                line = u"deb "_s
                       + (p.key.isEmpty() ? QString() : u"[signed-by="_s + keyring + u"] "_s)
                       + line;
            }
            s += u"printf '%s\\n' "_s + shellQuote(line) + u" > /etc/apt/sources.list.d/slipway-"_s
                 + QString::number(n) + u".list\n"_s;
        }
    }
    s += u"apt-get update -q\n"_s;
    s += u"apt-get install -y -q "_s + joinedNames(packages) + u'\n';
    return s;
}

QString dnfScript(const QList<Package> &packages)
{
    QString s = u"set -e\n"_s;
    QStringList repos;
    for (const Package &p : packages) {
        if (!p.key.isEmpty())
            s += u"rpm --import "_s + shellQuote(p.key) + u'\n';
        if (!p.repository.isEmpty() && !repos.contains(p.repository))
            repos << p.repository;
    }
    s += u"dnf install -y"_s;
    for (const QString &r : std::as_const(repos))
        s += u" --enablerepo="_s + shellQuote(r);
    s += u' ' + joinedNames(packages) + u'\n';
    return s;
}

QString apkScript(const QList<Package> &packages)
{
    QString s = u"set -e\n"_s;
    QStringList repos;
    for (const Package &p : packages) {
        if (!p.key.isEmpty()) {
            // apk finds a key by its file name, which is the last part of the URL.
            s += u"wget -q -P /etc/apk/keys "_s + shellQuote(p.key) + u'\n';
        }
        if (!p.repository.isEmpty() && !repos.contains(p.repository))
            repos << p.repository;
    }
    s += u"apk add --no-cache"_s;
    for (const QString &r : std::as_const(repos))
        s += u" --repository "_s + shellQuote(r);
    s += u' ' + joinedNames(packages) + u'\n';
    return s;
}

} // namespace

std::optional<PackageInstallScript::Manager> PackageInstallScript::managerFor(const QString &platform)
{
    const QString p = platform.trimmed().toLower();
    if (p == u"debian"_s || p == u"ubuntu"_s)
        return Manager::Apt;
    if (p == u"fedora"_s || p == u"centos"_s || p == u"rhel"_s || p == u"redhat"_s
        || p == u"rocky"_s || p == u"almalinux"_s || p == u"alma"_s)
        return Manager::Dnf;
    if (p == u"alpine"_s)
        return Manager::Apk;
    return std::nullopt;
}

bool PackageInstallScript::isValidPackageName(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9+._:=~/@-]*$"_s);
    return pattern.match(name).hasMatch();
}

QString PackageInstallScript::generate(Manager manager,
                                       const QList<Package> &packages,
                                       ConnectorError *error)
{
    for (const Package &p : packages) {
        if (!isValidPackageName(p.name)) {
            if (error) {
                *error = ConnectorError{ConnectorError::Code::InvalidRequest,
                                        tr("“%1” is not a valid package name.").arg(p.name),
                                        {},
                                        -1,
                                        {}};
            }
            return {};
        }
    }
    if (packages.isEmpty())
        return {};
    switch (manager) {
    case Manager::Apt:
        return aptScript(packages);
    case Manager::Dnf:
        return dnfScript(packages);
    case Manager::Apk:
        return apkScript(packages);
    }
    return {};
}

QString PackageInstallScript::generate(const QString &platform,
                                       const QList<Package> &packages,
                                       ConnectorError *error)
{
    if (packages.isEmpty())
        return {};
    const std::optional<Manager> manager = managerFor(platform);
    if (!manager) {
        if (error) {
            *error = ConnectorError{
                ConnectorError::Code::InvalidRequest,
                tr("Packages cannot be installed on the platform “%1”: Slipway knows apt "
                   "(debian, ubuntu), dnf (fedora, centos, rhel, rocky, almalinux) and apk "
                   "(alpine).")
                    .arg(platform),
                {},
                -1,
                {}};
        }
        return {};
    }
    return generate(*manager, packages, error);
}

} // namespace Slipway
