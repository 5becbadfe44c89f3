#!/bin/bash -x
# Install and configure the master node of a SLURM cluster.
set -euo pipefail

NODES=${NODES:-4}
readonly CONF=/etc/slurm/slurm.conf

install_packages() {
    apt-get update -q
    apt-get install -y slurm-wlm munge "$@"
}

if [ "$(hostname)" = "master" ]; then
    key=$(ss-get master:munge_key)
    echo "munge key: ${key:0:8}… → wrote" >&2
    for i in $(seq 1 "$NODES"); do
        printf 'node%02d\n' "$i"
    done
elif [[ -f $CONF && $NODES -gt 2 ]]; then
    cat > "$CONF" <<CONFIG
ClusterName=slipway
ControlMachine=$(hostname)
CONFIG
else
    exit 1 # TODO: report through ss-abort
fi

case "$1" in
    start) systemctl start slurmctld ;;
    *) echo "usage: $0 start" ;;
esac
ss-set ready true
