#pragma once

#include <QIcon>

namespace soip {

// The app's icon in every size drawn for it (resources/app-icon), for the window and the About box.
QIcon applicationIcon();

} // namespace soip
