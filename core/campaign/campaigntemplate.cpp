#include "campaigntemplate.h"

#include <QJsonArray>

namespace soip {

void CampaignTemplate::compilePart(const QJsonValue &value, const RecipientTable &table, const JsonPath &path,
                                   Part *part, QList<Problem> *problems)
{
    if (value.isObject()) {
        part->object = true;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            Part child;
            compilePart(it.value(), table, path.field(it.key()), &child, problems);
            part->keys.append(it.key());
            part->children.push_back(std::move(child));
        }
        return;
    }
    if (value.isArray()) {
        part->array = true;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            Part child;
            // A list inside a list has no path of its own in the API; its items share the list's.
            const JsonPath itemPath = path.isEmpty() || path.steps().constLast().index >= 0 ? path : path.at(i);
            compilePart(array.at(i), table, itemPath, &child, problems);
            part->children.push_back(std::move(child));
        }
        return;
    }
    part->value = value;
    if (!value.isString())
        return;
    const QString text = value.toString();
    qsizetype from = 0;
    qsizetype open = text.indexOf(u"{{");
    if (open < 0)
        return;
    const auto problem = [&](const QString &message) { problems->append({message, path.toString()}); };
    while (open >= 0) {
        const qsizetype close = text.indexOf(u"}}", open + 2);
        if (close < 0) {
            // The rest stays as written, so the other fields still render and are checked.
            problem(
                tr("A placeholder is not closed: \"%1\" needs }} after the column name.").arg(text.mid(open, 40)));
            break;
        }
        const QString name = text.mid(open + 2, close - open - 2).trimmed();
        const qsizetype column = name.isEmpty() ? -1 : table.columnIndex(name);
        if (name.isEmpty()) {
            problem(tr("A placeholder has no column name: write {{column name}}."));
        } else if (column < 0) {
            problem(tr("The template uses {{%1}}, but the recipients file has no column \"%1\". Its columns "
                       "are: %2.")
                        .arg(name, table.columns().join(u", ")));
        }
        if (column < 0) {
            // Kept as written: the card shows the mistake where it is.
            part->segments.append({text.mid(from, close + 2 - from), -1});
            from = close + 2;
            open = text.indexOf(u"{{", from);
            continue;
        }
        if (open > from)
            part->segments.append({text.mid(from, open - from), -1});
        part->segments.append({{}, column});
        ++m_placeholders;
        QStringList &columns = m_columnsByPath[path.toString()];
        if (!columns.contains(table.columns().at(column)))
            columns.append(table.columns().at(column));
        from = close + 2;
        open = text.indexOf(u"{{", from);
    }
    if (from < text.size())
        part->segments.append({text.mid(from), -1});
}

CampaignTemplate CampaignTemplate::compileAll(const QJsonObject &message, const RecipientTable &table,
                                              QList<Problem> *problems)
{
    CampaignTemplate result;
    QJsonObject withoutRecipients = message;
    withoutRecipients.remove(QStringLiteral("to"));
    result.compilePart(withoutRecipients, table, JsonPath(), &result.m_root, problems);
    return result;
}

std::optional<CampaignTemplate> CampaignTemplate::compile(const QJsonObject &message, const RecipientTable &table,
                                                          QString *error, QString *errorPath)
{
    QList<Problem> problems;
    CampaignTemplate result = compileAll(message, table, &problems);
    if (problems.isEmpty())
        return result;
    *error = problems.constFirst().message;
    if (errorPath)
        *errorPath = problems.constFirst().path;
    return std::nullopt;
}

QStringList CampaignTemplate::columnsAt(const QString &jsonPath) const
{
    if (const auto exact = m_columnsByPath.constFind(jsonPath); exact != m_columnsByPath.cend())
        return *exact;
    QStringList columns;
    for (auto it = m_columnsByPath.cbegin(); it != m_columnsByPath.cend(); ++it) {
        const QString &path = it.key();
        const bool under = path.startsWith(jsonPath) && path.size() > jsonPath.size() &&
                           (path.at(jsonPath.size()) == u'.' || path.at(jsonPath.size()) == u'[');
        if (!under)
            continue;
        for (const QString &column : *it) {
            if (!columns.contains(column))
                columns.append(column);
        }
    }
    return columns;
}

QStringList CampaignTemplate::columns() const
{
    QStringList columns;
    for (const QStringList &used : m_columnsByPath) {
        for (const QString &column : used) {
            if (!columns.contains(column))
                columns.append(column);
        }
    }
    return columns;
}

QJsonValue CampaignTemplate::renderPart(const Part &part, const RecipientTable &table, qsizetype row)
{
    if (part.object) {
        QJsonObject object;
        for (std::size_t i = 0; i < part.children.size(); ++i)
            object.insert(part.keys.at(qsizetype(i)), renderPart(part.children.at(i), table, row));
        return object;
    }
    if (part.array) {
        QJsonArray array;
        for (const Part &child : part.children)
            array.append(renderPart(child, table, row));
        return array;
    }
    if (part.segments.isEmpty())
        return part.value;
    QString text;
    for (const Segment &segment : part.segments) {
        if (segment.column >= 0)
            text += table.cell(row, segment.column).trimmed();
        else
            text += segment.literal;
    }
    return text;
}

QJsonObject CampaignTemplate::render(const RecipientTable &table, qsizetype row) const
{
    return renderPart(m_root, table, row).toObject();
}

} // namespace soip
