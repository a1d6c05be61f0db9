#pragma once

#include "preview/contactsheet.h"

#include <QWidget>

namespace soip {

// Paints a ContactSheet at a zoom; the compare view puts it in a scroll area.
class ContactSheetWidget final : public QWidget {
    Q_OBJECT

public:
    explicit ContactSheetWidget(QWidget *parent = nullptr);

    void setSheet(const ContactSheet &sheet);
    const ContactSheet &sheet() const { return m_sheet; }
    void setZoom(qreal zoom);
    qreal zoom() const { return m_zoom; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ContactSheet m_sheet;
    qreal m_zoom = 0.5;
};

} // namespace soip
