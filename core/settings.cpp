#include "settings.h"

#include "logging.h"
#include "paths.h"

#include <algorithm>

namespace Slipway {

namespace {

template<typename T>
struct Key
{
    const char *name;
    T defaultValue;

    T read(const QSettings &s) const
    {
        const QVariant v = s.value(QLatin1StringView(name));
        if (!v.isValid() || !v.canConvert<T>())
            return defaultValue;
        return v.value<T>();
    }
    void write(QSettings &s, const T &value) const { s.setValue(QLatin1StringView(name), value); }
};

// The keys, each with its default.
const Key<QString> kDefaultCloud{"clouds/default", QStringLiteral("local")};
const Key<QString> kEditorFontFamily{"editor/fontFamily", QStringLiteral("monospace")};
const Key<int> kEditorFontSize{"editor/fontSize", 10};
const Key<QString> kTheme{"appearance/theme", QStringLiteral("system")};
const Key<QStringList> kRecentModules{"mainWindow/recentModules", {}};
const Key<int> kRunsKept{"runs/keepFinished", 50};
const Key<int> kRunDaysKept{"runs/keepDays", 30};
constexpr const char *kBrokerListen = "broker/listen"; // default "auto"
const Key<QStringList> kOpenTeamCatalogs{"mainWindow/openTeamCatalogs", {}};
const Key<QByteArray> kWindowGeometry{"mainWindow/geometry", {}};
const Key<QByteArray> kWindowState{"mainWindow/state", {}};

} // namespace

QString themeName(Settings::Theme theme)
{
    switch (theme) {
    case Settings::Theme::Light:
        return QStringLiteral("light");
    case Settings::Theme::Dark:
        return QStringLiteral("dark");
    case Settings::Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Settings::Settings(const QString &file)
    : m_settings(file, QSettings::IniFormat)
{
    qCDebug(lcSettings) << "settings in" << file;
}

Settings::Settings()
    : Settings(Paths::settingsFile())
{}

QString Settings::defaultCloud() const
{
    return kDefaultCloud.read(m_settings);
}
void Settings::setDefaultCloud(const QString &cloud)
{
    kDefaultCloud.write(m_settings, cloud);
}

int Settings::runsKept() const
{
    return std::max(0, kRunsKept.read(m_settings));
}
void Settings::setRunsKept(int runs)
{
    kRunsKept.write(m_settings, std::max(0, runs));
}

QString Settings::brokerListen() const
{
    // Written by hand, "10.0.0.1, 10.0.0.2" reads as a list.
    const QVariant v = m_settings.value(QLatin1StringView(kBrokerListen));
    const QString rule = (v.typeId() == QMetaType::QStringList ? v.toStringList().join(u", ")
                                                               : v.toString())
                             .trimmed();
    return rule.isEmpty() ? QStringLiteral("auto") : rule;
}
void Settings::setBrokerListen(const QString &rule)
{
    const QString trimmed = rule.trimmed();
    m_settings.setValue(QLatin1StringView(kBrokerListen),
                        trimmed.isEmpty() ? QStringLiteral("auto") : trimmed);
}

int Settings::runDaysKept() const
{
    return std::max(0, kRunDaysKept.read(m_settings));
}
void Settings::setRunDaysKept(int days)
{
    kRunDaysKept.write(m_settings, std::max(0, days));
}

QString Settings::editorFontFamily() const
{
    return kEditorFontFamily.read(m_settings);
}
void Settings::setEditorFontFamily(const QString &family)
{
    kEditorFontFamily.write(m_settings, family);
}

int Settings::editorFontSize() const
{
    const int size = kEditorFontSize.read(m_settings);
    return size >= 4 && size <= 96 ? size : kEditorFontSize.defaultValue;
}
void Settings::setEditorFontSize(int points)
{
    kEditorFontSize.write(m_settings, points);
}

Settings::Theme Settings::theme() const
{
    const QString name = kTheme.read(m_settings);
    if (name == u"light")
        return Theme::Light;
    if (name == u"dark")
        return Theme::Dark;
    return Theme::System;
}
void Settings::setTheme(Theme theme)
{
    kTheme.write(m_settings, themeName(theme));
}

QStringList Settings::recentModules() const
{
    QStringList list = kRecentModules.read(m_settings);
    list.removeDuplicates();
    list.removeAll(QString());
    if (list.size() > kMaxRecentModules)
        list.resize(kMaxRecentModules);
    return list;
}

void Settings::addRecentModule(const QString &modulePath)
{
    QStringList list = recentModules();
    list.removeAll(modulePath);
    list.prepend(modulePath);
    if (list.size() > kMaxRecentModules)
        list.resize(kMaxRecentModules);
    kRecentModules.write(m_settings, list);
}

void Settings::removeRecentModule(const QString &modulePath)
{
    QStringList list = recentModules();
    list.removeAll(modulePath);
    kRecentModules.write(m_settings, list);
}

QStringList Settings::teamCatalogNames() const
{
    m_settings.beginGroup(QStringLiteral("teamCatalogs"));
    QStringList names = m_settings.childGroups();
    m_settings.endGroup();
    names.sort();
    return names;
}

bool Settings::hasTeamCatalog(const QString &name) const
{
    return !name.isEmpty() && !name.contains(u'/') && teamCatalogNames().contains(name);
}

Settings::TeamCatalog Settings::teamCatalog(const QString &name) const
{
    TeamCatalog c;
    m_settings.beginGroup(QStringLiteral("teamCatalogs/") + name);
    c.host = m_settings.value(QStringLiteral("host")).toString();
    c.port = m_settings.value(QStringLiteral("port"), 5432).toInt();
    c.database = m_settings.value(QStringLiteral("database")).toString();
    c.user = m_settings.value(QStringLiteral("user")).toString();
    c.sslMode = m_settings.value(QStringLiteral("sslmode")).toString();
    c.sslRootCert = m_settings.value(QStringLiteral("sslrootcert")).toString();
    c.sslCert = m_settings.value(QStringLiteral("sslcert")).toString();
    c.sslKey = m_settings.value(QStringLiteral("sslkey")).toString();
    m_settings.endGroup();
    return c;
}

void Settings::setTeamCatalog(const QString &name, const TeamCatalog &catalog)
{
    removeTeamCatalog(name);
    m_settings.beginGroup(QStringLiteral("teamCatalogs/") + name);
    m_settings.setValue(QStringLiteral("host"), catalog.host);
    m_settings.setValue(QStringLiteral("port"), catalog.port);
    m_settings.setValue(QStringLiteral("database"), catalog.database);
    m_settings.setValue(QStringLiteral("user"), catalog.user);
    m_settings.setValue(QStringLiteral("sslmode"), catalog.sslMode);
    m_settings.setValue(QStringLiteral("sslrootcert"), catalog.sslRootCert);
    if (!catalog.sslCert.isEmpty()) {
        m_settings.setValue(QStringLiteral("sslcert"), catalog.sslCert);
        m_settings.setValue(QStringLiteral("sslkey"), catalog.sslKey);
    }
    m_settings.endGroup();
}

void Settings::removeTeamCatalog(const QString &name)
{
    m_settings.remove(QStringLiteral("teamCatalogs/") + name);
}

QStringList Settings::openTeamCatalogs() const
{
    return kOpenTeamCatalogs.read(m_settings);
}

void Settings::setOpenTeamCatalogs(const QStringList &names)
{
    kOpenTeamCatalogs.write(m_settings, names);
}

QByteArray Settings::windowGeometry() const
{
    return kWindowGeometry.read(m_settings);
}
void Settings::setWindowGeometry(const QByteArray &g)
{
    kWindowGeometry.write(m_settings, g);
}
QByteArray Settings::windowState() const
{
    return kWindowState.read(m_settings);
}
void Settings::setWindowState(const QByteArray &s)
{
    kWindowState.write(m_settings, s);
}

void Settings::sync()
{
    m_settings.sync();
}

} // namespace Slipway
