#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>

class QWidget;

namespace soip {

// The "save as PNG" conversation of the preview pane and the compare view: asks for a file
// (starting at `start`), adds ".png" when the name has no suffix, writes the image atomically and
// tells the user when that fails (`failure` takes the path as %1 and the reason as %2).
class PngExportDialog final {
    Q_DECLARE_TR_FUNCTIONS(soip::PngExportDialog)

public:
    // The file written, or empty when the user cancelled or writing failed.
    static QString save(QWidget *parent, const QString &title, const QString &start, const QString &failure,
                        const QImage &image);
};

} // namespace soip
