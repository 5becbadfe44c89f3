#!/usr/bin/env bash
# The code checks of CI, run inside the build root by inside.sh test after the ci build:
#
#   code-checks.sh format            clang-format --dry-run --Werror on every tracked C++ file
#   code-checks.sh tidy [BASE]       clang-tidy with the checks of .clang-tidy on the C++ sources
#                                    (all of them, or those changed since the git commit BASE),
#                                    with the compile commands of /build/ci
#   code-checks.sh                   both
#
# Any finding fails (clang-tidy's WarningsAsErrors is '*'). To fix the formatting of files:
#   clang-format -i FILE...
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

build=${SLIPWAY_TIDY_BUILD:-/build/ci}

# The tracked C++ files (a checkout without git: every file under the source folders).
cxx_files() {
    if git rev-parse --git-dir >/dev/null 2>&1; then
        git ls-files -- '*.cpp' '*.h'
    else
        find app cli core connectors ui tests -name '*.cpp' -o -name '*.h' | sort
    fi
}

check_format() {
    local start=$SECONDS
    cxx_files | xargs -r clang-format --dry-run --Werror
    echo "code-checks: formatting clean ($((SECONDS - start)) s)"
}

check_tidy() {
    local base=${1:-} start=$SECONDS files
    [ -f "$build/compile_commands.json" ] || {
        echo "code-checks: no $build/compile_commands.json (build the ci preset first)" >&2
        exit 2
    }
    # The sources that are compiled (headers are checked through them: HeaderFilterRegex);
    # not the fuzz targets, which build with their own preset.
    if [ -n "$base" ]; then
        files=$(git diff --name-only --diff-filter=d "$base" -- '*.cpp' '*.h')
    else
        files=$(cxx_files)
    fi
    files=$(printf '%s\n' "$files" | grep -E '^(app|cli|core|connectors|ui|tests)/.*\.cpp$' \
        | grep -v '^tests/fuzz/' || true)
    if [ -z "$files" ]; then
        echo "code-checks: no C++ source to check with clang-tidy"
        return
    fi
    # run-clang-tidy takes regular expressions: anchor each path.
    local -a patterns=()
    local f
    for f in $files; do patterns+=("^$PWD/${f//./\\.}\$"); done
    run-clang-tidy -quiet -p "$build" -j "$(nproc)" "${patterns[@]}" \
        > "$build/clang-tidy.log" 2>&1 || {
        grep -E '(warning|error):' "$build/clang-tidy.log" | sort -u
        echo "code-checks: clang-tidy found the above (.clang-tidy; whole log in" \
            "$build/clang-tidy.log)" >&2
        exit 1
    }
    echo "code-checks: clang-tidy clean on $(wc -w <<<"$files") files ($((SECONDS - start)) s)"
}

case ${1:-all} in
format) check_format ;;
tidy) check_tidy "${2:-}" ;;
all) check_format; check_tidy ;;
*) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
