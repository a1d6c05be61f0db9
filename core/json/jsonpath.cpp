#include "jsonpath.h"

namespace soip {

std::optional<JsonPath> JsonPath::parse(QStringView text)
{
    JsonPath path;
    if (text.trimmed().isEmpty())
        return path;
    for (QStringView part : text.split(u'.')) {
        part = part.trimmed();
        Step step;
        const qsizetype open = part.indexOf(u'[');
        if (open < 0) {
            step.key = part.toString();
        } else {
            if (!part.endsWith(u']'))
                return std::nullopt;
            const QStringView digits = part.mid(open + 1, part.size() - open - 2);
            bool ok = false;
            step.index = digits.toLongLong(&ok);
            if (!ok || step.index < 0 || digits.isEmpty() || !digits.front().isDigit())
                return std::nullopt;
            step.key = part.left(open).trimmed().toString();
        }
        if (step.key.isEmpty() || step.key.contains(u'[') || step.key.contains(u']'))
            return std::nullopt;
        path.m_steps.append(std::move(step));
    }
    return path;
}

QString JsonPath::toString() const
{
    QString out;
    for (const Step &step : m_steps) {
        out = jsonpath::field(out, step.key);
        if (step.index >= 0)
            out = jsonpath::index(out, step.index);
    }
    return out;
}

JsonPath JsonPath::field(const QString &key) const
{
    JsonPath path = *this;
    path.m_steps.append({key, -1});
    return path;
}

JsonPath JsonPath::at(qsizetype index) const
{
    JsonPath path = *this;
    if (!path.m_steps.isEmpty())
        path.m_steps.last().index = index;
    return path;
}

JsonPath JsonPath::first(qsizetype count) const
{
    JsonPath path;
    path.m_steps = m_steps.first(std::min(count, m_steps.size()));
    return path;
}

namespace jsonpath {

QString field(const QString &parent, const QString &name)
{
    return parent.isEmpty() ? name : parent + QLatin1Char('.') + name;
}

QString index(const QString &parent, qsizetype i)
{
    return parent + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

} // namespace jsonpath

} // namespace soip
