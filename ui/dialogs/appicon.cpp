#include "appicon.h"

namespace soip {

QIcon applicationIcon()
{
    // PNGs rather than the SVG: they need no SVG icon-engine plugin and are hinted for small sizes.
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/soip-composer-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace soip
