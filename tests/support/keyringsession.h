#pragma once

// A private Secret Service for one test process: a session D-Bus and an unlocked GNOME
// Keyring on it, both children of the test, stopped when the session goes. Tests that store
// credentials call start() in initTestCase(), before the first keychain call, so they never
// touch the user's keychain.

#include "testpaths.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Slipway::Testing {

class KeyringSession
{
public:
    KeyringSession() = default;
    KeyringSession(const KeyringSession &) = delete;
    KeyringSession &operator=(const KeyringSession &) = delete;
    ~KeyringSession() { stop(); }

    // dbus-daemon and gnome-keyring-daemon are installed.
    static bool available()
    {
        return !QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty()
               && !QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty();
    }

    bool start(QString *error)
    {
        if (!m_runtime.isValid())
            return fail(error, QStringLiteral("cannot make a runtime directory"));
        const QString bus = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        const QString keyring = QStandardPaths::findExecutable(
            QStringLiteral("gnome-keyring-daemon"));
        if (bus.isEmpty() || keyring.isEmpty())
            return fail(error,
                        QStringLiteral("dbus-daemon and gnome-keyring-daemon are needed "
                                       "(Debian: dbus, gnome-keyring)"));
        qputenv("XDG_RUNTIME_DIR", m_runtime.path().toLocal8Bit());

        m_bus = std::make_unique<QProcess>();
        m_bus->start(bus,
                     {QStringLiteral("--session"),
                      QStringLiteral("--nofork"),
                      QStringLiteral("--nosyslog"),
                      QStringLiteral("--print-address=1"),
                      QStringLiteral("--address=unix:dir=") + m_runtime.path()});
        QByteArray address;
        const QDeadlineTimer deadline(20000);
        while (!address.contains('\n') && !deadline.hasExpired()
               && m_bus->state() != QProcess::NotRunning) {
            m_bus->waitForReadyRead(200);
            address += m_bus->readAllStandardOutput();
        }
        if (!address.contains('\n'))
            return fail(error,
                        QStringLiteral("dbus-daemon did not start: ")
                            + QString::fromLocal8Bit(m_bus->readAllStandardError()));
        qputenv("DBUS_SESSION_BUS_ADDRESS", address.trimmed());

        // --unlock reads the login keyring's password on stdin: it creates the keyring the
        // first time and unlocks it afterwards.
        m_keyring = std::make_unique<QProcess>();
        m_keyring->start(keyring,
                         {QStringLiteral("--foreground"),
                          QStringLiteral("--unlock"),
                          QStringLiteral("--components=secrets")});
        if (!m_keyring->waitForStarted(20000))
            return fail(error, QStringLiteral("gnome-keyring-daemon did not start"));
        m_keyring->write("slipway-test-keyring");
        m_keyring->closeWriteChannel();
        // Ready when its Secret Service owns its name on the bus.
        while (!secretServiceOnBus()) {
            if (deadline.hasExpired() || m_keyring->state() == QProcess::NotRunning)
                return fail(error,
                            QStringLiteral("gnome-keyring-daemon is not ready: ")
                                + QString::fromLocal8Bit(m_keyring->readAllStandardError()));
            m_keyring->waitForFinished(100);
        }
        return true;
    }

    void stop()
    {
        for (auto *process : {m_keyring.get(), m_bus.get()}) {
            if (process && process->state() != QProcess::NotRunning) {
                process->terminate();
                if (!process->waitForFinished(5000)) {
                    process->kill();
                    process->waitForFinished(5000);
                }
            }
        }
        m_keyring.reset();
        m_bus.reset();
    }

private:
    static bool secretServiceOnBus()
    {
        QProcess ask;
        ask.start(QStringLiteral("dbus-send"),
                  {QStringLiteral("--session"),
                   QStringLiteral("--print-reply"),
                   QStringLiteral("--dest=org.freedesktop.DBus"),
                   QStringLiteral("/org/freedesktop/DBus"),
                   QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                   QStringLiteral("string:org.freedesktop.secrets")});
        return ask.waitForFinished(5000) && ask.exitCode() == 0
               && ask.readAllStandardOutput().contains("boolean true");
    }

    static bool fail(QString *error, const QString &message)
    {
        if (error)
            *error = message;
        return false;
    }

    QTemporaryDir m_runtime;
    std::unique_ptr<QProcess> m_bus;
    std::unique_ptr<QProcess> m_keyring;
};

} // namespace Slipway::Testing

// Skips (fails in the build root) a test that needs a keyring where its daemons are missing.
#define SLIPWAY_REQUIRE_KEYRING() \
    do { \
        if (!Slipway::Testing::KeyringSession::available()) \
            SLIPWAY_SKIP_OR_FAIL("needs dbus-daemon and gnome-keyring-daemon " \
                                 "(Debian: dbus, gnome-keyring)"); \
    } while (false)
