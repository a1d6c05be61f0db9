#pragma once

#include "validation/issue.h"

#include <QList>

namespace soip {
struct Message;
}

namespace soip::cli {

// `soip validate --check-media`: fetches a rich media card's image or video (and a video's cover)
// as the composer's Check does, and returns what MediaCheck makes of it, with the addresses' own
// warnings. Waits for the answers in a local event loop: the command has nothing else to do.
QList<Issue> checkMediaOnline(const Message &message);

} // namespace soip::cli
