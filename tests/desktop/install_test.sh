#!/usr/bin/env bash
# `cmake --install` into a temporary DESTDIR (and once with --prefix) puts every file where the
# freedesktop specs look for it; the menu's cache maps application/x-etappe to etappe.desktop;
# the installed binary finds its installed sample and writes a PDF brief.
# usage: install_test.sh CMAKE BUILD_DIR PREFIX BINDIR DATADIR
set -euo pipefail
cmake="$1" build="$2" prefix="$3" bindir="$4" datadir="$5"
fail() { echo "FAIL: $*" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

DESTDIR="$work/dest" "$cmake" --install "$build" >"$work/install.log" || { cat "$work/install.log"; fail "cmake --install"; }
# An absolute BINDIR/DATADIR is used as it is; a relative one lies under the prefix.
under() { case "$1" in /*) echo "$work/dest$1" ;; *) echo "$work/dest$prefix/$1" ;; esac; }
bin="$(under "$bindir")"
share="$(under "$datadir")"

expect() { [ -f "$1" ] || fail "not installed: ${1#"$work/dest"}"; }
expect "$bin/etappe"
[ -x "$bin/etappe" ] || fail "the binary is not executable"
expect "$share/applications/etappe.desktop"
expect "$share/mime/packages/etappe.xml"
expect "$share/icons/hicolor/scalable/apps/etappe.svg"
expect "$share/icons/hicolor/scalable/mimetypes/application-x-etappe.svg"
expect "$share/etappe/sample/sample.etappe"
png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{ print $3 * 256 + $4 "x" $7 * 256 + $8 }'; }
for size in 16 22 24 32 48 64 128 256; do
  for icon in "apps/etappe.png" "mimetypes/application-x-etappe.png"; do
    file="$share/icons/hicolor/${size}x${size}/$icon"
    expect "$file"
    [ "$(png_size "$file")" = "${size}x${size}" ] || fail "$file is $(png_size "$file"), not ${size}x${size}"
  done
done
desktop-file-validate "$share/applications/etappe.desktop" || fail "the installed desktop entry does not validate"

# What the desktop does after a package install: the double-click association and the glob.
update-desktop-database "$share/applications"
grep -q "^application/x-etappe=etappe.desktop;" "$share/applications/mimeinfo.cache" ||
  fail "update-desktop-database does not map application/x-etappe to etappe.desktop"
update-mime-database "$share/mime"
grep -q "application/x-etappe:\*\.etappe" "$share/mime/globs2" || fail "the installed MIME type has no *.etappe glob"

# The installed binary runs without the source tree's help: a PDF brief of its installed sample.
env -u ETAPPE_ASSETS_DIR "$bin/etappe" --sample --brief Strassberger --out "$work/brief.pdf" >/dev/null ||
  fail "the installed binary cannot write a brief"
[ "$(head -c 5 "$work/brief.pdf")" = "%PDF-" ] || fail "the installed binary wrote no PDF"

# Another prefix at install time.
"$cmake" --install "$build" --prefix "$work/elsewhere" >"$work/install.log" || { cat "$work/install.log"; fail "cmake --install --prefix"; }
case "$bindir" in /*) ;; *) [ -x "$work/elsewhere/$bindir/etappe" ] || fail "--prefix: no $bindir/etappe" ;; esac
case "$datadir" in /*) ;; *) [ -f "$work/elsewhere/$datadir/applications/etappe.desktop" ] || fail "--prefix: no desktop entry" ;; esac
echo "installed as the freedesktop specs expect"
