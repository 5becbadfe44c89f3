#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace Slipway {

// The one typed view of the user's settings. Every key is declared once below, with its
// default; nothing else in the program reads QSettings directly.
class Settings
{
public:
    enum class Theme { System, Light, Dark };

    static constexpr int kMaxRecentModules = 10;

    explicit Settings(const QString &file);
    Settings(); // Paths::settingsFile()
    Q_DISABLE_COPY_MOVE(Settings)

    QString defaultCloud() const;
    void setDefaultCloud(const QString &cloud);

    QString editorFontFamily() const;
    void setEditorFontFamily(const QString &family);
    int editorFontSize() const;
    void setEditorFontSize(int points);

    Theme theme() const;
    void setTheme(Theme theme);

    // Most recently opened first, without duplicates, at most kMaxRecentModules.
    QStringList recentModules() const;
    void addRecentModule(const QString &modulePath);
    void removeRecentModule(const QString &modulePath);

    // The parameters and reports of finished runs are kept for the newest runsKept runs, and
    // for at most runDaysKept days after they finished (0: no limit); older ones are pruned.
    int runsKept() const;
    void setRunsKept(int runs);
    int runDaysKept() const;
    void setRunDaysKept(int days);

    // Where the broker listens for the nodes: "auto" (loopback and the interfaces nodes come
    // through: container networks' bridges, tunnels), "all" (every interface), or IP addresses
    // separated by commas. Read when the runs are next hosted.
    QString brokerListen() const;
    void setBrokerListen(const QString &rule);

    // Remembered team catalogs ("named connections"), each in the group teamCatalogs/<name>
    // with the keys host, port, database, user, sslmode and sslrootcert; never a password
    // (that one is in the keychain: core/catalog/catalogsource.h reads both).
    struct TeamCatalog
    {
        QString host; // a host name, or the folder of the server's socket
        int port = 5432;
        QString database;
        QString user;
        QString sslMode; // verify-full over the network; empty on a socket
        QString sslRootCert;
        QString sslCert; // a client certificate and its key, when the server asks for one
        QString sslKey;
    };
    QStringList teamCatalogNames() const; // sorted
    // false: no connection of that name.
    bool hasTeamCatalog(const QString &name) const;
    TeamCatalog teamCatalog(const QString &name) const;
    void setTeamCatalog(const QString &name, const TeamCatalog &catalog);
    void removeTeamCatalog(const QString &name);
    // The team catalogs open in the main window when it last closed, opened again at start.
    QStringList openTeamCatalogs() const;
    void setOpenTeamCatalogs(const QStringList &names);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    void sync();
    QString fileName() const { return m_settings.fileName(); }

private:
    mutable QSettings m_settings;
};

QString themeName(Settings::Theme theme);

} // namespace Slipway
