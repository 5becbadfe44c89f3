#pragma once

// The script the run engine runs, through Connector::bootstrap, on each instance that stays
// when a run scales: it runs that instance's on-vm-add or on-vm-remove recipes (unpacked by
// the bootstrap), layer by layer, with SlipStream's environment and the scaling's.

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Slipway {

enum class VmHook { Add, Remove };

QByteArray vmHookScript();

// SLIPSTREAM_SCALING_NODE, SLIPSTREAM_SCALING_VMS (space-separated instance names) and
// SLIPSTREAM_SCALING_ACTION (vm_add, vm_remove), with the instance's identity.
QMap<QString, QString> vmHookEnvironment(VmHook hook,
                                         const QString &run,
                                         const QString &instance,
                                         const QString &node,
                                         const QStringList &instances);

QString vmHookRecipeName(VmHook hook); // "on-vm-add"
QString vmHookActionName(VmHook hook); // "vm_add"

} // namespace Slipway
