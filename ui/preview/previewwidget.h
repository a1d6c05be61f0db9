#pragma once

#include "model/message.h"
#include "preview/previewlayout.h"
#include "preview/previewoptions.h"

#include <QPointer>
#include <QWidget>

namespace soip {

class PreviewImageCache;

// Shows the message as the phone would, redrawn on every setMessage() (the composer calls it on
// each edit) without ever waiting for the network: pictures come from a PreviewImageCache and
// appear when they arrive. Hovering a button shows what the phone would do when it is tapped.
class PreviewWidget final : public QWidget {
    Q_OBJECT

public:
    explicit PreviewWidget(QWidget *parent = nullptr);

    void setMessage(const Message &message);
    const Message &message() const { return m_message; }

    // options.scale is the zoom: dp to the widget's logical pixels.
    void setOptions(const PreviewOptions &options);
    PreviewOptions options() const { return m_options; }

    // Not owned; the pictures are asked for here and drawn when they arrive.
    void setImageCache(PreviewImageCache *images);

    // The current drawing (theme, width, zoom) as an image, for export.
    QImage renderImage() const;
    // What tapping the button at `pos` (widget coordinates) would do; empty off the buttons.
    QString actionDescriptionAt(const QPoint &pos) const;
    // Where the buttons are drawn, in widget coordinates, in rank order.
    QList<QRect> buttonRects() const;
    // What is drawn now, in dp.
    const PreviewLayout &layout() const { return m_layout; }

    QSize sizeHint() const override;

signals:
    // The pointer moved onto a button (the sentence says what it does) or off the buttons (empty).
    void actionHovered(const QString &description);
    // A button was clicked; `label` is its text.
    void actionClicked(const QString &label, const QString &description);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void relayout();
    int buttonAt(const QPoint &pos) const;
    void requestImages();

    Message m_message;
    PreviewOptions m_options;
    QPointer<PreviewImageCache> m_images;
    PreviewLayout m_layout;
    QString m_sender; // drawn in the app bar, outside the message's band
    int m_hovered = -1;
};

} // namespace soip
