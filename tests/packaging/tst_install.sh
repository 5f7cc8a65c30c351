#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Headroom contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs Headroom into a temporary root as its package does and uses it from there: the installed CLI analyses an
# installed example with the installed catalog; the desktop entry, the MIME type and the AppStream metainfo pass their
# validators; the icons and the man page are there; the Debian package holds the programs and depends on the QML
# modules the window loads. Usage: tst_install.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

DESTDIR=$root cmake --install "$build" --prefix /usr >/dev/null
usr=$root/usr
id=org.headroom_planner.Headroom

[[ $("$usr/bin/headroom-cli" --version) == "headroom-cli $version" ]] || fail "headroom-cli --version"
[[ $(QT_QPA_PLATFORM=offscreen "$usr/bin/headroom" --version) == "Headroom $version" ]] || fail "headroom --version"
analysis=$("$usr/bin/headroom-cli" analyze "$usr/share/headroom/examples/02-interface-250-ohm-headphones.headroom")
grep -q "Beyerdynamic DT 990 PRO (250 ohm) (Mix engineer): marginal" <<<"$analysis" || fail "the installed CLI did not analyse the example"
grep -q "catalog" <<<"$analysis" && fail "the installed CLI did not find the installed catalog: $analysis"

desktop-file-validate "$usr/share/applications/$id.desktop" || fail "desktop entry"
appstreamcli validate --no-net "$usr/share/metainfo/$id.metainfo.xml" >/dev/null || fail "AppStream metainfo"
update-mime-database "$usr/share/mime"
grep -qx "50:application/x-headroom-project:\*.headroom" "$usr/share/mime/globs2" || fail "the .headroom glob is not registered"
for size in 16 32 48 64 128 256; do
  [[ -s $usr/share/icons/hicolor/${size}x$size/apps/$id.png ]] || fail "no $size px icon"
done
[[ -s $usr/share/icons/hicolor/scalable/apps/$id.svg ]] || fail "no scalable icon"
grep -q '^\.TH HEADROOM-CLI 1' "$usr/share/man/man1/headroom-cli.1" || fail "man page"
grep -q '^\.SS gear' "$usr/share/man/man1/headroom-cli.1" || fail "the man page lacks the gear command"
[[ -s $usr/share/doc/headroom/copyright ]] || fail "copyright file"

(cd "$build" && cpack -G DEB -B "$root/deb" >/dev/null)
deb=$(echo "$root"/deb/headroom_"$version"_*.deb)
[[ -f $deb ]] || fail "no package built"
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/headroom ./usr/bin/headroom-cli ./usr/share/headroom/catalog.sqlite ./usr/share/applications/$id.desktop; do
  grep -q " $path\$" <<<"$contents" || fail "the package lacks $path"
done
depends=$(dpkg-deb -f "$deb" Depends)
for package in libqt6core6 libsndfile1 qml6-module-qtquick-controls libqt6sql6-sqlite; do
  grep -q "$package" <<<"$depends" || fail "the package does not depend on $package: $depends"
done
echo "PASS: installed into $root, analysed an example, validated the desktop files, built $(basename "$deb")"
