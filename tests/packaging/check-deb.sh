#!/usr/bin/env bash
# Builds the .deb from the build folder with CPack, unpacks it into a scratch root and checks it the
# way a Debian 12 user would meet it: the file list, the control fields, every Depends package
# known to apt (the Debian 12 archive), the installed binary's libraries, --version, and a diagnosis
# of a real capture by the installed binary.
#   check-deb.sh BUILD_DIR SOURCE_DIR [docs]   (docs: the build generates the man page and completions)
set -euo pipefail
build=$(cd "$1" && pwd)
source=$(cd "$2" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "check-deb: $*" >&2; exit 1; }

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 \
    || { cat "$scratch/cpack.log"; fail "cpack failed"; }
debs=("$scratch"/out/gatescope_*.deb)
[ ${#debs[@]} = 1 ] && [ -f "${debs[0]}" ] || fail "expected one gatescope_*.deb in $scratch/out"
deb=${debs[0]}
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

# Control fields.
for field in Package Version Architecture Maintainer Section Priority Description Depends; do
    [ -n "$(dpkg-deb -f "$deb" "$field")" ] || fail "control field $field is empty"
done
[ "$(dpkg-deb -f "$deb" Section)" = net ] || fail "Section is not net"
echo "Depends: $(dpkg-deb -f "$deb" Depends)"
echo "Recommends: $(dpkg-deb -f "$deb" Recommends)"
# No maintainer scripts: removal leaves nothing behind (caches are refreshed by dpkg triggers).
members=$(dpkg-deb -I "$deb" | awk '/^ +[0-9]+ bytes, +[0-9]+ lines/ {print $NF}' | sort | tr '\n' ' ')
case "$members" in
    "control md5sums " | "control md5sums shlibs ") ;;
    *) fail "unexpected control members: $members" ;;
esac

# Every Depends and Recommends package, with its version constraint, is in the apt archive.
check_relation() {
    local relation=$1 alternative ok=0
    IFS='|' read -ra alternatives <<<"$relation"
    for alternative in "${alternatives[@]}"; do
        local name op version candidate
        name=$(sed -E 's/^ *([^ (]+).*/\1/' <<<"$alternative")
        candidate=$(apt-cache show --no-all-versions "$name" 2>/dev/null | sed -n 's/^Version: //p' | head -n1)
        [ -n "$candidate" ] || continue
        if [[ $alternative =~ \(([<>=]+)\ *([^\)]+)\) ]]; then
            op=${BASH_REMATCH[1]}
            version=${BASH_REMATCH[2]}
            case "$op" in
                ">=") op=ge ;; "<=") op=le ;; "=") op=eq ;; ">>") op=gt ;; "<<") op=lt ;;
            esac
            dpkg --compare-versions "$candidate" "$op" "$version" || continue
        fi
        ok=1
    done
    [ $ok = 1 ] || fail "no package in the apt archive satisfies '$relation' (apt-get update run?)"
}
IFS=',' read -ra relations <<<"$(dpkg-deb -f "$deb" Depends), $(dpkg-deb -f "$deb" Recommends)"
for relation in "${relations[@]}"; do
    check_relation "$relation"
done
grep -q 'VERSION_ID="12"' /etc/os-release || echo "check-deb: note: this machine is not Debian 12"

# The file list, against the expected one (directories left out).
dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {print $6}' | sed 's|^\./|/|' | sort >"$scratch/files"
cat "$source/tests/packaging/deb-files.txt" >"$scratch/expected"
[ "${3:-}" = docs ] && cat "$source/tests/packaging/deb-files-docs.txt" >>"$scratch/expected"
if ! diff -u <(sort "$scratch/expected") "$scratch/files"; then
    fail "the package's files differ from tests/packaging/deb-files*.txt (above)"
fi

# Unpacked into a scratch root: the binary's libraries resolve and it runs.
root="$scratch/root"
dpkg -x "$deb" "$root"
binary="$root/usr/bin/gatescope"
[ -x "$binary" ] || fail "no executable /usr/bin/gatescope"
if ldd "$binary" | grep -q 'not found'; then
    ldd "$binary"
    fail "ldd: libraries of the installed binary do not resolve"
fi
file "$binary" | grep -q 'not stripped' && fail "the installed binary is not stripped"

export HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/data" XDG_CONFIG_HOME="$scratch/home/config"
version=$("$binary" --version)
echo "--version: $version"
grep -qE '^gatescope [0-9]+\.[0-9]+\.[0-9]+' <<<"$version" || fail "--version did not print 'gatescope X.Y.Z'"
# The Qt version comes with the command tables of the CLI (the same change as the docs).
if [ "${3:-}" = docs ]; then
    grep -q 'Qt 6\.' <<<"$version" || fail "--version did not name the Qt version"
fi

capture="$source/tests/core/diagnosis/data/real/nginx-502-curl-I.txt"
"$binary" diagnose "$capture" >"$scratch/diagnosis.txt" || fail "diagnose exited with $?"
grep -q '502' "$scratch/diagnosis.txt" || { cat "$scratch/diagnosis.txt"; fail "the diagnosis does not mention 502"; }
"$binary" diagnose "$capture" --format json >"$scratch/diagnosis.json" || fail "diagnose --format json failed"
python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); assert "gatescope.diagnosis" in json.dumps(d)' \
    "$scratch/diagnosis.json" || fail "diagnose --format json did not write a gatescope.diagnosis document"
echo "check-deb: ok"
