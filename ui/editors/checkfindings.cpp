#include "checkfindings.h"

#include "markedfield.h"

#include <QImage>
#include <QLabel>
#include <QPixmap>

namespace soip::CheckFindings {

QString factLine(const QString &text)
{
    return QStringLiteral("<div>%1</div>").arg(text.toHtmlEscaped());
}

QString warningLine(const QString &text, Severity severity, const QPalette &palette)
{
    const QString icon = severity == Severity::Error ? QStringLiteral(":/soip/icons/mark-error.svg")
                                                     : QStringLiteral(":/soip/icons/mark-warning.svg");
    return QStringLiteral(
               "<div><img src=\"%1\" width=\"14\" height=\"14\"> <span style=\"color:%2\">%3</span></div>")
        .arg(icon, MarkedField::colorFor(severity, palette).name(), text.toHtmlEscaped());
}

void showThumbnail(QLabel *label, const QImage &image)
{
    if (image.isNull()) {
        label->clear();
        label->hide();
        return;
    }
    const QSize thumbnailSize(160, 120);
    const qreal dpr = label->devicePixelRatioF();
    QPixmap pixmap =
        QPixmap::fromImage(image.scaled(thumbnailSize * dpr, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(dpr);
    label->setPixmap(pixmap);
    label->show();
}

} // namespace soip::CheckFindings
