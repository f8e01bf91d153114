#!/usr/bin/env bash
# Regenerates the screenshots of the Vietnamese guide (docs/anh/*.png) from the real example site:
# builds it into a temporary folder and photographs pages with headless Chromium (Debian's chromium).
#   scripts/screenshots.sh [BANTIN]      (default: .build/debug/bantin)
# The PNGs are committed; run this after a change to the pages, then look at them.
set -euo pipefail
cd "$(dirname "$0")/.."
bantin=${1:-.build/debug/bantin}
chromium=$(command -v chromium || command -v chromium-browser)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
SOURCE_DATE_EPOCH=1769731200 "$bantin" build --quiet --output "$work/public" >/dev/null
mkdir -p docs/anh
shot() {  # shot PAGE NAME WIDTH HEIGHT
  "$chromium" --headless --no-sandbox --disable-gpu --no-first-run --disable-dev-shm-usage \
    --user-data-dir="$work/profile" --hide-scrollbars --force-device-scale-factor=1 \
    --window-size="$3,$4" --screenshot="docs/anh/$2.png" "file://$work/public/$1" 2>/dev/null
  echo "docs/anh/$2.png"
}
shot index.html trang-chu 1000 760
shot ket-luan/ket-luan-thang-02-2026.html ban-tin 1000 1100
shot nhiem-vu.html nhiem-vu 1000 760
shot don-vi/bchqs.html don-vi 1000 900
shot lich/2026-02.html lich 1000 900
