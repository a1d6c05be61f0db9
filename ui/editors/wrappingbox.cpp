#include "wrappingbox.h"

#include <QLayout>
#include <QResizeEvent>

namespace soip {

WrappingBox::WrappingBox(QWidget *parent)
    : QWidget(parent)
{}

QSize WrappingBox::sizeHint() const
{
    QSize hint = QWidget::sizeHint();
    if (layout() && layout()->hasHeightForWidth() && width() > 0)
        hint.setHeight(heightForWidth(width()));
    return hint;
}

void WrappingBox::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The hint follows the width: the row is laid out again for its new number of lines.
    if (event->size().width() != event->oldSize().width())
        updateGeometry();
}

} // namespace soip
