#!/usr/bin/env bash
# The rebuild after editing one conclusion against a full build (issue 11, point 4), on the bench's
# generated corpus. Usage: scripts/bench-rebuild.sh [N] [BANTIN]; default 1000 and the release build.
#   1. a full build with --no-cache into an empty output (the figure compare.sh times);
#   2. a build that fills the document cache, then one more with nothing changed;
#   3. one sentence of one conclusion edited, and the rebuild timed.
# Prints wall and CPU (user + system) of each, the rebuild's ratio to the full build, and what the
# rebuild read again and rewrote (from --timings).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-1000}"
bantin="$(realpath "${2:-$here/.build/release/bantin}")"
generator="$here/../shared/bench/gen_corpus.py"
[ -f "$generator" ] || generator="$here/scripts/gen_corpus.py"
work="$(mktemp -d "${BENCH_TMP:-/tmp}/bantin-rebuild.XXXXXX")"
trap 'rm -rf "$work"' EXIT
python3 "$generator" --count "$n" --out "$work/content" --seed 1 >/dev/null
cd "$work"
timed() {  # label, then the command; prints "label: wall s, cpu s"
    local label="$1"; shift
    /usr/bin/time -o "$work/time" -f '%e %U %S' "$@" > /dev/null 2> "$work/stderr" || { cat "$work/stderr"; exit 1; }
    read -r wall user sys < "$work/time"
    cpu=$(python3 -c "print(f'{$user + $sys:.2f}')")
    printf '%-34s %7.2f s wall %7s s CPU\n' "$label:" "$wall" "$cpu"
    echo "$wall"  > "$work/last"
}
build=("$bantin" build --quiet --content content --output public)
timed "full build (--no-cache)" "${build[@]}" --no-cache
full=$(cat "$work/last")
timed "build filling the cache" "${build[@]}"
timed "rebuild, nothing changed" "${build[@]}"
# The first file from the middle of the corpus on whose text has a sentence to edit.
python3 - content <<'PY'
import os, sys
folder = sys.argv[1]
names = sorted(os.listdir(folder))
marker = "tăng cường"
for name in names[len(names) // 2:] + names[:len(names) // 2]:
    path = os.path.join(folder, name)
    text = open(path, encoding="utf-8").read()
    if marker in text:
        open(path, "w", encoding="utf-8").write(text.replace(marker, "tăng cường hơn nữa", 1))
        print("edited: " + name)
        break
else:
    sys.exit("no sentence to edit in " + folder)
PY
timed "rebuild after editing one file" "${build[@]}" --timings
rebuild=$(cat "$work/last")
grep -E "bộ đệm|giữ nguyên" "$work/stderr" | sed 's/^ */  /'
python3 -c "print(f'rebuild / full build: {$rebuild / $full:.2f}x ($n conclusions)')"
