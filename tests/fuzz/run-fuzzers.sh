#!/usr/bin/env bash
# Runs every Gatescope fuzz target under libFuzzer + AddressSanitizer + UndefinedBehaviorSanitizer.
#
#   tests/fuzz/run-fuzzers.sh [SECONDS_PER_TARGET] [TARGET...]
#
#   SECONDS_PER_TARGET  default 60 (the CI budget); the long local run:  tests/fuzz/run-fuzzers.sh 3600
#   TARGET              reader har curl rawhttp httpfile rulepack h2 (default: all)
#
# Builds the fuzz_* targets in the instrumented clang build build-asan/ (the one the sanitizer run
# uses too: tests/sanitize/configure-instrumented.sh) and runs each one for the given time, JOBS
# (default: all cores) targets at once. New interesting inputs collect in
# build-asan/fuzz-work/<target>/corpus (the checked-in seeds in tests/fuzz/corpus/<target> are read,
# never written); a crash, leak, sanitizer report or timeout leaves its input in
# build-asan/fuzz-work/<target>/crashes/ — minimise it (fuzz_<target> -minimize_crash=1 FILE), fix
# the bug, and check the input in as tests/fuzz/corpus/<target>/regression-<what>, so every normal
# build replays it from then on. Exit status: 0 when no target found anything.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build="${GATESCOPE_ASAN_BUILD_DIR:-$root/build-asan}"
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(reader har curl rawhttp httpfile rulepack h2)
jobs=${JOBS:-$(nproc)}

GATESCOPE_ASAN_BUILD_DIR="$build" JOBS="$jobs" "$root/tests/sanitize/configure-instrumented.sh" --target "${targets[@]/#/fuzz_}"

export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:allocator_may_return_null=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:${UBSAN_OPTIONS:-}"
export QT_LOGGING_RULES="*.debug=false"
# Qt seeds QHash randomly per process; fixed, a run's coverage feedback depends only on its inputs.
export QT_HASH_SEED=0

# GATESCOPE_FUZZ_SEED=N (N > 0) makes a run reproducible: libFuzzer's mutations start from seed N,
# the corpus is not re-read mid-run, and with GATESCOPE_FUZZ_RUNS=M each target stops after M
# inputs (or at the time limit, whichever comes first — a prefix of the same sequence). The test
# command uses this, so CI repeats exactly the inputs that were fuzzed before the change landed;
# the long local run leaves both unset and explores with a fresh random seed every time.
fixed=()
if [ "${GATESCOPE_FUZZ_SEED:-0}" != 0 ]; then
    fixed=(-seed="$GATESCOPE_FUZZ_SEED" -reload=0)
    [ -n "${GATESCOPE_FUZZ_RUNS:-}" ] && fixed+=(-runs="$GATESCOPE_FUZZ_RUNS")
fi

# Where a target's findings go: crashes/, or crashes-seedN/ (emptied first) for a reproducible run.
crash_dir() {
    if [ ${#fixed[@]} -ne 0 ]; then echo "$build/fuzz-work/$1/crashes-seed$GATESCOPE_FUZZ_SEED"; else echo "$build/fuzz-work/$1/crashes"; fi
}

fuzz_one() {
    local target=$1 work="$build/fuzz-work/$1"
    local corpus="$work/corpus" crashes
    crashes=$(crash_dir "$target")
    local inputs=("$corpus" "$root/tests/fuzz/corpus/$target")
    if [ ${#fixed[@]} -ne 0 ]; then
        # Reproducible: an empty corpus of its own, and the seeds as a list in a fixed order (a
        # directory would be read in the file system's order, which differs between machines).
        corpus="$work/corpus-seed$GATESCOPE_FUZZ_SEED"
        rm -rf "$corpus" "$crashes"
        inputs=(-seed_inputs="$(find "$root/tests/fuzz/corpus/$target" -type f | LC_ALL=C sort | paste -sd, -)" "$corpus")
    fi
    mkdir -p "$corpus" "$crashes"
    set +e
    "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 "${fixed[@]}" \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$crashes/" \
        "${inputs[@]}" >"$work/log" 2>&1
    echo $? >"$work/status"
    set -e
}

# Run `jobs` targets at a time.
echo "== fuzzing ${targets[*]} for ${seconds}s each, $jobs at a time ${fixed[*]}"
running=0
for target in "${targets[@]}"; do
    fuzz_one "$target" &
    running=$((running + 1))
    if [ $running -ge "$jobs" ]; then
        wait -n || true
        running=$((running - 1))
    fi
done
wait

failed=()
summary=""
for target in "${targets[@]}"; do
    work="$build/fuzz-work/$target"
    status=$(cat "$work/status" 2>/dev/null || echo 1)
    runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$work/log" | grep -Eo '[0-9]+$' || echo "?")
    peak=$(grep -Eo 'stat::peak_rss_mb: *[0-9]+' "$work/log" | grep -Eo '[0-9]+$' || echo "?")
    cov=$(grep -Eo 'cov: [0-9]+' "$work/log" | tail -1 | grep -Eo '[0-9]+' || echo "?")
    crashes=$(find "$(crash_dir "$target")" -type f | wc -l)
    line=$(printf '%-9s %10s executions  cov %6s  peak %5s MB  %2d crash file(s)  exit %d' \
        "$target" "$runs" "$cov" "$peak" "$crashes" "$status")
    summary+="$line"$'\n'
    if [ "$status" -ne 0 ] || [ "$crashes" -ne 0 ]; then
        failed+=("$target")
        echo "== fuzz_$target found something; the end of its log:"
        tail -40 "$work/log"
    fi
done
echo
echo "== summary (${seconds}s per target)"
printf '%s' "$summary"
if [ ${#failed[@]} -ne 0 ]; then
    echo "findings in: ${failed[*]} (inputs in $(crash_dir '<target>'))"
    exit 1
fi
