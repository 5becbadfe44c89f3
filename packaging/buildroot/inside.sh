#!/usr/bin/env bash
# Runs inside the build root (buildroot.sh enters it): /src is the checkout, /build keeps the
# build directories between runs, /ccache the compiler cache.
set -euo pipefail
cd /src

configure_and_build() {
    local preset=$1 dir=/build/$1
    cmake --preset "$preset" -B "$dir" >/dev/null
    cmake --build "$dir" -j"$(nproc)"
}

case ${1:-} in
build)
    configure_and_build "${2:-dev}"
    ;;
test)
    # The formatting (clang-format) first, then clang-tidy on the ci build's compile commands:
    # any finding fails CI (packaging/buildroot/code-checks.sh).
    packaging/buildroot/code-checks.sh format
    configure_and_build ci
    # clang-tidy on the whole tree takes about 40 CPU-minutes: CI checks the sources changed
    # since the commit in .ci/tidy-base, at which the whole tree was checked clean (move it on
    # after `code-checks.sh tidy` passes on the whole tree). A clone without that commit (a
    # shallow one) checks everything.
    tidy_base=$(cat .ci/tidy-base 2>/dev/null || true)
    if [ -n "$tidy_base" ] && git cat-file -e "$tidy_base^{commit}" 2>/dev/null; then
        packaging/buildroot/code-checks.sh tidy "$tidy_base"
    else
        packaging/buildroot/code-checks.sh tidy
    fi
    # The parsers that read outside input, fuzzed for a bounded time (clang + libFuzzer).
    cmake --preset fuzz -B /build/fuzz -DSLIPWAY_FUZZ_SECONDS="${SLIPWAY_FUZZ_SECONDS:-20}" \
        >/dev/null
    fuzzers=$(sed -n 's/^slipway_fuzz_target(\([a-z_]*\).*/\1/p' tests/fuzz/CMakeLists.txt)
    # shellcheck disable=SC2086
    cmake --build /build/fuzz -j"$(nproc)" --target $fuzzers
    ctest --test-dir /build/fuzz -L fuzz --output-on-failure -j"$(nproc)"
    # The base image of the local container connector's tests (made once, offline).
    packaging/buildroot/base-image.sh
    # The whole suite; CTest's summary is the last thing printed.
    ctest --test-dir /build/ci --output-on-failure -j"$(nproc)" --timeout 900
    ;;
demo)
    # The main job, shown: only the two programs it runs are built; the bundled example
    # examples/hello/hello-world is launched on local containers from a catalog and data
    # folder of its own, the run view is saved as pictures while it comes up and once it is
    # Ready (the diagram with the values the nodes exchanged), then the run is terminated.
    cmake --preset dev -B /build/dev >/dev/null
    cmake --build /build/dev -j"$(nproc)" --target slipway slipway-cli
    packaging/buildroot/base-image.sh
    out=/src/demo-output
    rm -rf "$out"
    mkdir -p "$out"
    /build/dev/app/slipway-cli --version
    /build/dev/app/slipway --version
    home=$(mktemp -d)
    trap 'rm -rf "$home"' EXIT
    SLIPWAY_DATA_DIR=$home/data XDG_CONFIG_HOME=$home/config SLIPWAY_NO_DIALOGS=1 \
        xvfb-run -a -s '-screen 0 1400x900x24' \
        /build/dev/app/slipway --catalog "$home/catalog.sqlite" \
        --launch examples/hello/hello-world --run-pictures "$out"
    echo "The run view as the run came up and at Ready:"
    ls -1 "$out"/*.png | sed 's|^/src/|  |'
    ;;
*)
    echo "usage: inside.sh build [PRESET] | test | demo" >&2
    exit 2
    ;;
esac
