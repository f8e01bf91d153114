#!/usr/bin/env bash
# The libFuzzer target of issue 13 (Sources/bantin-fuzz): the cmark wrapper, the reader, front
# matter, legacy encodings and units.yml under coverage-guided mutation, with the promises of
# FuzzOracle checked on every input. Built apart (--scratch-path .build-fuzz, every Swift module
# instrumented with -sanitize=fuzzer); the target exists only when BANTIN_LIBFUZZER=1 (Package.swift).
# Usage: scripts/libfuzzer.sh [SECONDS]   (default 300). Seeds: the example site and the test
# fixtures, copied into .build-fuzz/corpus (libFuzzer adds what it finds there); a failing input is
# saved in .build-fuzz/artifacts/ and the run exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-300}"
scratch=.build-fuzz
BANTIN_LIBFUZZER=1 swift build --scratch-path "$scratch" --product bantin-fuzz -Xswiftc -sanitize=fuzzer -Xcc -gdwarf-4
mkdir -p "$scratch/corpus" "$scratch/artifacts"
# A seed is its file with one byte in front choosing the reader (FuzzInput.Target's order:
# markdown, plainText, docx, pdfText, unitsFile).
python3 - "$scratch/corpus" <<'PY'
import hashlib, pathlib, sys
out = pathlib.Path(sys.argv[1])
fixtures = pathlib.Path("Tests/BantinKitTests/Fixtures")
files = sorted(pathlib.Path("content").glob("*.md")) + [fixtures / "seed.md", pathlib.Path("units.yml")] \
    + sorted((fixtures / "formats").iterdir()) + sorted((fixtures / "fuzz").iterdir())
def target(path):
    name = path.name.lower()
    if name.endswith("units.yml"): return 4
    if name.endswith(".md"): return 0
    if name.endswith(".txt"): return 1
    if name.endswith(".docx"): return 2
    return None
for path in files:
    kind = target(path)
    if kind is None: continue
    data = path.read_bytes()
    kinds = [kind]
    if kind == 1:
        try:
            data.decode("utf-8"); kinds.append(3)   # a UTF-8 text is also a PDF's text layer
        except UnicodeDecodeError:
            pass
    for k in kinds:
        blob = bytes([k]) + data
        (out / hashlib.sha1(blob).hexdigest()).write_bytes(blob)
PY
exec "$scratch/debug/bantin-fuzz" -max_total_time="$seconds" -timeout=60 -rss_limit_mb=6144 -max_len=262144 \
    -artifact_prefix="$scratch/artifacts/" -print_final_stats=1 "$scratch/corpus"
