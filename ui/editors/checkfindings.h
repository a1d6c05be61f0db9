#pragma once

#include "validation/issue.h"

#include <QString>

class QImage;
class QLabel;
class QPalette;

namespace soip {

// How the media editor writes what a check of an address found, under that address: rich-text
// lines for a QLabel, and the picture it fetched.
namespace CheckFindings {

// A fact ("image/png · 1.2 MB"), plain words.
QString factLine(const QString &text);
// A problem, with the icon and colour of its severity, as under any other field.
QString warningLine(const QString &text, Severity severity, const QPalette &palette);
// Shows `image` scaled down to a thumbnail in `label`, or hides the label for a null image.
void showThumbnail(QLabel *label, const QImage &image);

} // namespace CheckFindings
} // namespace soip
