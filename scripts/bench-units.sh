#!/usr/bin/env bash
# Time of `bantin tasks` and `bantin build` against the number of units declared in units.yml
# (issue 13, point 8: each unit added about 12 ms to a build). Usage:
# scripts/bench-units.sh [BANTIN] [N …]; default the release build and 1000 2000 4000. Prints the
# wall time and the CPU time (user + system, which a machine shared with other builds disturbs
# less); the growth from one N to the next should stay near the ratio of the Ns.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bantin="$(realpath "${1:-$here/.build/release/bantin}")"
shift || true
if [ "$#" -gt 0 ]; then counts=("$@"); else counts=(1000 2000 4000); fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/content"
cp "$here/content/"*.md "$work/content/"
for n in "${counts[@]}"; do
    python3 - "$n" "$work/units.yml" <<'PY'
import sys
n, path = int(sys.argv[1]), sys.argv[2]
kinds = ["chi-bo", "thon-xom", "khac"]
names = {"chi-bo": "Chi bộ số %d", "thon-xom": "Xóm số %d", "khac": "Tổ công tác %d"}
lines = ["units:"]
for i in range(n):
    kind = kinds[i % 3]
    lines.append('  - id: u-%d\n    name: "%s"\n    kind: %s\n    aliases: ["Đơn vị %d"]' % (i, names[kind] % i, kind, i))
open(path, "w").write("\n".join(lines) + "\n")
PY
    cd "$work"
    /usr/bin/time -o "$work/time" -f '%e %U %S' "$bantin" tasks --format json > /dev/null 2>&1
    tasks=$(cat "$work/time")
    /usr/bin/time -o "$work/time" -f '%e %U %S' "$bantin" build --quiet > /dev/null 2>&1
    build=$(cat "$work/time")
    read -r tw tu ts <<< "$tasks"
    read -r bw bu bs <<< "$build"
    printf '%6d units: tasks %6.2f s (cpu %6.2f s), build %6.2f s (cpu %6.2f s), %d files\n' \
        "$n" "$tw" "$(echo "$tu + $ts" | bc)" "$bw" "$(echo "$bu + $bs" | bc)" "$(find public -type f | wc -l)"
    cd - > /dev/null
done
