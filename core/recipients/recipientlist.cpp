#include "recipientlist.h"

#include "phonenumbercheck.h"

#include <QSet>

#include <algorithm>

namespace soip {

namespace {

qsizetype digitCount(const QString &text)
{
    return std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool isPasteSeparator(QChar c)
{
    return c == u',' || c == u';' || c == u'\t' || c == u'\n' || c == u'\r';
}

// A piece of pasted text between separators may hold several numbers separated by spaces, or one
// number written in groups. A number is complete once it has ten digits; a + starts a new one.
QStringList splitOnSpaces(const QString &piece)
{
    QStringList numbers;
    QString current;
    for (const QString &word : piece.split(u' ', Qt::SkipEmptyParts)) {
        if (!current.isEmpty() && (digitCount(current) >= 10 || word.startsWith(u'+'))) {
            numbers.append(current);
            current.clear();
        }
        current = current.isEmpty() ? word : current + u' ' + word;
    }
    if (!current.isEmpty())
        numbers.append(current);
    return numbers;
}

} // namespace

QList<Recipient> RecipientList::parse(const QString &field)
{
    QList<Recipient> list;
    if (field.trimmed().isEmpty())
        return list;
    const QList<QStringView> entries = QStringView(field).split(u',');
    list.reserve(entries.size());
    for (QStringView entry : entries)
        list.append(PhoneNumberCheck::checkRecipient(entry.toString()));
    markDuplicates(list);
    return list;
}

QList<Recipient> RecipientList::fromPastedText(const QString &text)
{
    QList<Recipient> list;
    QString piece;
    const auto flush = [&] {
        QString simplified = piece;
        simplified.replace(u'\u00A0', u' ');
        for (const QString &number : splitOnSpaces(simplified.simplified()))
            list.append(PhoneNumberCheck::checkRecipient(number));
        piece.clear();
    };
    for (QChar c : text) {
        if (isPasteSeparator(c))
            flush();
        else
            piece.append(c);
    }
    flush();
    markDuplicates(list);
    return list;
}

QString RecipientList::toField(const QList<Recipient> &recipients)
{
    QStringList parts;
    parts.reserve(recipients.size());
    for (const Recipient &r : recipients) {
        if (r.valid)
            parts.append(r.e164);
        else if (!r.input.isEmpty())
            parts.append(r.input);
    }
    return parts.join(QStringLiteral(", "));
}

QList<Recipient> RecipientList::withoutDuplicates(const QList<Recipient> &recipients)
{
    QList<Recipient> copy = recipients;
    markDuplicates(copy);
    QList<Recipient> out;
    out.reserve(copy.size());
    for (Recipient &r : copy) {
        if (!r.duplicate && !(r.problem == Recipient::Problem::Empty))
            out.append(r);
    }
    return out;
}

void RecipientList::markDuplicates(QList<Recipient> &recipients)
{
    QSet<QString> seen;
    seen.reserve(recipients.size());
    for (Recipient &r : recipients) {
        if (r.problem == Recipient::Problem::Empty) {
            r.duplicate = false;
            continue;
        }
        const QString key = r.valid ? r.e164 : r.input;
        r.duplicate = seen.contains(key);
        if (!r.duplicate)
            seen.insert(key);
    }
}

} // namespace soip
