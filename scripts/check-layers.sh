#!/usr/bin/env bash
# Checks what the dependency graph of Package.swift cannot: which file may import what, and that
# the stages keep to their trade. Run by `make test`; prints every violation and fails on any.
#   - CCmark only in Sources/Markdown; Mustache only in Sources/BantinRender/Templates; Yams only in
#     Sources/BantinKit/Loading.
#   - BantinCore, BantinFormats and BantinSite: no file or process APIs, no HTML in code.
#   - BantinRender: no file or process APIs.
#   - Markdown and DocumentTree: nothing Vietnamese outside comments.
#   - The read API (Sources/BantinKit/Reading) never reaches rendering.
#   - No `@retroactive`, no `@unchecked Sendable` but the result slots of ParallelMap.
set -euo pipefail
cd "$(dirname "$0")/.."
failed=0
fail() { echo "check-layers: $1"; failed=1; }

# Code lines only (comments dropped), as "file:line: text".
code() { grep -rnH --include='*.swift' -v -E '^\s*//' "$@" || true; }

only_in() {  # only_in MODULE ALLOWED_DIR
  local hits
  hits=$(grep -rlE --include='*.swift' "^\s*(@_exported )?import $1\b" Sources | grep -v "^$2/" || true)
  [ -z "$hits" ] || fail "import $1 outside $2: $hits"
}
only_in CCmark Sources/Markdown
only_in Mustache Sources/BantinRender/Templates
only_in Yams Sources/BantinKit/Loading

file_apis='FileManager|FileHandle|fileURLWithPath|contentsOfFile|Data\(contentsOf|\bfopen\(|(^|[^.[:alnum:]_])open\(|\bwrite\(fd|ProcessInfo|Process\(\)|\.write\(to:|\.write\(toFile:'
for dir in Sources/BantinCore Sources/BantinFormats Sources/BantinSite Sources/BantinRender; do
  hits=$(code "$dir" | grep -E "$file_apis" || true)
  [ -z "$hits" ] || fail "file or process API in $dir (only BantinKit touches the disk):"$'\n'"$hits"
done
for dir in Sources/BantinCore Sources/BantinFormats Sources/BantinSite; do
  hits=$(grep -rlE --include='*.swift' '^\s*import (Markdown|Mustache|Yams|CCmark|BantinRender|BantinKit)\b' "$dir" || true)
  [ -z "$hits" ] || fail "$dir imports a later stage or a format library: $hits"
  # The workbook writer spells SpreadsheetML, the one XML format bantin writes outside rendering.
  hits=$(code "$dir" | grep -E '"[^"]*<(/?[a-zA-Z][a-zA-Z0-9]*)( |>|/)' | grep -v '^Sources/BantinFormats/Spreadsheet/XLSXWriter.swift:' || true)
  [ -z "$hits" ] || fail "HTML in $dir (only BantinRender writes HTML):"$'\n'"$hits"
done
for dir in Sources/Markdown Sources/DocumentTree; do
  hits=$(code "$dir" | grep -P '[^\x00-\x7F]' || true)
  [ -z "$hits" ] || fail "$dir knows something Vietnamese:"$'\n'"$hits"
  hits=$(grep -rlE --include='*.swift' '^\s*import Bantin' "$dir" || true)
  [ -z "$hits" ] || fail "$dir imports bantin's own targets: $hits"
done
hits=$(grep -rlE --include='*.swift' '^\s*import BantinRender\b' Sources/BantinKit/Reading || true)
[ -z "$hits" ] || fail "the read API reaches rendering: $hits"

hits=$(code Sources | grep -E '@retroactive|@unchecked Sendable' | grep -v '^Sources/BantinSite/Support/ParallelMap.swift:.*final class ResultSlots' || true)
[ -z "$hits" ] || fail "unchecked conformances:"$'\n'"$hits"

[ $failed = 0 ] && echo "check-layers: every target keeps to its stage"
exit $failed
