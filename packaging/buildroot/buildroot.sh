#!/usr/bin/env bash
# Makes and enters the Debian 13 build root in which Slipway builds on a Debian 12 host
# (Qt >= 6.8 and KF6 are not in Debian 12). See packaging/buildroot/README.md.
#
#   buildroot.sh ensure            make the root if it is missing or its package list changed
#   buildroot.sh shell             an interactive shell in the checkout inside the root
#   buildroot.sh run CMD [ARG...]  run a command in the checkout inside the root
#   buildroot.sh build [PRESET]    configure and build (default preset: dev)
#   buildroot.sh test              build with the ci preset and run the whole test suite
#   buildroot.sh demo              build slipway and slipway-cli, launch an example on local
#                                  containers and save pictures of its run view (Xvfb)
#
# Everything is mounted in a private mount and PID namespace: when the command returns (also
# after a failure or Ctrl-C) nothing stays mounted on the host and no process stays behind.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/../.." && pwd)
cache=${SLIPWAY_CACHE:-/var/cache/slipway}
# The build directories (seen as /build inside the root); several checkouts on one machine each
# name their own so that they never build into one another's.
builds=${SLIPWAY_BUILDS:-$cache/build}
pkgfile=$here/packages.txt
# Bump when the way the root is set up changes (not only its package list).
setup_version=3

die() { printf 'buildroot: %s\n' "$*" >&2; exit 1; }
note() { printf 'buildroot: %s\n' "$*" >&2; }

if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "must run as root (mounts and chroot need it), and sudo is missing"
    exec sudo --preserve-env=CI,SLIPWAY_CACHE,SLIPWAY_BUILDS,SLIPWAY_MIRROR "$0" "$@"
fi

packages() { sed -e 's/#.*//' -e 's/[[:space:]]//g' "$pkgfile" | grep -v '^$'; }
key=$( (echo "setup=$setup_version"; packages) | sha256sum | cut -c1-16)
root=$cache/buildroot-$key

# The Debian mirror the host already uses: never a host name written in the repository.
host_mirror() {
    local kind=$1 files f
    if [ -n "${SLIPWAY_MIRROR:-}" ] && [ "$kind" = main ]; then echo "$SLIPWAY_MIRROR"; return; fi
    files=$(ls /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
        /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
    for f in $files; do
        case $f in
        *.sources)
            # deb822 stanzas: print "URI SUITES" per stanza
            awk 'BEGIN{RS="";FS="\n"} {u="";s="";t="";
                 for(i=1;i<=NF;i++){ if($i ~ /^URIs:/){sub(/^URIs:[ \t]*/,"",$i);u=$i}
                   if($i ~ /^Suites:/){sub(/^Suites:[ \t]*/,"",$i);s=$i}
                   if($i ~ /^Types:/){t=$i} }
                 if(u!="" && t ~ /deb([ \t]|$)/) print u" "s}' "$f" ;;
        *)
            awk '$1=="deb" { i=2; if ($2 ~ /^\[/) { while ($i !~ /\]$/) i++; i++ } print $i" "$(i+1) }' "$f" ;;
        esac
    done | while read -r uri suites; do
        uri=${uri%% *}
        case " $suites " in
        *-security*) [ "$kind" = security ] && { echo "$uri"; break; } ;;
        *" bookworm "*|*" trixie "*|*" stable "*) [ "$kind" = main ] && { echo "$uri"; break; } ;;
        esac
    done | head -n1
}

ensure_mmdebstrap() {
    command -v mmdebstrap >/dev/null && return
    note "installing mmdebstrap on the host"
    apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q mmdebstrap >&2
}

