#include "latewidget.h"

#include <QFormLayout>
#include <QWidget>

namespace soip {

QList<QWidget *> LateWidget::tabStops(QWidget *box)
{
    QList<QWidget *> stops;
    for (QWidget *w = box->nextInFocusChain(); w != box; w = w->nextInFocusChain()) {
        if (box->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
            stops.append(w);
    }
    return stops;
}

void LateWidget::fitAfter(QWidget *late, QWidget *previous)
{
    // ComposerForm gave every label on the page one width; any form of `previous` carries it.
    const QList<QFormLayout *> models = previous->findChildren<QFormLayout *>();
    const QFormLayout *model = models.isEmpty() ? nullptr : models.constFirst();
    int labelWidth = 0;
    if (model) {
        for (int row = 0; row < model->rowCount() && labelWidth == 0; ++row) {
            if (const QLayoutItem *item = model->itemAt(row, QFormLayout::LabelRole); item && item->widget())
                labelWidth = item->widget()->minimumWidth();
        }
    }
    for (QFormLayout *form : late->findChildren<QFormLayout *>()) {
        if (model) {
            form->setFieldGrowthPolicy(model->fieldGrowthPolicy());
            form->setLabelAlignment(model->labelAlignment());
            form->setRowWrapPolicy(model->rowWrapPolicy());
        }
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget())
                item->widget()->setMinimumWidth(labelWidth);
        }
    }

    const QList<QWidget *> before = tabStops(previous);
    if (before.isEmpty())
        return;
    QWidget *last = before.constLast();
    for (QWidget *stop : tabStops(late)) {
        QWidget::setTabOrder(last, stop);
        last = stop;
    }
}

} // namespace soip
