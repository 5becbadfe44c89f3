#include "vmhookscript.h"

using namespace Qt::StringLiterals;

namespace Slipway {

QByteArray vmHookScript()
{
    // The exit status of a recipe crosses the pipe to tee through a file.
    return R"sh(#!/bin/sh
# Slipway: this instance's on-vm-add or on-vm-remove recipes, for a scaling of its run.
set -u
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
d=/var/lib/slipway
logs=/var/log/slipway
SLIPWAY_CONTEXT=/etc/slipway/context
SLIPSTREAM_DIID=$SLIPWAY_RUN
SLIPSTREAM_NODE_INSTANCE=$SLIPWAY_INSTANCE
SLIPSTREAM_NODE_INSTANCE_NAME=$SLIPWAY_INSTANCE
SLIPSTREAM_REPORT_DIR=$logs/reports
export PATH SLIPWAY_CONTEXT SLIPSTREAM_DIID SLIPSTREAM_NODE_INSTANCE \
    SLIPSTREAM_NODE_INSTANCE_NAME SLIPSTREAM_REPORT_DIR \
    SLIPWAY_RUN SLIPWAY_INSTANCE SLIPSTREAM_SCALING_NODE SLIPSTREAM_SCALING_VMS \
    SLIPSTREAM_SCALING_ACTION
mkdir -p "$SLIPSTREAM_REPORT_DIR" "$d/work" && cd "$d/work" || exit 7
umask 022
status_file=$(mktemp "${TMPDIR:-/tmp}/slipway-hook.XXXXXX") || exit 7
for script in "$d/scripts/$SLIPWAY_HOOK".*; do
    [ -f "$script" ] || continue
    echo "$SLIPWAY_HOOK: ${script##*/} ($SLIPSTREAM_SCALING_ACTION $SLIPSTREAM_SCALING_VMS)"
    {
        if [ "$(head -c 2 "$script")" = '#!' ]; then "$script"; else sh "$script"; fi
        echo $? >"$status_file"
    } </dev/null 2>&1 | tee -a "$logs/$SLIPWAY_HOOK.log"
    status=$(cat "$status_file")
    if [ "$status" != 0 ]; then
        echo "$SLIPWAY_HOOK: ${script##*/} ended with exit status $status"
        rm -f "$status_file"
        exit "$status"
    fi
done
rm -f "$status_file"
)sh";
}

QString vmHookRecipeName(VmHook hook)
{
    return hook == VmHook::Add ? u"on-vm-add"_s : u"on-vm-remove"_s;
}

QString vmHookActionName(VmHook hook)
{
    return hook == VmHook::Add ? u"vm_add"_s : u"vm_remove"_s;
}

QMap<QString, QString> vmHookEnvironment(VmHook hook,
                                         const QString &run,
                                         const QString &instance,
                                         const QString &node,
                                         const QStringList &instances)
{
    return {
        {u"SLIPWAY_RUN"_s, run},
        {u"SLIPWAY_INSTANCE"_s, instance},
        {u"SLIPWAY_HOOK"_s, vmHookRecipeName(hook)},
        {u"SLIPSTREAM_SCALING_NODE"_s, node},
        {u"SLIPSTREAM_SCALING_VMS"_s, instances.join(u' ')},
        // SlipStream's names for the two actions (the run's plan keeps vm_add).
        {u"SLIPSTREAM_SCALING_ACTION"_s, hook == VmHook::Add ? u"vm_create"_s : u"vm_remove"_s},
    };
}

} // namespace Slipway
