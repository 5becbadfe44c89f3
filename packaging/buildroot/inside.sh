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
    configure_and_build dev
    mkdir -p /src/demo-output
    /build/dev/app/slipway-cli --version
    xvfb-run -a -s '-screen 0 1280x860x24' \
        /build/dev/app/slipway --screenshot /src/demo-output/slipway.png
    echo "The main window: demo-output/slipway.png"
    ;;
*)
    echo "usage: inside.sh build [PRESET] | test | demo" >&2
    exit 2
    ;;
esac
