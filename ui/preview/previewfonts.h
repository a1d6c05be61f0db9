#pragma once

#include <QFont>
#include <QStringList>

namespace soip {

// The fonts the preview draws with. They ship inside the program (resources/fonts) so a preview
// looks the same on every machine and the golden-image tests are deterministic; the system's fonts
// are never asked first.
class PreviewFonts final {
public:
    // Registers the shipped fonts with QFontDatabase once; safe to call often. Needs a
    // QGuiApplication. Returns false if a font could not be loaded (the preview then falls back to
    // the system's fonts and still draws).
    static bool ensureLoaded();

    // The families in fallback order: Latin first, then the Indian scripts, then emoji.
    static QStringList families();

    // A font of the given pixel size (dp) and weight, falling back through families().
    static QFont font(qreal pixelSize, QFont::Weight weight = QFont::Normal);

    // Whether one of the shipped fonts has a glyph for `ucs4` (a phone without it shows an empty
    // box, "tofu"). Characters that draw nothing themselves (spaces, joiners, variation selectors)
    // count as drawable. GUI thread only, like QFont.
    static bool canDraw(char32_t ucs4);
};

} // namespace soip
