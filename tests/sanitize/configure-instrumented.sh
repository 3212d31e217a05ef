#!/usr/bin/env bash
# Configures (and builds) the one instrumented build that both the sanitizer run and the fuzzers
# use: clang, AddressSanitizer + UndefinedBehaviorSanitizer (+ LeakSanitizer, part of ASan on Linux),
# libFuzzer coverage instrumentation, -O1 with line tables only (fast to build, still symbolised).
#
#   tests/sanitize/configure-instrumented.sh [cmake --build args]    build dir: build-asan/
#
# GATESCOPE_ASAN_BUILD_DIR overrides the directory, JOBS (default: all cores) the build jobs.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build="${GATESCOPE_ASAN_BUILD_DIR:-$root/build-asan}"
jobs=${JOBS:-$(nproc)}
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" -DGATESCOPE_WERROR=ON \
    -DGATESCOPE_SANITIZE=ON -DGATESCOPE_FUZZ=ON -DGATESCOPE_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build "$build" -j"$jobs" "$@"
