#!/usr/bin/env bash
# `gatescope FILE` — the entry point of the .desktop file (Exec=gatescope %F) — starts the window
# and imports FILE: the window is shown and the capture lands in the workspace (its data folder).
#   open-file.sh GATESCOPE_BINARY CAPTURE
set -euo pipefail
binary=$1
capture=$2
scratch=$(mktemp -d)
pid=
cleanup() {
    local status=$?
    if [ -n "$pid" ]; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    rm -rf "$scratch"
    exit "$status"
}
trap cleanup EXIT

export QT_QPA_PLATFORM=offscreen GATESCOPE_REPORT_STARTUP=1 HOME="$scratch" XDG_DATA_HOME="$scratch/data" \
    XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch"
cp "$capture" "$scratch/opened.har"
"$binary" "$scratch/opened.har" >"$scratch/stdout" 2>"$scratch/stderr" &
pid=$!

captures="$scratch/data/Gatescope/gatescope/captures"
for _ in $(seq 1 300); do
    if grep -q 'gatescope-startup: shown' "$scratch/stdout" && grep -lqs 'http://127.0.0.1:1/x' "$captures"/*.json; then
        echo "open-file: window shown, $(basename "$capture") imported into $(ls "$captures")"
        exit 0
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
done
echo "open-file: after 30 s the window was not shown or the capture not imported" >&2
cat "$scratch/stdout" "$scratch/stderr" >&2
ls -R "$scratch/data" >&2 || true
exit 1
