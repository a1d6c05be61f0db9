#include "rowtoolbutton.h"

#include <QIcon>
#include <QToolButton>

namespace soip {

QToolButton *makeRowToolButton(QWidget *parent, const QString &objectName, const QIcon &icon, const QString &text)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setIcon(icon);
    button->setToolTip(text);
    button->setAccessibleName(text);
    button->setAutoRaise(true);
    QSizePolicy policy = button->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    button->setSizePolicy(policy);
    return button;
}

} // namespace soip
