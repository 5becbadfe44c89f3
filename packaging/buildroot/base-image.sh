#!/usr/bin/env bash
# Makes the local container connector's Debian 13 base image offline, as a podman image,
# once: mmdebstrap into a tarball from the root's own Debian mirror, then `podman import`.
# Run inside the build root (buildroot.sh run packaging/buildroot/base-image.sh).
#   base-image.sh [IMAGE]   default: localhost/slipway-debian:13
set -euo pipefail
image=${1:-localhost/slipway-debian:13}
# Bump when what goes into the image changes: an image of another version is made again (and
# kBaseImageVersion in tests/support/podmantesting.h, which the tests ask for).
version=2
if podman image exists "$image" &&
    [ "$(podman image inspect -f '{{index .Labels "slipway.base-image"}}' "$image")" = "$version" ]; then
    exit 0
fi

# The mirror this root was made from (its sources.list comes from the host's configuration).
mirror=$(awk '$1 == "deb" { print $2; exit }' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null || true)
[ -n "$mirror" ] || { echo "base-image: no Debian mirror in /etc/apt" >&2; exit 1; }

tar=$(mktemp --suffix=.tar)
trap 'rm -f "$tar"' EXIT
# What the bootstrap and the ss-* tools need, plus what SlipStream recipes commonly call, and
# Debian's cloud-init: the tests' stand-ins for cloud instances boot from their user-data with
# it (tests/support/cloudinitcontainer.h), as an instance of a Debian cloud image does.
mmdebstrap --quiet --variant=minbase \
    --include=bash,curl,wget,ca-certificates,iproute2,procps,openssl,hostname,python3,cloud-init \
    trixie "$tar" "deb $mirror trixie main"
podman import --quiet --change 'CMD ["/bin/sh"]' --change "LABEL slipway.base-image=$version" \
    "$tar" "$image" >/dev/null
echo "base-image: made $image" >&2
