#pragma once

#include "previewoptions.h"

#include <QColor>

namespace soip {

// The colours of the phone's messaging app in one theme. Chosen to match MI message's light and
// dark looks (see docs/preview.md); not taken from any vendor asset.
struct PreviewPalette {
    QColor screen;     // conversation background
    QColor statusText; // status bar clock and icons
    QColor card;       // text bubbles and cards
    QColor cardBorder; // hairline around cards, only visible where the card meets the screen
    QColor primaryText;
    QColor secondaryText;
    QColor placeholderText;  // empty fields
    QColor accent;           // button labels and icons
    QColor entityBackground; // behind a CTA's core entity
    QColor divider;
    QColor mediaPlaceholder; // image area while loading or when there is none
    QColor brokenMedia;      // image area when the image failed
    QColor brokenText;
    QColor videoBackground;
    QColor inputField;
    QColor avatar;
    QColor avatarText;

    static PreviewPalette forTheme(PreviewOptions::Theme theme);
};

} // namespace soip
