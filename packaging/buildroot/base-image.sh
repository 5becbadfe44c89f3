#!/usr/bin/env bash
# Makes the local container connector's Debian 13 base image offline, as a podman image,
# once: mmdebstrap into a tarball from the root's own Debian mirror, then `podman import`.
# Run inside the build root (buildroot.sh run packaging/buildroot/base-image.sh).
#   base-image.sh [IMAGE]   default: localhost/slipway-debian:13
set -euo pipefail
image=${1:-localhost/slipway-debian:13}
podman image exists "$image" && exit 0

# The mirror this root was made from (its sources.list comes from the host's configuration).
mirror=$(awk '$1 == "deb" { print $2; exit }' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null || true)
[ -n "$mirror" ] || { echo "base-image: no Debian mirror in /etc/apt" >&2; exit 1; }

tar=$(mktemp --suffix=.tar)
trap 'rm -f "$tar"' EXIT
# What the bootstrap and the ss-* tools need, plus what SlipStream recipes commonly call.
mmdebstrap --quiet --variant=minbase \
    --include=bash,curl,wget,ca-certificates,iproute2,procps,openssl,hostname,python3 \
    trixie "$tar" "deb $mirror trixie main"
podman import --quiet --change 'CMD ["/bin/sh"]' "$tar" "$image" >/dev/null
echo "base-image: made $image" >&2
