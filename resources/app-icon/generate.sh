#!/usr/bin/env bash
# Regenerates the app icon's PNG sizes, the Windows .ico and the macOS .icns from soip-composer.svg.
# The generated files are committed so that building never needs these tools; run this only after
# changing the SVG. Needs: librsvg2-bin (rsvg-convert), icoutils (icotool), icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"

for size in 16 22 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" soip-composer.svg -o "soip-composer-$size.png"
done
icotool -c -o soip-composer.ico \
    soip-composer-16.png soip-composer-24.png soip-composer-32.png soip-composer-48.png \
    soip-composer-64.png soip-composer-128.png -r soip-composer-256.png
png2icns soip-composer.icns \
    soip-composer-16.png soip-composer-32.png soip-composer-48.png soip-composer-128.png \
    soip-composer-256.png soip-composer-512.png
