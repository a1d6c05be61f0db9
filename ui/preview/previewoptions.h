#pragma once

#include <QString>

namespace soip {

// How a preview is drawn: the phone's theme, its screen width in density-independent pixels, and
// the scale from dp to device pixels (the zoom in the app, --scale in `soip preview`).
struct PreviewOptions {
    enum class Theme { Light, Dark };

    // Narrower than the smallest phone or wider than a small tablet is not a phone screen.
    static constexpr int kMinWidthDp = 280;
    static constexpr int kMaxWidthDp = 600;
    static constexpr qreal kMinScale = 0.25;
    static constexpr qreal kMaxScale = 4.0;

    Theme theme = Theme::Light;
    int widthDp = 393;
    qreal scale = 1.0;

    static Theme themeFromString(const QString &name, bool *ok = nullptr);
    static QString themeToString(Theme theme);

    friend bool operator==(const PreviewOptions &, const PreviewOptions &) = default;
};

} // namespace soip
