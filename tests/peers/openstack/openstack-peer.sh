#!/usr/bin/env bash
# A real OpenStack 2025.1 (Debian 13's packages) for the peers tests: Keystone, Glance,
# Placement, Nova with the fake compute driver, Neutron with ML2/OVN, on one loopback address.
# Runs as root inside the build root (CTest's peers_openstack fixture calls it):
#
#   openstack-peer.sh root          make the peer's Debian root if it is missing (once, ~5 min)
#   openstack-peer.sh up DIR        start everything from a pristine state; DIR/openstack.env
#                                   gets the settings the tests read, DIR/logs the logs
#   openstack-peer.sh down DIR      stop everything and forget the state (the logs stay)
#   openstack-peer.sh exec CMD...   run CMD inside the running peer (admin tools)
#
# The root is kept in $SLIPWAY_PEERS (default /peers, bound from /var/cache/slipway/peers by
# buildroot.sh) under a name hashed from packages.txt, and never written to: each `up` mounts
# an overlay on it whose upper layer is in /tmp, so every start is a fresh cloud and `down`
# leaves nothing behind. Outside the build root, without root or that folder, `up` says
# "[need missing]" and exits 77 (CTest's SKIP_RETURN_CODE: the group shows as skipped).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
peers=${SLIPWAY_PEERS:-/peers}
state=${SLIPWAY_PEERS_STATE:-/tmp/slipway-peer-openstack}
ip=${SLIPWAY_OPENSTACK_IP:-127.0.0.2}
# Bump when the way the root is made changes (not only its package list).
setup_version=1
key=$( (echo "setup=$setup_version"; sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$here/packages.txt") |
    sha256sum | cut -c1-16)
lower=$peers/openstack-$key
merged=$state/root
logs=$state/logs
ports="5000 9292 8778 8774 9696 5672 4369"

say() { printf 'openstack-peer: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }
t0=$(date +%s)
elapsed() { echo "$(($(date +%s) - t0)) s"; }

need_missing() {
    echo "[need missing] $*"
    [ -n "${SLIPWAY_IN_BUILDROOT:-}" ] && exit 1
    exit 77
}
[ "$(id -u)" = 0 ] || need_missing "the OpenStack peer runs as root (mounts, chroot)"
[ -d "$peers" ] || need_missing "$peers, where the peer's root is kept (run the tests in the" \
    "build root: packaging/buildroot/buildroot.sh)"

# ---------------------------------------------------------------------------- the root
make_root() {
    [ -x "$lower/usr/bin/keystone-manage" ] && return
    mkdir -p "$peers"
    exec 8>"$peers/.openstack.lock"
    flock 8
    if [ -x "$lower/usr/bin/keystone-manage" ]; then exec 8>&-; return; fi
    command -v mmdebstrap >/dev/null || die "mmdebstrap is missing"
    local mirror tmp
    # The mirror this build root was made from (never a host name in the repository).
    mirror=$(awk '$1 == "deb" { print $2; exit }' /etc/apt/sources.list \
        /etc/apt/sources.list.d/*.list 2>/dev/null || true)
    [ -n "$mirror" ] || die "no Debian mirror in /etc/apt"
    tmp=$lower.tmp.$$
    rm -rf "$tmp"
    say "making the OpenStack peer's root in $lower (once; about 5 minutes and 2 GB)"
    # The packages' questions about databases and endpoints are answered no: the peer is
    # configured by configure.sh. Daemons are never started while installing (mmdebstrap's
    # policy-rc.d).
    nice -n 10 mmdebstrap --quiet --variant=apt --mode=root \
        --include="$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$here/packages.txt" | paste -sd,)" \
        --essential-hook='for p in keystone/configure_db keystone/create-admin-tenant \
            keystone/register-endpoint glance/configure_db glance/register-endpoint \
            placement/configure_db placement/register-endpoint nova/configure_db \
            nova/register-endpoint neutron/configure_db neutron/register-endpoint; do
            pkg=${p%%/*}; case $pkg in glance) owner="glance-common glance-api";;
            placement) owner="placement-common placement-api";; nova) owner="nova-common nova-api";;
            neutron) owner="neutron-common neutron-server";; *) owner=$pkg;; esac
            for o in $owner; do echo "$o $p boolean false"; done; done |
            chroot "$1" debconf-set-selections' \
        --customize-hook='rm -f "$1"/etc/apt/sources.list; rm -rf "$1"/var/lib/apt/lists/*; \
            rm -rf "$1"/var/cache/apt/*.bin "$1"/var/cache/apt/archives/*.deb' \
        trixie "$tmp" "deb $mirror trixie main" >&2 ||
        { rm -rf "$tmp"; die "mmdebstrap failed"; }
    # Roots of an older package list go.
    local old
    for old in "$peers"/openstack-*; do
        [ "$old" = "$lower" ] || [ "$old" = "$tmp" ] || rm -rf "$old"
    done
    mv "$tmp" "$lower"
    exec 8>&-
    say "root ready in $(elapsed) ($(du -sh "$lower" | cut -f1))"
}

# ------------------------------------------------------------------- inside the root
# Runs a command in the merged root: a private mount namespace, its own /proc, /dev, /sys.
# exec all the way down: the PID that runs this is the command's.
in_root() {
    exec unshare --mount --propagation private -- /bin/sh -c '
        r=$1; shift
        mount --rbind /dev "$r/dev"
        mount -t proc proc "$r/proc"
        mount --rbind /sys "$r/sys"
        mount -t tmpfs -o mode=1777 shm "$r/dev/shm"
        mount --bind "$0" "$r/var/log/peer"
        exec chroot "$r" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
            LANG=C.UTF-8 OS_IP='"$ip"' "$@"' "$logs" "$merged" "$@"
}
inr() { (in_root "$@"); }

# start NAME CMD...: CMD in the root in its own session, output in logs/NAME.out.
start() {
    local name=$1
    shift
    setsid nice -n 5 bash "$here/openstack-peer.sh" _exec "$@" </dev/null >>"$logs/$name.out" 2>&1 &
    echo $! >"$state/pids/$name"
}
wait_for() {
    local what=$1 end=$(($(date +%s) + $2))
    shift 2
    until "$@" >/dev/null 2>&1; do
        [ "$(date +%s)" -lt "$end" ] || { show_logs; die "$what did not come up within $(elapsed)"; }
        sleep 1
    done
    say "$what up after $(elapsed)"
}
# The end of every log, for a start that failed (CI keeps only the test's output).
show_logs() {
    local f
    for f in "$logs"/*; do
        [ -s "$f" ] || continue
        printf '==> %s <==\n' "$f"
        tail -n 8 "$f"
    done
}
http_up() { curl -fsS -m 5 -o /dev/null "$1" || [ "$(curl -sS -m 5 -o /dev/null -w '%{http_code}' "$1")" != 000 ]; }
port_up() { [ -n "$(ss -Hltn "src $ip and sport = :$1")" ]; }

up() {
    local envfile=$1/openstack.env
    command -v mmdebstrap >/dev/null || [ -d "$lower" ] || need_missing "mmdebstrap"
    make_root
    [ -e "$state/pids" ] && down
    logs=$1/logs
    rm -rf "$logs" "$envfile"
    mkdir -p "$logs" "$state"
    echo "$logs" >"$state/logs"
    for p in $ports; do
        port_up "$p" && die "$ip:$p is already taken: is another OpenStack peer running?"
    done
    mkdir -p "$state/upper" "$state/work" "$merged" "$state/pids"
    mount -t overlay overlay -o "lowerdir=$lower,upperdir=$state/upper,workdir=$state/work" "$merged"
    mkdir -p "$merged/opt/peer" "$merged/var/log/peer"
    cp "$here"/root/* "$merged/opt/peer/"
    inr /opt/peer/configure.sh

    start mariadb /usr/sbin/mariadbd --user=mysql
    wait_for MariaDB 60 inr mariadb-admin ping
    start epmd /usr/bin/epmd -address "$ip"
    start rabbitmq /usr/bin/env HOME=/var/lib/rabbitmq ERL_EPMD_ADDRESS="$ip" RABBITMQ_LOGS=- \
        setpriv --reuid=rabbitmq --regid=rabbitmq --init-groups \
        /usr/lib/rabbitmq/bin/rabbitmq-server
    start ovsdb-nb ovsdb-server --remote=punix:/run/ovn/ovnnb_db.sock \
        --unixctl=/run/ovn/ovnnb_db.ctl /var/lib/ovn/ovnnb_db.db
    start ovsdb-sb ovsdb-server --remote=punix:/run/ovn/ovnsb_db.sock \
        --unixctl=/run/ovn/ovnsb_db.ctl /var/lib/ovn/ovnsb_db.db
    wait_for OVN 30 test -S "$merged/run/ovn/ovnsb_db.sock" -a -S "$merged/run/ovn/ovnnb_db.sock"
    start ovn-northd ovn-northd --ovnnb-db=unix:/run/ovn/ovnnb_db.sock \
        --ovnsb-db=unix:/run/ovn/ovnsb_db.sock --unixctl=/run/ovn/ovn-northd.ctl
    start chassis /opt/peer/chassis.sh
    inr /opt/peer/initdb.sh keystone >"$logs/initdb-keystone.out" 2>&1 ||
        { tail -20 "$logs/initdb-keystone.out" >&2; die "Keystone's database could not be made"; }
    start keystone uwsgi --ini /etc/peer/keystone.ini
    # The other services' schemas meanwhile.
    inr /opt/peer/initdb.sh services >"$logs/initdb-services.out" 2>&1 &
    local schemas=$!
    wait_for Keystone 120 http_up "http://$ip:5000/v3"
    inr python3 /opt/peer/setup.py identity >"$logs/setup-identity.out" 2>&1 ||
        { tail -20 "$logs/setup-identity.out" >&2; die "Keystone's set-up failed"; }
    wait "$schemas" ||
        { tail -20 "$logs/initdb-services.out" >&2; die "the databases could not be made"; }
    say "databases made after $(elapsed)"
    wait_for RabbitMQ 180 port_up 5672
    start placement uwsgi --ini /etc/peer/placement.ini
    start glance uwsgi --ini /etc/peer/glance.ini
    start neutron neutron-server --config-file /etc/neutron/neutron.conf \
        --config-file /etc/neutron/plugins/ml2/ml2_conf.ini
    start nova-api uwsgi --ini /etc/peer/nova-api.ini
    start nova-conductor nova-conductor --config-file /etc/nova/nova.conf
    start nova-scheduler nova-scheduler --config-file /etc/nova/nova.conf
    start nova-compute python3 /opt/peer/nova-compute.py --config-file /etc/nova/nova.conf
    wait_for Placement 120 http_up "http://$ip:8778/"
    wait_for Glance 120 http_up "http://$ip:9292/"
    wait_for Neutron 180 http_up "http://$ip:9696/"
    wait_for Nova 180 http_up "http://$ip:8774/"
    wait_for nova-compute 240 inr /opt/peer/compute-up.sh
    inr python3 /opt/peer/setup.py resources >"$envfile.new" 2>"$logs/setup-resources.out" ||
        { tail -20 "$logs/setup-resources.out" >&2; die "the test resources could not be made"; }
    mv "$envfile.new" "$envfile"
    say "OpenStack up after $(elapsed): Keystone http://$ip:5000/v3 (settings in $envfile)"
}

# Stops the process groups whose leaders' pids are in the files given: TERM to all of them at
# once, up to 30 s for them to go, then KILL to what is left. One wait for all: on a busy
# machine each service takes seconds to stop, and one after the other outlasted CTest's limit.
stop_pids() {
    local f pid i left
    local pids=()
    for f in "$@"; do
        [ -f "$f" ] || continue
        pid=$(cat "$f")
        pids+=("$pid")
        kill -TERM -- "-$pid" 2>/dev/null || true
    done
    for i in $(seq 150); do
        left=0
        for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && left=1; done
        [ "$left" = 0 ] && break
        sleep 0.2
    done
    for pid in "${pids[@]}"; do kill -KILL -- "-$pid" 2>/dev/null || true; done
    rm -f "$@"
}

down() {
    local s
    local files=()
    [ -f "$state/logs" ] && logs=$(cat "$state/logs")
    if [ -d "$state/pids" ]; then
        # The compute service first, the databases and the message queue last.
        for s in nova-compute nova-scheduler nova-conductor nova-api neutron glance placement \
            keystone chassis ovn-northd ovsdb-sb ovsdb-nb; do
            files+=("$state/pids/$s")
        done
        stop_pids "${files[@]}"
        stop_pids "$state"/pids/*
    fi
    if mountpoint -q "$merged"; then
        umount -R "$merged" 2>/dev/null || umount -l "$merged"
    fi
    rm -rf "$state/upper" "$state/work" "$state/pids"
    say "OpenStack stopped in $(elapsed)"
}

case ${1:-} in
root) make_root ;;
up) [ $# = 2 ] || die "usage: up DIR"; up "$2" ;;
down) down ;;
exec) shift; mountpoint -q "$merged" || die "the peer is not running"; logs=$(cat "$state/logs"); in_root "$@" ;;
_exec) shift; logs=$(cat "$state/logs"); in_root "$@" ;;
*) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
