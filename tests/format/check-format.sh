#!/usr/bin/env bash
# Fails when a C++ source under app/ or tests/ differs from the committed .clang-format (Debian's
# clang-format, version 14). `check-format.sh --fix` rewrites the files instead.
#   tests/format/check-format.sh [--fix]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
formatter=$(command -v clang-format-14 || command -v clang-format || true)
if [ -z "$formatter" ]; then
    echo "check-format: clang-format is not installed (Debian package clang-format)" >&2
    exit 1
fi
mapfile -t files < <(find app tests -name node_modules -prune -o \( -name '*.cpp' -o -name '*.h' \) -print | sort)
if [ "${1:-}" = --fix ]; then
    "$formatter" -i --style=file "${files[@]}"
    exit 0
fi
if ! "$formatter" --dry-run --Werror --style=file "${files[@]}" 2>/tmp/check-format.$$; then
    grep -E '^[^ ].*(warning|error):' /tmp/check-format.$$ | cut -d: -f1 | sort -u | sed 's/^/unformatted: /' | head -50
    rm -f /tmp/check-format.$$
    echo "check-format: run tests/format/check-format.sh --fix (or cmake --build build --target format)" >&2
    exit 1
fi
rm -f /tmp/check-format.$$
echo "check-format: ${#files[@]} files formatted as .clang-format says"
