#pragma once

#include <QString>

namespace soip {

// Characters as a person sees them (extended grapheme clusters): "हिंदी" is two, not five UTF-16
// units, and an emoji with a skin tone is one. The counters under the body and the button labels
// use this so the number matches what the user sees.
int graphemeCount(const QString &text);

} // namespace soip
