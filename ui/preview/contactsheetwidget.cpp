#include "contactsheetwidget.h"

#include <QPainter>

namespace soip {

ContactSheetWidget::ContactSheetWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("contactSheetWidget"));
    setAccessibleName(tr("The message on several phones"));
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void ContactSheetWidget::setSheet(const ContactSheet &sheet)
{
    m_sheet = sheet;
    setFixedSize(sizeHint());
    update();
}

void ContactSheetWidget::setZoom(qreal zoom)
{
    m_zoom = zoom;
    setFixedSize(sizeHint());
    update();
}

QSize ContactSheetWidget::sizeHint() const
{
    return (m_sheet.size() * m_zoom).toSize().expandedTo(QSize(1, 1));
}

void ContactSheetWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    painter.scale(m_zoom, m_zoom);
    m_sheet.paint(&painter);
}

} // namespace soip
