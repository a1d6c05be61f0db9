#!/usr/bin/env bash
# Refreshes translations/soip_en.ts and soip_hi.ts from the sources, with the same lupdate flags as
# the CMake target update_translations, without needing a build directory.
#   scripts/update-translations.sh            update the files in translations/
#   scripts/update-translations.sh --into DIR update copies in DIR instead (the test suite uses this to
#                                             see what is missing without touching the tree)
# Then translate what is new in Qt Linguist (/usr/lib/qt6/bin/linguist translations/soip_hi.ts) or any
# editor, and run `ctest -R i18n` to check nothing is left.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
[ -x "$lupdate" ] || lupdate=$(command -v lupdate6 || command -v lupdate)

out="$root/translations"
if [ "${1:-}" = --into ]; then
    out=$2
    mkdir -p "$out"
    cp "$root/translations/soip_en.ts" "$root/translations/soip_hi.ts" "$out/"
fi

cd "$root"
dirs=(core ui app translations)
flags=(-locations none -no-obsolete -extensions cpp,h,ui -I core -I ui -I app -I translations)
"$lupdate" "${flags[@]}" -pluralonly "${dirs[@]}" -ts "$out/soip_en.ts"
"$lupdate" "${flags[@]}" "${dirs[@]}" -ts "$out/soip_hi.ts"
