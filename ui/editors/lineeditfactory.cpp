#include "lineeditfactory.h"

#include <QLineEdit>

namespace soip {

QLineEdit *makeLineEdit(QWidget *parent, const QString &objectName, const QString &accessibleName,
                        const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace soip
