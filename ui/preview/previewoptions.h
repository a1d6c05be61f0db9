#pragma once

#include <QString>

namespace soip {

// How a preview is drawn: the phone's theme, its screen width in density-independent pixels, and
// the scale from dp to device pixels.
struct PreviewOptions {
    enum class Theme { Light, Dark };

    Theme theme = Theme::Light;
    int widthDp = 393;
    qreal scale = 1.0;

    static Theme themeFromString(const QString &name, bool *ok = nullptr);
    static QString themeToString(Theme theme);
};

} // namespace soip
