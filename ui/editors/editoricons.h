#pragma once

#include "validation/issue.h"

#include <QIcon>

namespace soip {

// The icons the editors draw from resources/icons (small SVGs, sharp at any scale).
class EditorIcons final {
public:
    static QIcon actionType(int actionType); // a null icon for an unknown type
    static QIcon severity(Severity severity);
    static QIcon ok();
    // Mid-tone icons for the list buttons, readable on light and dark palettes alike.
    static QIcon moveUp();
    static QIcon moveDown();
    static QIcon remove();
};

} // namespace soip
