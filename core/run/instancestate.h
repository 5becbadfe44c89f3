#pragma once

// Where an instance of a run is. The run records, the broker's and the UI's displays and the
// CLI's JSON show it by name ("provisioning", ...): those names are in users' databases and
// scripts, so they never change.

#include <QString>
#include <QStringView>

#include <optional>

namespace Slipway {

enum class InstanceState {
    Provisioning, // asked of its cloud
    Booting,      // started, being bootstrapped
    Installing,   // the bootstrap ran: the node agent installs it
    Executing,
    Waiting, // set `complete`: waits for the other instances at the barrier
    Reporting,
    Ready,
    Failed,
    Terminated,
};

QString instanceStateName(InstanceState state);
std::optional<InstanceState> instanceStateFromName(QStringView name);

} // namespace Slipway
