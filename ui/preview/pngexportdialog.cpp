#include "pngexportdialog.h"

#include "preview/previewrenderer.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace soip {

QString PngExportDialog::save(QWidget *parent, const QString &title, const QString &start, const QString &failure,
                              const QImage &image)
{
    QString path = QFileDialog::getSaveFileName(parent, title, start, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");
    QString error;
    if (!PreviewRenderer::savePng(image, path, &error)) {
        QMessageBox::warning(parent, title, failure.arg(QDir::toNativeSeparators(path), error));
        return {};
    }
    return path;
}

} // namespace soip
