#!/usr/bin/env bash
# Installs Slipway's .deb with apt into a fresh minimal Debian 13 root, then runs it there:
# `slipway-cli --version`, `slipway-relay --version`, and the GUI under Xvfb saving a picture
# of its main window, which is checked here (a PNG of the expected size).
#
#   bash packaging/test-deb.sh             build the package in the build root (release
#                                          preset without the tests, in /build/package or
#                                          /build/$SLIPWAY_DEB_BUILD), then test it
#   bash packaging/test-deb.sh FILE.deb    test that package
#
# Runs on the host as root, like packaging/buildroot/buildroot.sh, whose Debian mirror it uses
# (the host's apt sources, or SLIPWAY_MIRROR). Needs the network to reach that mirror; takes
# about two minutes besides the build. The fresh root is removed afterwards; the screenshot is
# left in demo-output/installed-slipway.png.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/.." && pwd)
buildroot=$here/buildroot/buildroot.sh
cache=${SLIPWAY_CACHE:-/var/cache/slipway}

die() { printf 'test-deb: %s\n' "$*" >&2; exit 1; }
note() { printf 'test-deb: %s\n' "$*" >&2; }

if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "must run as root (mmdebstrap --mode=root), and sudo is missing"
    exec sudo --preserve-env=CI,SLIPWAY_CACHE,SLIPWAY_MIRROR,SLIPWAY_DEB_BUILD "$0" "$@"
fi

# One copy of the mirror lookup: the function is read from buildroot.sh, which is not run.
eval "$(sed -n '/^host_mirror() {$/,/^}$/p' "$buildroot")"
declare -F host_mirror >/dev/null || die "no host_mirror() in $buildroot"

deb=${1:-}
if [ -z "$deb" ]; then
    note "building the package (release preset) in the build root"
    build=${SLIPWAY_DEB_BUILD:-package}
    bash "$buildroot" run sh -c \
        "cmake --preset release -B /build/$build -DBUILD_TESTING=OFF >/dev/null && cmake --build /build/$build -j\$(nproc) --target package" >&2
    deb=$(ls -t "$cache/build/$build"/slipway_*.deb | head -n1)
fi
[ -f "$deb" ] || die "no package: $deb"
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")
version=$(dpkg-deb --field "$deb" Version)
version=${version%-*}
note "testing $deb"

command -v mmdebstrap >/dev/null || {
    apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q mmdebstrap >&2
}
mirror=$(host_mirror main)
[ -n "$mirror" ] || die "no Debian mirror found in /etc/apt (set SLIPWAY_MIRROR to one)"
security=$(host_mirror security)
sources=("deb $mirror trixie main" "deb $mirror trixie-updates main")
[ -n "$security" ] && sources+=("deb $security trixie-security main")

work=$(mktemp -d "${TMPDIR:-/tmp}/slipway-test-deb.XXXXXX")
chmod 755 "$work" # apt downloads as _apt, which must reach the root inside
trap 'rm -rf "$work"' EXIT
cp "$deb" "$work/slipway.deb"

# Everything runs in mmdebstrap's hooks, while the root has /proc, /sys and /dev mounted;
# mmdebstrap unmounts them itself, also on failure. The root stays minimal: apt resolves the
# package's own Depends and Recommends (xvfb and xauth are only for the test).
mmdebstrap --variant=apt --mode=root --format=directory --include=xvfb,xauth \
    --customize-hook="copy-in '$work/slipway.deb' /tmp" \
    --customize-hook='chroot "$1" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q /tmp/slipway.deb' \
    --customize-hook='chroot "$1" slipway-cli --version > "$1/tmp/cli-version"' \
    --customize-hook='chroot "$1" slipway-relay --version > "$1/tmp/relay-version"' \
    --customize-hook='chroot "$1" env HOME=/tmp LANG=C.UTF-8 xvfb-run -a -s "-screen 0 1280x860x24" slipway --screenshot /tmp/slipway.png' \
    --customize-hook='chroot "$1" dpkg-query --show --showformat="\${Version}\n" slipway > "$1/tmp/installed"' \
    --customize-hook="copy-out /tmp/cli-version /tmp/relay-version /tmp/slipway.png /tmp/installed '$work'" \
    trixie "$work/root" "${sources[@]}" >&2

passed=0 failed=0
check() {
    local what=$1
    shift
    if "$@"; then
        passed=$((passed + 1)); note "ok: $what"
    else
        failed=$((failed + 1)); note "FAILED: $what"
    fi
}
# The PNG's signature, then width and height from its IHDR chunk (big-endian, bytes 16-23).
png_size() {
    [ "$(od -An -tx1 -N8 "$1" | tr -d ' \n')" = 89504e470d0a1a0a ] || return 1
    od -An -tu1 -j16 -N8 "$1" | awk '{ print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8 }'
}
check "apt installed slipway $(cat "$work/installed")" grep -q "^$version-" "$work/installed"
check "slipway-cli --version says $version" grep -qx "slipway-cli $version" "$work/cli-version"
check "slipway-relay --version says $version" grep -qx "slipway-relay $version" "$work/relay-version"
size=$(png_size "$work/slipway.png" || echo none)
# The main window's default size (at least 800x500 on a 1280x860 screen).
check "the GUI saved a screenshot of its main window ($size)" \
    awk -v s="$size" 'BEGIN { split(s, d, "x"); exit !(d[1] >= 800 && d[2] >= 500) }'
mkdir -p "$src/demo-output"
cp "$work/slipway.png" "$src/demo-output/installed-slipway.png"
echo "test-deb: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
