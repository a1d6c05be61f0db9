#pragma once

#include <functional>

namespace soip {

// How far a long read has come, from 0 to 1. Returning false asks the reader to stop as soon as it
// can; it then reports that it was cancelled. Called from the reading thread, a few hundred times
// per file at most, so a GUI can forward it to a progress bar through a queued signal.
using ReadProgress = std::function<bool(double fraction)>;

} // namespace soip
