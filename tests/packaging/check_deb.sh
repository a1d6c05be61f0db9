#!/usr/bin/env bash
# Builds the .deb with CPack from this build tree and checks it as a distribution would:
# lintian (errors fail; warnings are printed), desktop-file-validate, appstreamcli validate,
# the files it installs, its Depends, then extracts it into a temporary root, checks that ldd
# resolves every library of both programs, and runs `soip --version` and `soip-composer --version`
# from there (neither needs a display).
#   check_deb.sh BUILD_DIR VERSION
# Exit 77 (ctest: skipped) only when a tool is not installed; scripts/install-deps.sh test installs
# them all, so in CI this test runs.
set -uo pipefail
build_dir=$1
version=$2

for tool in cpack dpkg-deb dpkg-shlibdeps lintian desktop-file-validate appstreamcli ldd; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is not installed (scripts/install-deps.sh test installs it)"
        exit 77
    fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

echo "== cpack -G DEB"
if ! cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    echo "FAIL: cpack could not build the package"
    exit 1
fi
deb=$(ls "$work"/out/*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { cat "$work/cpack.log"; echo "FAIL: cpack made no .deb"; exit 1; }
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"
case $(basename "$deb") in
    soip-composer_"$version"-1_*.deb) ;;
    *) fail "the package is named $(basename "$deb"), expected soip-composer_$version-1_<arch>.deb" ;;
esac

echo "== control fields"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# Loaded at run time, so dpkg-shlibdeps cannot find them: they must be listed by hand.
for package in libsecret-1-0 gstreamer1.0-plugins-base gstreamer1.0-plugins-good libqt6sql6-sqlite \
               libqt6svg6 qt6-qpa-plugins; do
    grep -qE "(^|, )$package(,| |$)" <<<"$depends" || fail "Depends lacks $package (loaded at run time)"
done
# Found by dpkg-shlibdeps from the linked libraries.
for package in libqt6core6 libqt6widgets6 libqt6keychain1 libqt6charts6 libc6; do
    grep -qE "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package (dpkg-shlibdeps did not run?)"
done
[ "$(dpkg-deb -f "$deb" Version)" = "$version-1" ] || fail "Version is $(dpkg-deb -f "$deb" Version)"

echo "== lintian"
lintian --tag-display-limit 0 "$deb" >"$work/lintian.txt" 2>&1
grep -v "root privileges" "$work/lintian.txt"
if grep -q '^E:' "$work/lintian.txt"; then
    fail "lintian reports errors (E: lines above)"
fi

echo "== extract"
root="$work/root"
dpkg-deb -x "$deb" "$root" || { echo "FAIL: dpkg-deb -x"; exit 1; }
for file in usr/bin/soip usr/bin/soip-composer \
            usr/share/applications/invalid.example.SoipComposer.desktop \
            usr/share/metainfo/invalid.example.SoipComposer.metainfo.xml \
            usr/share/icons/hicolor/scalable/apps/soip-composer.svg \
            usr/share/icons/hicolor/16x16/apps/soip-composer.png \
            usr/share/icons/hicolor/48x48/apps/soip-composer.png \
            usr/share/icons/hicolor/256x256/apps/soip-composer.png \
            usr/share/icons/hicolor/512x512/apps/soip-composer.png \
            usr/share/man/man1/soip.1.gz usr/share/man/man1/soip-composer.1.gz \
            usr/share/doc/soip-composer/copyright usr/share/doc/soip-composer/changelog.Debian.gz; do
    [ -f "$root/$file" ] || fail "the package does not install /$file"
done
for size in 16 22 24 32 48 64 128 256 512; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/soip-composer.png"
    [ -f "$png" ] && ! file "$png" | grep -q "$size x $size" && fail "$png is not ${size}x${size}"
done

echo "== desktop-file-validate"
desktop-file-validate "$root"/usr/share/applications/*.desktop || fail "desktop-file-validate"
grep -q '^Exec=soip-composer' "$root"/usr/share/applications/*.desktop || fail "the desktop entry does not start soip-composer"
grep -q '^Icon=soip-composer$' "$root"/usr/share/applications/*.desktop || fail "the desktop entry names another icon"

echo "== appstreamcli validate --no-net"
appstreamcli validate --no-net "$root"/usr/share/metainfo/*.xml || fail "appstreamcli validate"

echo "== man pages"
for page in soip soip-composer; do
    zcat "$root/usr/share/man/man1/$page.1.gz" | grep -q '^\.TH' || fail "$page.1 is not a man page"
done
if command -v groff >/dev/null; then
    warnings=$(zcat "$root/usr/share/man/man1/soip.1.gz" | groff -man -Tutf8 -ww -z 2>&1)
    [ -z "$warnings" ] || fail "groff warns about soip.1: $warnings"
fi

echo "== ldd"
for program in soip soip-composer; do
    missing=$(ldd "$root/usr/bin/$program" 2>&1 | grep "not found")
    [ -z "$missing" ] || fail "$program needs libraries that are not installed: $missing"
done

echo "== --version from the extracted package"
for program in soip soip-composer; do
    output=$(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM= timeout 20 "$root/usr/bin/$program" --version 2>&1)
    status=$?
    echo "$program --version: $output"
    [ $status -eq 0 ] || fail "$program --version exited with $status"
    grep -q "^$program $version " <<<"$output" || fail "$program --version does not print '$program $version'"
done

echo "== Hindi from the extracted package"
# The translations are embedded in the programs: a Hindi system gets Hindi output.
mkdir -p "$work/home"
hindi=$(env -u LANGUAGE HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" LC_ALL= LANG=hi_IN.UTF-8 timeout 20 "$root/usr/bin/soip" --help 2>&1)
echo "$hindi" | head -n 2
grep -q 'उपयोग' <<<"$hindi" || fail "soip --help under LANG=hi_IN.UTF-8 is not in Hindi"

if [ $failures -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "OK: the .deb builds, installs what it should, and passes lintian, desktop-file-validate and appstreamcli"
