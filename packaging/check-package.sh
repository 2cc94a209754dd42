#!/usr/bin/env bash
# The Linux package, checked as a distribution would (issue 6): built with CPack from BUILD_DIR,
# unpacked into a scratch root, its desktop file and AppStream metadata validated, its
# dependencies computed, its man pages and icons present, and both programs run --version from
# the unpacked tree.
#   packaging/check-package.sh BUILD_DIR
set -euo pipefail

build=$(cd "${1:?usage: check-package.sh BUILD_DIR}" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

for tool in cpack dpkg-deb desktop-file-validate appstreamcli; do
  command -v "$tool" >/dev/null || fail "$tool is missing (./run setup installs it)"
done

(cd "$build" && cpack -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1) || { cat "$scratch/cpack.log"; fail "cpack"; }
deb=$(find "$scratch/out" -maxdepth 1 -name "deskhand_*.deb" | head -n 1)
[ -n "$deb" ] || fail "no .deb was made"
echo "package: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for library in libqt6widgets6 libqt6network6 libqt6sql6 libqt6keychain1 libsqlcipher0 qt6-qpa-plugins; do
  grep -q "$library" <<<"$depends" || fail "Depends lacks $library (shlibdeps)"
done

root=$scratch/root
dpkg-deb -x "$deb" "$root"
app_id=org.deskhand.Deskhand
for file in usr/bin/deskhand usr/bin/deskhand-cli \
            usr/share/applications/$app_id.desktop usr/share/metainfo/$app_id.metainfo.xml \
            usr/share/icons/hicolor/scalable/apps/$app_id.svg \
            usr/share/icons/hicolor/48x48/apps/$app_id.png usr/share/icons/hicolor/256x256/apps/$app_id.png \
            usr/share/man/man1/deskhand.1.gz usr/share/man/man1/deskhand-cli.1.gz \
            usr/share/deskhand/translations/deskhand_de.qm usr/share/deskhand/translations/deskhand_fr.qm \
            usr/share/deskhand/translations/deskhand_en.qm; do
  [ -e "$root/$file" ] || fail "the package lacks /$file"
done
# Nothing of the test or bench builds rides along.
if dpkg-deb -c "$deb" | grep -E 'sandbox|tst_|bench' >/dev/null; then
  fail "the package holds test or bench files"
fi

desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --explain "$root/usr/share/metainfo/$app_id.metainfo.xml" \
  || fail "appstreamcli validate"
zcat "$root/usr/share/man/man1/deskhand-cli.1.gz" >"$scratch/man.txt"
grep -q "^.TH DESKHAND-CLI 1" "$scratch/man.txt" || fail "man page"

version=$(dpkg-deb -f "$deb" Version)
cli=$("$root/usr/bin/deskhand-cli" --version)
[ "$cli" = "deskhand-cli $version" ] || fail "deskhand-cli --version said '$cli', the package is $version"
gui=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/deskhand" --version 2>/dev/null)
[ "$gui" = "Deskhand $version" ] || fail "deskhand --version said '$gui', the package is $version"
echo "the unpacked programs run: $cli; $gui"
echo "package checks passed"
