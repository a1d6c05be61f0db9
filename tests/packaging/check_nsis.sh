#!/usr/bin/env bash
# Builds the Windows NSIS installer script from this (Linux) build tree and compiles it with
# makensis, so the NSIS configuration (icons, licence page, Start-menu shortcuts, uninstaller,
# finish-page "run") is checked on Linux. The installer made here holds the Linux programs and is
# thrown away; the real one is built on Windows by .github/workflows/build.yml.
#   check_nsis.sh BUILD_DIR
# Exit 77 (ctest: skipped) only when makensis is not installed (scripts/install-deps.sh test installs it).
set -uo pipefail
build_dir=$1
command -v makensis >/dev/null || { echo "SKIP: makensis is not installed (package nsis)"; exit 77; }
command -v cpack >/dev/null || { echo "SKIP: cpack is not installed"; exit 77; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# zlib instead of the release's lzma: the same script, compiled in a fraction of the time.
if ! cpack --config "$build_dir/CPackConfig.cmake" -G NSIS -B "$work/out" -D CPACK_NSIS_COMPRESSOR=zlib \
        >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    find "$work/out" -name NSISOutput.log -exec tail -n 30 {} \;
    echo "FAIL: makensis could not build the installer"
    exit 1
fi
installer=$(ls "$work"/out/*.exe 2>/dev/null | head -n 1)
[ -n "$installer" ] || { echo "FAIL: no installer was made"; exit 1; }
file "$installer" | grep -q "PE32" || fail "$(basename "$installer") is not a Windows executable"
script=$(find "$work/out" -name project.nsi | head -n 1)

expect() {
    grep -qF -- "$1" "$script" || fail "the installer script lacks: $1 ($2)"
}
expect 'CreateShortCut "$SMPROGRAMS\$STARTMENU_FOLDER\SOIP Composer.lnk" "$INSTDIR\bin\soip-composer.exe"' \
    "Start-menu shortcut"
expect 'CreateShortCut "$SMPROGRAMS\$STARTMENU_FOLDER\Uninstall.lnk" "$INSTDIR\Uninstall.exe"' "uninstall shortcut"
expect 'WriteUninstaller "$INSTDIR\Uninstall.exe"' "uninstaller"
expect '!define MUI_FINISHPAGE_RUN "$INSTDIR\bin\soip-composer.exe"' "run the app at the end"
expect 'MUI_PAGE_LICENSE' "licence page"
expect 'Name "SOIP Composer"' "product name"
for icon in $(sed -n 's/^!define MUI_\(UN\)\?ICON "\(.*\)"$/\2/p' "$script"); do
    [ -f "$icon" ] && file "$icon" | grep -q "icon resource" || fail "installer icon $icon is not an .ico"
done
grep -q '^!define MUI_ICON' "$script" || fail "the installer has no icon"

if [ $failures -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "OK: makensis builds the installer with its icon, licence page, Start-menu shortcuts and uninstaller"
