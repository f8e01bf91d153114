#!/usr/bin/env bash
# Makes the Debian package of bantin for the intranet server: dist/bantin_<version>_<arch>.deb.
#   scripts/make-deb.sh BINARY VERSION     (make deb: the release binary, Swift runtime linked statically)
# The package holds /usr/bin/bantin, the docs (the Vietnamese guide, the systemd unit) and depends on
# the Debian packages of the shared libraries the binary links (read with ldd: libcmark, libc, …)
# plus poppler-utils, whose pdftotext reads PDFs. Installing it needs no Swift.
# DEB_OUT= chooses the folder (dist), DEB_COMPRESSION= the compressor (xz; the tests use none).
set -euo pipefail
cd "$(dirname "$0")/.."
binary=$1
version=$2
arch=$(dpkg --print-architecture)
out=${DEB_OUT:-dist}
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

# Packages owning the libraries the binary needs (usrmerge: /lib is /usr/lib).
depends=$(ldd "$binary" | awk '/=> \//{print $3}' | while read -r lib; do
  dpkg -S "$lib" 2>/dev/null || dpkg -S "/usr$lib" 2>/dev/null || true
done | cut -d: -f1 | sort -u | paste -sd, - | sed 's/,/, /g')
depends="${depends:+$depends, }poppler-utils"

root="$stage/bantin_${version}_${arch}"
install -d "$root/DEBIAN" "$root/usr/bin" "$root/usr/share/doc/bantin"
install -m 755 "$binary" "$root/usr/bin/bantin"
install -m 644 README.md "$root/usr/share/doc/bantin/README.md"
for f in docs/*; do [ -f "$f" ] && install -m 644 "$f" "$root/usr/share/doc/bantin/"; done
size=$(du -sk "$root/usr" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: bantin
Version: $version
Architecture: $arch
Maintainer: bantin <bantin@localhost>
Installed-Size: $size
Depends: $depends
Section: web
Priority: optional
Description: static site generator for the conclusions of a commune Party committee
 bantin turns the conclusions ("thông báo kết luận") of a commune Party office into a static
 website for the intranet: bulletins printable on A4, task tables, deadline calendars with
 lunar dates and per-unit pages. bantin build --watch rebuilds it when the office saves a file
 into the shared folder (see /usr/share/doc/bantin/bantin-watch.service).
CONTROL
mkdir -p "$out"
dpkg-deb --root-owner-group -Z"${DEB_COMPRESSION:-xz}" --build "$root" "$out/bantin_${version}_${arch}.deb" >/dev/null
echo "$out/bantin_${version}_${arch}.deb"
