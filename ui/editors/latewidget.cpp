#include "latewidget.h"

#include "fieldhelp.h"

#include <QFormLayout>
#include <QWidget>

namespace soip {

void LateWidget::fitAfter(QWidget *late, QWidget *previous)
{
    FieldHelp::apply(late); // what ComposerForm gave the controls made with it
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
}

} // namespace soip
