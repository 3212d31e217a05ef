#!/usr/bin/env bash
# Builds the whole project with AddressSanitizer + UndefinedBehaviorSanitizer (LeakSanitizer comes
# with ASan on Linux) in build-asan/ (clang; the same build serves tests/fuzz/run-fuzzers.sh) and
# runs the CTest suite in it; any sanitizer report fails the test that produced it.
#
#   tests/sanitize/run-sanitized.sh [ctest args]      e.g.  tests/sanitize/run-sanitized.sh -R probe
#
# Tests with these labels are left out: benchmark (timings, not correctness), gateways (they
# time real nginx/HAProxy/Apache/Varnish/Squid/Caddy processes, which are not ours to sanitize) and
# format and packaging (no code of ours runs, or it runs the release package) and realworld (the
# gatescope binary over hundreds of real captures: the same readers are fuzzed under the sanitizers).
# Override with GATESCOPE_SANITIZE_EXCLUDE='regex'. JOBS (default: all cores) sets build and test jobs.
# Suppressions, only for third-party noise, are in tests/sanitize/*.supp, one reason per line.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build="${GATESCOPE_ASAN_BUILD_DIR:-$root/build-asan}"
jobs=${JOBS:-$(nproc)}
exclude=${GATESCOPE_SANITIZE_EXCLUDE:-benchmark|gateways|format|packaging|realworld}
supp="$root/tests/sanitize"

started=$(date +%s)
GATESCOPE_ASAN_BUILD_DIR="$build" JOBS="$jobs" "$root/tests/sanitize/configure-instrumented.sh"
built=$(date +%s)

export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:detect_leaks=1:detect_stack_use_after_return=1:strict_init_order=1:check_initialization_order=1:detect_odr_violation=2:suppressions=$supp/asan.supp"
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$supp/ubsan.supp"

set +e
(cd "$build" && ctest --output-on-failure -j"$jobs" -LE "$exclude" "$@")
status=$?
set -e
finished=$(date +%s)
echo "run-sanitized: build $((built - started)) s, tests $((finished - built)) s, total $((finished - started)) s (jobs $jobs, excluded labels: $exclude)"
exit $status
