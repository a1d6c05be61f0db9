#include "jsonpath.h"

namespace soip::jsonpath {

QString field(const QString &parent, const QString &name)
{
    return parent.isEmpty() ? name : parent + QLatin1Char('.') + name;
}

QString index(const QString &parent, qsizetype i)
{
    return parent + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

} // namespace soip::jsonpath
