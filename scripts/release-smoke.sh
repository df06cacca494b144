#!/usr/bin/env bash
# Builds the daemon as it is installed (release mode) and runs it over the test articles:
# the optimizer can break what the debug build's tests pass (a Swift 6.3 miscompile once
# crashed the release build while loading the word lists), so CI checks the release binary too.
# Each result must match the debug build's, but for the timings and the processing time.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product articled
release=$(swift build -c release --show-bin-path)/articled
debug=$(swift build --show-bin-path)/articled
[ -x "$debug" ] || swift build --product articled
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for article in Tests/Fixtures/articles/*; do
    name=$(basename "$article")
    # Timings and the processing time differ from run to run; everything else must not.
    strip='s/"ms":[0-9.e-]*//g; s/"processed_at":"[^"]*"//'
    if ! "$release" process - < "$article" > "$work/release.json"; then
        echo "release-smoke: the release build failed on $name" >&2; status=1; continue
    fi
    "$debug" process - < "$article" > "$work/debug.json"
    if ! diff <(sed -E "$strip" "$work/release.json") <(sed -E "$strip" "$work/debug.json") >/dev/null; then
        echo "release-smoke: release and debug builds disagree on $name" >&2; status=1
    fi
done
[ "$status" -eq 0 ] && echo "release-smoke: release build matches debug on $(ls Tests/Fixtures/articles | wc -l) articles"
exit "$status"
