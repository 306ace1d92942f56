#!/usr/bin/env bash
# The desktop entry and the MIME type as the freedesktop tools read them: desktop-file-validate,
# xmllint (well-formed; the type and its glob), and update-mime-database, which must map *.etappe
# to application/x-etappe. Tools from desktop-file-utils, libxml2-utils and shared-mime-info.
# usage: desktop_files_test.sh ASSETS_DIR
set -euo pipefail
assets="$1"
desktop="$assets/etappe.desktop"
mime="$assets/etappe-mime.xml"
fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in desktop-file-validate xmllint update-mime-database; do
  command -v "$tool" >/dev/null || fail "$tool is missing (scripts/setup-deps installs it)"
done

desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $desktop"
key() { grep -E "^$1=" "$desktop" | head -1 | cut -d= -f2-; }
for k in Name GenericName Comment 'GenericName\[de\]' 'Comment\[de\]'; do
  [ -n "$(key "$k")" ] || fail "$desktop has no $k"
done
[ "$(key Type)" = Application ] || fail "Type is not Application"
[ "$(key Exec)" = "etappe %f" ] || fail "Exec is '$(key Exec)', not 'etappe %f'"
[ "$(key MimeType)" = "application/x-etappe;" ] || fail "MimeType is '$(key MimeType)'"
[ "$(key Categories)" = "Office;" ] || fail "Categories is '$(key Categories)'"
[ -f "$assets/icons/$(key Icon).svg" ] || fail "Icon=$(key Icon) has no assets/icons/$(key Icon).svg"

xmllint --noout "$mime" || fail "xmllint: $mime is not well-formed"
type="$(xmllint --xpath "string(//*[local-name()='mime-type']/@type)" "$mime")"
glob="$(xmllint --xpath "string(//*[local-name()='mime-type']/*[local-name()='glob']/@pattern)" "$mime")"
[ "$type" = application/x-etappe ] || fail "the MIME type is '$type'"
[ "$glob" = "*.etappe" ] || fail "the glob is '$glob'"
xmllint --noout "$assets/icons/etappe.svg" || fail "the icon is not well-formed SVG"

# shared-mime-info itself compiles the package and knows the glob afterwards.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/mime/packages"
cp "$mime" "$work/mime/packages/etappe.xml"
update-mime-database "$work/mime" || fail "update-mime-database rejects $mime"
grep -q "application/x-etappe:\*\.etappe" "$work/mime/globs2" || fail "update-mime-database did not register *.etappe"
echo "desktop entry and MIME type pass"
