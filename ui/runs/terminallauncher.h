#pragma once

// Logging in to an instance from its url.ssh in the user's terminal emulator: ssh for
// ssh://[user@]host[:port], `podman exec -it HANDLE sh` (or docker) for the local containers'
// podman-exec://HANDLE.

#include <QString>
#include <QStringList>

namespace Slipway {

// The command that logs in to the instance; empty when the URL is of no known kind.
// interactive: with a terminal (-t for exec, -t for ssh); without, the command reads its
// standard input (scripts and tests).
QStringList loginCommand(const QString &sshUrl, bool interactive = true);

// The user's terminal emulator running command: $TERMINAL, else the first of
// x-terminal-emulator, konsole, gnome-terminal, xfce4-terminal, alacritty, kitty, foot and
// xterm that is installed, each with its own way to be given a command. Empty when none is.
QStringList terminalCommand(const QStringList &command);

// Starts the terminal detached; false with the reason in error.
bool openTerminal(const QString &sshUrl, QString *error);

} // namespace Slipway
