#!/usr/bin/env bash
# Runs the cmark wrapper under valgrind and fails on any definite leak.
#
# valgrind cannot run the Swift Testing runner itself (it dies inside libdispatch), so the wrapper
# is driven through the `bantin` executable over sites that take every path of
# Sources/Markdown/MarkdownDocument.swift: parsing, structure, raw HTML in safe mode,
# annotations (unit links, dates, anchors), rendering, and the refusals (invalid UTF-8, too large).
# Needs a debug build whose C code carries DWARF 4 (`swift build -Xcc -gdwarf-4`), which
# valgrind 3.19 can read.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/debug/bantin
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/site/content"
cp content/*.md "$work/site/content/"
cp bantin.yml "$work/site/"
cp Tests/BantinKitTests/Fixtures/corpus/0[5-9]-*.md "$work/site/content/"
printf 'THÔNG BÁO\n\nKết luận <b>thử</b>\n\nIII. Nhiệm vụ trọng tâm tháng 3/2026\n\nMột là, <script>x</script> Công an xã chủ trì **trước ngày 15/3/2026**.\n' > "$work/site/content/raw-html.md"

mkdir -p "$work/bad-utf8/content" "$work/too-large/content"
printf 'THÔNG BÁO\n\nBan \xa7\xb6ng\n' > "$work/bad-utf8/content/a.md"
printf 'max_file_kib: 1\n' > "$work/too-large/bantin.yml"
head -c 4000 /dev/zero | tr '\0' 'a' > "$work/too-large/content/a.md"

failed=0
run() {
  local name=$1; shift
  valgrind --leak-check=full --errors-for-leak-kinds=definite "$@" > "$work/$name.log" 2>&1 || true
  local lost
  lost=$(grep -E "definitely lost:" "$work/$name.log" | sed -E 's/.*definitely lost: ([0-9,]+) bytes.*/\1/' | tr -d ,)
  if [ -z "$lost" ]; then
    if grep -q "All heap blocks were freed" "$work/$name.log"; then lost=0; else
      echo "leak-check: $name: valgrind gave no leak summary"; tail -5 "$work/$name.log"; failed=1; return; fi
  fi
  if [ "$lost" != 0 ]; then
    echo "leak-check: $name: $lost bytes definitely lost"; grep -A15 "definitely lost in" "$work/$name.log" | head -40; failed=1
  else
    echo "leak-check: $name: no definite leaks"
  fi
}
run example "$bin" build --quiet --site "$work/site" --output "$work/out"
run invalid-utf8 "$bin" build --quiet --site "$work/bad-utf8" --output "$work/out2"
run too-large "$bin" build --quiet --site "$work/too-large" --output "$work/out3"
exit $failed
