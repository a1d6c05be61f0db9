#!/bin/sh
# Generates the README's screenshots from the real app into docs/screenshots/: the composer window
# at 1366x768 with a filled CTA card in the light and the dark palette (View → Theme), a rich media
# card with its image, a draft with problems, and the CTA window at twice the scale (a high-density
# screen). Builds soip-composer first if needed (or reuses the build in $SOIP_BUILD_DIR,
# build/release or build/dev). Runs offscreen, in a throw-away home, so your own
# settings, accounts and autosaves are neither used nor touched.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/docs/screenshots"

build=${SOIP_BUILD_DIR:-}
if [ -z "$build" ]; then
    for candidate in "$root/build/release" "$root/build/dev"; do
        if [ -f "$candidate/CMakeCache.txt" ]; then
            build=$candidate
            break
        fi
    done
fi
if [ -z "$build" ]; then
    build="$root/build/release"
    cmake -S "$root" --preset release -B "$build"
fi
cmake --build "$build" --target soip-composer
app="$build/app/gui/soip-composer"

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT INT TERM

shoot() { # shoot NAME PALETTE DRAFT [extra options...]
    name=$1 palette=$2 draft=$3
    shift 3
    env HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" \
        XDG_RUNTIME_DIR="$home" QT_SCALE_FACTOR="$scale" QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='qt.qpa.*=false' LANGUAGE=en LANG=C.UTF-8 \
        "$app" --screenshot "$out/$name.png" --palette "$palette" --window-size 1366x768 "$@" "$draft"
    echo "wrote docs/screenshots/$name.png"
}

scale=1
shoot composer-cta-light light "$out/cta-diwali.json"
shoot composer-cta-dark dark "$out/cta-diwali.json"
shoot composer-rmc-light light "$out/rmc-banner.json" --preview-image "$out/sample-banner.jpg"
shoot composer-problems-dark dark "$root/tests/data/vendor/request-cta.json"
# The same window on a high-density screen (QT_SCALE_FACTOR=2): nothing may be cut off or blurred.
scale=2
shoot composer-cta-light-2x light "$out/cta-diwali.json"
