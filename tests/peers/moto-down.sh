#!/usr/bin/env bash
# Stops the moto that moto-up.sh started for STATE_DIR (its process group), and says whether
# moto logged a server error meanwhile.
#   moto-down.sh STATE_DIR
set -euo pipefail
state=${1:?usage: moto-down.sh STATE_DIR}
pidfile=$state/moto.pid
[ -f "$pidfile" ] || exit 0
pid=$(cat "$pidfile")
# Only our moto: the process must still be moto's server (an exited one that nobody reaped
# yet has no command line any more).
running() { grep -qs moto.server "/proc/$pid/cmdline"; }
if running; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid"
    for _ in $(seq 1 50); do
        running || break
        sleep 0.1
    done
    if running; then kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid"; fi
fi
rm -f "$pidfile"
if grep -q 'Traceback' "$state/moto.log" 2>/dev/null; then
    echo "moto-down: moto logged errors (in $state/moto.log):"
    grep -A3 'Traceback' "$state/moto.log" | tail -40
fi
echo "moto-down: stopped"
