#pragma once

#include <QString>

namespace soip {

// How a preview is drawn: the phone's theme, its screen width in density-independent pixels, its
// font size setting and display density, and the scale from dp to device pixels of the drawing
// (the zoom in the app, --scale in `soip preview`).
struct PreviewOptions {
    enum class Theme { Light, Dark };

    // Narrower than the smallest phone or wider than a small tablet is not a phone screen.
    static constexpr int kMinWidthDp = 280;
    static constexpr int kMaxWidthDp = 600;
    static constexpr qreal kMinScale = 0.25;
    static constexpr qreal kMaxScale = 4.0;
    // Android's font size setting multiplies every sp. The four steps of Settings → Display → Font
    // size; Android 14 allows more (up to 2), so any value in range is drawn.
    static constexpr qreal kFontScaleSmall = 0.85;
    static constexpr qreal kFontScaleDefault = 1.0;
    static constexpr qreal kFontScaleLarge = 1.15;
    static constexpr qreal kFontScaleLargest = 1.3;
    static constexpr qreal kMinFontScale = 0.5;
    static constexpr qreal kMaxFontScale = 2.0;

    Theme theme = Theme::Light;
    int widthDp = 393;
    qreal scale = 1.0;
    qreal fontScale = kFontScaleDefault;
    // Device pixels per dp on the phone (its density in dpi / 160). It does not change the
    // drawing, only how sharp a picture looks there (the layout checks' blur warning).
    qreal density = 2.75;

    static Theme themeFromString(const QString &name, bool *ok = nullptr);
    static QString themeToString(Theme theme);

    friend bool operator==(const PreviewOptions &, const PreviewOptions &) = default;
};

} // namespace soip
