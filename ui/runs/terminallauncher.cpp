#include "terminallauncher.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Slipway {

QStringList loginCommand(const QString &sshUrl, bool interactive)
{
    const QUrl url(sshUrl);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString scheme = url.scheme();
    if (scheme == u"ssh") {
        QStringList command{u"ssh"_s};
        if (interactive)
            command << u"-t"_s;
        if (url.port() > 0)
            command << u"-p"_s << QString::number(url.port());
        command << (url.userName().isEmpty() ? url.host() : url.userName() + u'@' + url.host());
        return command;
    }
    if (scheme.endsWith(u"-exec")) {
        // podman-exec://HANDLE, docker-exec://HANDLE: the container's own shell.
        const QString program = scheme.chopped(5);
        if (program != u"podman" && program != u"docker")
            return {};
        return {program, u"exec"_s, interactive ? u"-it"_s : u"-i"_s, url.host(), u"/bin/sh"_s};
    }
    return {};
}

QStringList terminalCommand(const QStringList &command)
{
    struct Terminal
    {
        QString program;
        QStringList beforeCommand; // what precedes the command
    };
    QList<Terminal> candidates;
    const QString chosen = qEnvironmentVariable("TERMINAL");
    if (!chosen.isEmpty())
        candidates << Terminal{chosen, {u"-e"_s}};
    candidates << Terminal{u"x-terminal-emulator"_s, {u"-e"_s}} << Terminal{u"konsole"_s, {u"-e"_s}}
               << Terminal{u"gnome-terminal"_s, {u"--"_s}}
               << Terminal{u"xfce4-terminal"_s, {u"-x"_s}} << Terminal{u"alacritty"_s, {u"-e"_s}}
               << Terminal{u"kitty"_s, {}} << Terminal{u"foot"_s, {}}
               << Terminal{u"xterm"_s, {u"-e"_s}};
    for (const Terminal &t : std::as_const(candidates)) {
        const QString found = QStandardPaths::findExecutable(t.program);
        if (!found.isEmpty())
            return QStringList{found} + t.beforeCommand + command;
    }
    return {};
}

bool openTerminal(const QString &sshUrl, QString *error)
{
    const QStringList login = loginCommand(sshUrl);
    if (login.isEmpty()) {
        *error = QCoreApplication::translate("Slipway::RunView",
                                             "%1 is not an address Slipway can log in to.")
                     .arg(sshUrl);
        return false;
    }
    const QStringList terminal = terminalCommand(login);
    if (terminal.isEmpty()) {
        *error = QCoreApplication::translate("Slipway::RunView",
                                             "No terminal emulator found: set TERMINAL, or run "
                                             "%1 yourself.")
                     .arg(login.join(u' '));
        return false;
    }
    if (!QProcess::startDetached(terminal.constFirst(), terminal.mid(1))) {
        *error = QCoreApplication::translate("Slipway::RunView", "%1 could not be started.")
                     .arg(terminal.constFirst());
        return false;
    }
    return true;
}

} // namespace Slipway
