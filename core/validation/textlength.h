#pragma once

#include <QString>

namespace soip {

// The length of a text as a person counts it: user-perceived characters (grapheme clusters), so a
// Devanagari letter with its vowel sign, or an emoji with a skin tone, counts once.
qsizetype visibleLength(const QString &text);

} // namespace soip
