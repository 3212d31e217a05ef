#!/usr/bin/env bash
# The generated bash completion, driven the way bash drives it (COMP_WORDS, COMP_CWORD, then the
# function that `complete -p gatescope` names) in a non-interactive bash.
#   check-bash-completion.sh COMPLETION_FILE
set -euo pipefail
completion=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch"
touch capture.har requests.http
failures=0

# shellcheck source=/dev/null
source "$completion"
function=$(complete -p gatescope | sed -nE 's/.*-F ([^ ]+) .*/\1/p')
[ -n "$function" ] || { echo "no completion function registered for gatescope"; exit 1; }

# completes WORD… : the words bash offers when the cursor is at the end of the last word.
completes() {
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="$*"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    "$function" gatescope "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
    printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//'
}

expect() {
    local expected=$1; shift
    local actual
    actual=$(completes "$@")
    if [ "$actual" = "$expected" ]; then
        echo "ok   '$*' -> $actual"
    else
        echo "FAIL '$*': expected '$expected', got '$actual'"
        failures=$((failures + 1))
    fi
}

expect "diagnose"                     gatescope dia
expect "convert"                      gatescope conv
expect "html json md pdf text"        gatescope diagnose --format ""
expect "html json md pdf text"        gatescope diagnose -f ""
expect "html json md pdf text"        gatescope replay capture.har --format = ""
expect "json"                         gatescope diagnose --format j
expect "json text"                    gatescope probe --format ""
expect "curl har http k6 locust"      gatescope convert capture.har --to ""
expect "--format"                     gatescope diagnose --form
expect "capture.har"                  gatescope diagnose cap
expect "capture.har"                  gatescope diagnose capture.har -o cap
expect "capture.har requests.http"    gatescope diagnose ""
expect "capture.har"                  gatescope cap
expect "diagnose"                     gatescope help diag
expect "--check"                      gatescope lab --ch
expect "--color-scheme"               gatescope --col
expect "dark light system"            gatescope --color-scheme ""
[ $failures = 0 ] || { echo "$failures completion(s) wrong"; exit 1; }
