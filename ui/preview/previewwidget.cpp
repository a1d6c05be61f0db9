#include "previewwidget.h"

#include "preview/actiondescription.h"
#include "preview/previewfonts.h"
#include "preview/previewimagecache.h"
#include "preview/previewpainter.h"
#include "preview/previewrenderer.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace soip {

namespace {

// The corner radius of the phone's screen in the pane.
constexpr qreal kCornerRadiusDp = 22;

} // namespace

PreviewWidget::PreviewWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("previewWidget"));
    setAccessibleName(tr("Message preview"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    PreviewFonts::ensureLoaded();
    relayout();
}

void PreviewWidget::setMessage(const Message &message)
{
    m_message = message;
    requestImages();
    relayout();
}

void PreviewWidget::setOptions(const PreviewOptions &options)
{
    if (options == m_options)
        return;
    m_options = options;
    relayout();
    update();
}

void PreviewWidget::setImageCache(PreviewImageCache *images)
{
    if (m_images)
        m_images->disconnect(this);
    m_images = images;
    if (images) {
        // Lay out again when this message's picture arrives or fails; only the card changes.
        connect(images, &PreviewImageCache::imageChanged, this, [this](const QUrl &url) {
            if (PreviewRenderer::imageUrls(m_message).contains(url))
                relayout();
        });
    }
    requestImages();
    relayout();
    update();
}

QImage PreviewWidget::renderImage() const
{
    return PreviewRenderer::renderImage(m_layout, m_images);
}

QString PreviewWidget::actionDescriptionAt(const QPoint &pos) const
{
    const int index = buttonAt(pos);
    return index < 0 ? QString() : ActionDescription::describe(m_layout.buttons.at(index).action);
}

QList<QRect> PreviewWidget::buttonRects() const
{
    QList<QRect> rects;
    for (const PreviewLayout::Button &button : m_layout.buttons) {
        const QRectF r = button.rect;
        rects.append(QRectF(r.topLeft() * m_options.scale, r.size() * m_options.scale).toAlignedRect());
    }
    return rects;
}

QSize PreviewWidget::sizeHint() const
{
    return (m_layout.size * m_options.scale).toSize();
}

void PreviewWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.save();
    painter.scale(m_options.scale, m_options.scale);
    PreviewPainter::paint(&painter, m_layout, m_images);
    painter.restore();

    // Round the screen's corners like a phone's, by painting the corners over rather than clipping
    // (a clip path makes the raster engine's every fill slower). Only on screen: an exported PNG
    // is the plain screen, like a phone screenshot.
    const QRectF screen = QRectF(rect());
    const qreal radius = kCornerRadiusDp * m_options.scale;
    QPainterPath rounded;
    rounded.addRoundedRect(screen.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    QPainterPath corners;
    corners.addRect(screen);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Window));
    painter.drawPath(corners.subtracted(rounded));
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(rounded);
}

void PreviewWidget::mouseMoveEvent(QMouseEvent *event)
{
    const int index = buttonAt(event->position().toPoint());
    if (index != m_hovered) {
        m_hovered = index;
        setCursor(index < 0 ? Qt::ArrowCursor : Qt::PointingHandCursor);
        emit actionHovered(index < 0 ? QString() : ActionDescription::describe(m_layout.buttons.at(index).action));
    }
    QWidget::mouseMoveEvent(event);
}

void PreviewWidget::mouseReleaseEvent(QMouseEvent *event)
{
    const int index = buttonAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && index >= 0) {
        const Action &action = m_layout.buttons.at(index).action;
        emit actionClicked(action.label, ActionDescription::describe(action));
    }
    QWidget::mouseReleaseEvent(event);
}

void PreviewWidget::leaveEvent(QEvent *event)
{
    if (m_hovered >= 0) {
        m_hovered = -1;
        unsetCursor();
        emit actionHovered(QString());
    }
    QWidget::leaveEvent(event);
}

bool PreviewWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString description = actionDescriptionAt(help->pos());
        if (description.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), description, this);
        return true;
    }
    return QWidget::event(event);
}

void PreviewWidget::relayout()
{
    const PreviewLayout previous = m_layout;
    const QString previousSender = m_sender;
    m_sender = m_message.from;
    m_layout = PreviewLayout::of(m_message, m_options, m_images);
    QStringList buttons;
    for (const PreviewLayout::Button &button : std::as_const(m_layout.buttons))
        buttons << button.action.label;
    setAccessibleDescription(buttons.isEmpty() ? QString() : tr("Buttons: %1").arg(buttons.join(u", ")));
    const QSize size = sizeHint();
    if (size != this->size()) {
        setFixedSize(size);
        update();
    } else if (previousSender != m_sender || previous.size != m_layout.size) {
        update();
    } else {
        // An edit of the message itself: only the band it occupies (before and after) changes,
        // which saves filling the rest of the screen on every keystroke.
        const QRectF band = previous.messageRect.united(m_layout.messageRect);
        update(QRectF(band.topLeft() * m_options.scale, band.size() * m_options.scale)
                   .toAlignedRect()
                   .adjusted(0, -2, 0, 2));
    }
}

int PreviewWidget::buttonAt(const QPoint &pos) const
{
    if (m_options.scale <= 0)
        return -1;
    const QPointF dp = QPointF(pos) / m_options.scale;
    for (int i = 0; i < m_layout.buttons.size(); ++i) {
        if (m_layout.buttons.at(i).rect.contains(dp))
            return i;
    }
    return -1;
}

void PreviewWidget::requestImages()
{
    if (!m_images)
        return;
    for (const QUrl &url : PreviewRenderer::imageUrls(m_message))
        m_images->request(url);
}

} // namespace soip
