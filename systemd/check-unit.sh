#!/bin/sh
# Checks the service unit: `systemd-analyze verify` must be clean and
# `systemd-analyze security --offline=true` must score 1.0 or lower.
#
# verify needs the ExecStart= binary to exist, and the installed path does not exist on a
# build machine: a copy of the unit is verified with ExecStart= pointed at BINARY (the first
# argument; default: the debug build, else /bin/true). Everything else is verified as is.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
unit="$here/articled.service"
binary=${1:-"$here/../.build/debug/articled"}
[ -x "$binary" ] || binary=/bin/true
binary=$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")
if ! command -v systemd-analyze >/dev/null 2>&1; then
    echo "check-unit: systemd-analyze is missing (apt-get install -y systemd)" >&2
    exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed "s#^ExecStart=/usr/local/bin/articled #ExecStart=$binary #" "$unit" > "$work/articled.service"
grep -q "^ExecStart=$binary " "$work/articled.service"
if ! systemd-analyze verify --man=no "$work/articled.service" > "$work/verify.log" 2>&1 || [ -s "$work/verify.log" ]; then
    echo "check-unit: systemd-analyze verify is not clean:" >&2
    cat "$work/verify.log" >&2
    exit 1
fi
echo "check-unit: systemd-analyze verify: clean"
# --threshold is on a 0-100 scale: 10 is an overall exposure of 1.0.
if ! systemd-analyze security --offline=true --threshold=10 "$unit" > "$work/security.log" 2>&1; then
    cat "$work/security.log" >&2
    echo "check-unit: exposure above 1.0" >&2
    exit 1
fi
grep "Overall exposure level" "$work/security.log" | sed 's/^→ */check-unit: /'