tmp=
make_root() {
    local mirror security
    ensure_mmdebstrap
    mirror=$(host_mirror main)
    [ -n "$mirror" ] || die "no Debian mirror found in /etc/apt (set SLIPWAY_MIRROR to one)"
    security=$(host_mirror security)
    mkdir -p "$cache"
    tmp=$root.tmp.$$
    rm -rf "$tmp"
    trap 'rm -rf "$tmp"' EXIT
    note "making the Debian 13 build root in $root (a few minutes, once)"
    local sources=("deb $mirror trixie main" "deb $mirror trixie-updates main")
    [ -n "$security" ] && sources+=("deb $security trixie-security main")
    mmdebstrap --variant=apt --mode=root --format=directory \
        --include="$(packages | paste -sd,)" \
        --customize-hook='mkdir -p "$1/src" "$1/shared" "$1/build" "$1/ccache"' \
        trixie "$tmp" "${sources[@]}" >&2
    # Older roots go (each is about 2 GB), unless a process is still working in one.
    local old
    for old in "$cache"/buildroot-*; do
        case ${old##*/} in "buildroot-$key" | "${tmp##*/}") continue ;; esac
        [ -d "$old" ] || continue
        if grep -qsF " $old " /proc/[0-9]*/mountinfo; then
            note "keeping $old: it is in use"
            continue
        fi
        rm -rf "$old"
    done
    mv "$tmp" "$root"
    trap - EXIT
}

ensure_root() {
    [ -d "$root/usr/bin" ] && return
    mkdir -p "$cache"
    exec 9>"$cache/.lock"
    flock 9
    [ -d "$root/usr/bin" ] || make_root
    flock -u 9
}

# The mounts and the chroot, run by unshare as the new namespace's first process.
# shellcheck disable=SC2016
inner='
root=$1 src=$2 shared=$3 cache=$4 builds=$5; shift 5
mount --bind "$root" "$root"
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys"
mount --rbind /dev "$root/dev"
mount -t tmpfs -o mode=1777 tmpfs "$root/tmp"
mount -t tmpfs -o mode=755 tmpfs "$root/run"
mkdir -p "$root/run/lock" "$root/run/sshd"
mount --bind "$src" "$root/src"
[ -n "$shared" ] && mount --bind -o ro "$shared" "$root/shared"
mount --bind "$builds" "$root/build"
mount --bind "$cache/ccache" "$root/ccache"
# The roots of the servers the peers tests run (tests/peers), made once and kept here.
mkdir -p "$root/peers"
mount --bind "$cache/peers" "$root/peers"
[ -f /etc/resolv.conf ] && cp -L /etc/resolv.conf "$root/etc/resolv.conf"
cp "$src/packaging/buildroot/containers.conf" "$root/etc/containers/containers.conf"
# pivot_root, not chroot: the root becomes the root mount of the namespace, so that joining
# the mount namespace of a container (podman exec, nsenter) lands in the container; under a
# chroot it lands on the host.
mkdir -p "$root/.oldroot"
cd "$root"
pivot_root . .oldroot
umount -l /.oldroot
cd /
exec env -i HOME=/root LANG=C.UTF-8 TERM="${TERM:-dumb}" \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    CI="${CI:-}" CCACHE_DIR=/ccache CCACHE_BASEDIR=/src \
    PODMAN_IGNORE_CGROUPSV1_WARNING=1 SLIPWAY_IN_BUILDROOT=1 SLIPWAY_SHARED=/shared \
    bash -c "cd /src && exec \"\$@\"" bash "$@"
'

# Runs "$@" inside the root, in the checkout (/src), with a clean environment.
enter() {
    ensure_root
    mkdir -p "$builds" "$cache/ccache" "$cache/peers"
    local shared=
    [ -d "$src/../shared" ] && shared=$(cd "$src/../shared" && pwd)
    # --kill-child: when unshare goes, the namespace's first process, and with it every
    # process in the namespace, is killed.
    local -a ns=(unshare --mount --pid --fork --kill-child --propagation private --
        bash -euo pipefail -c "$inner" bash "$root" "$src" "$shared" "$cache" "$builds" "$@")
    if [ "${interactive:-}" ]; then
        # The interactive shell stays in the foreground and handles Ctrl-C itself.
        "${ns[@]}"
        return
    fi
    # Otherwise INT/TERM/HUP sent to this script end the namespace: unshare ignores them, so
    # its child, the namespace's init, is killed, and the kernel kills the rest.
    "${ns[@]}" 0<&0 &
    local child=$! status=0
    trap 'pkill -KILL -P $child' INT TERM HUP
    while :; do
        wait $child && status=0 || status=$?
        kill -0 $child 2>/dev/null || break
    done
    trap - INT TERM HUP
    return $status
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case $cmd in
ensure) ensure_root; echo "$root" ;;
shell) interactive=1 enter bash -i ;;
run) [ $# -gt 0 ] || die "run: which command?"; enter "$@" ;;
build) enter packaging/buildroot/inside.sh build "${1:-dev}" ;;
test) enter packaging/buildroot/inside.sh test ;;
demo) enter packaging/buildroot/inside.sh demo ;;
path) echo "$root" ;;
*) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; [ -z "$cmd" ] || exit 2 ;;
esac
