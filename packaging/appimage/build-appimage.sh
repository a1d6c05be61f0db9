#!/usr/bin/env bash
# Builds SOIP Composer as an AppImage with linuxdeploy and its Qt plugin. Meant for a CI that can
# download those tools (.github/workflows/build.yml runs it on Debian 12); it cannot run offline.
#   packaging/appimage/build-appimage.sh [OUTPUT_DIR]
# Needs the build packages (scripts/install-deps.sh build), wget and file. In a container without
# FUSE set APPIMAGE_EXTRACT_AND_RUN=1.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$(realpath -m "${1:-$root/build/appimage}")
tools="$out/tools"
appdir="$out/AppDir"
mkdir -p "$tools"

arch=$(uname -m)
fetch() {
    [ -x "$tools/$1" ] || { wget -q -O "$tools/$1" "$2"; chmod +x "$tools/$1"; }
}
fetch linuxdeploy.AppImage \
    "https://github.com/linuxdeploy/linuxdeploy/releases/download/continuous/linuxdeploy-$arch.AppImage"
fetch linuxdeploy-plugin-qt.AppImage \
    "https://github.com/linuxdeploy/linuxdeploy-plugin-qt/releases/download/continuous/linuxdeploy-plugin-qt-$arch.AppImage"

# An AppImage is a relocatable /usr: build for /usr and install into the AppDir.
cmake -S "$root" -B "$out/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DSOIP_BUILD_TESTS=OFF -DSOIP_BUILD_BENCH=OFF
cmake --build "$out/build"
rm -rf "$appdir"
DESTDIR="$appdir" cmake --install "$out/build"

# The Qt plugin copies the Qt libraries and the plugins of the modules the programs link (platforms,
# the SQLite driver for QtSql, Qt Multimedia's backend). svg and sql are named too, because the SVG
# icon engine and the SQLite driver are only ever loaded at run time. GStreamer itself is taken from
# the host system, as the .deb does (docs/packaging.md).
export QMAKE=${QMAKE:-$(command -v qmake6 || echo /usr/lib/qt6/bin/qmake)}
export EXTRA_QT_PLUGINS="svg;sql"
export OUTPUT="$out/SOIP_Composer-$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' "$root/CMakeLists.txt" | head -n 1)-$arch.AppImage"
cd "$out"
"$tools/linuxdeploy.AppImage" --appdir "$appdir" \
    --executable "$appdir/usr/bin/soip-composer" \
    --executable "$appdir/usr/bin/soip" \
    --desktop-file "$appdir/usr/share/applications/invalid.example.SoipComposer.desktop" \
    --icon-file "$appdir/usr/share/icons/hicolor/256x256/apps/soip-composer.png" \
    --plugin qt \
    --output appimage
echo "Built $OUTPUT"
