#include "csvexport.h"

#include "savetarget.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace soip {

QByteArray CsvExport::field(const QString &value)
{
    const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\n') ||
                       value.contains(u'\r') || value.startsWith(u' ') || value.endsWith(u' ');
    if (!quote)
        return value.toUtf8();
    return '"' + QString(value).replace(u'"', u"\"\""_s).toUtf8() + '"';
}

QByteArray CsvExport::line(const QStringList &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        out += field(fields.at(i));
    }
    return out + "\r\n";
}

QByteArray CsvExport::document(const QStringList &header, const QList<QStringList> &rows)
{
    QByteArray out = "\xEF\xBB\xBF" + line(header);
    for (const QStringList &row : rows)
        out += line(row);
    return out;
}

bool CsvExport::write(const QString &path, const QStringList &header, const QList<QStringList> &rows,
                      QString *error)
{
    if (const QString refusal = SaveTarget::refusal(path); !refusal.isEmpty()) {
        if (error)
            *error = refusal;
        return false;
    }
    // Unbuffered: on a full disk a buffered QSaveFile commits an empty file (Qt 6.4).
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || file.write(document(header, rows)) < 0 ||
        !file.commit()) {
        if (error)
            *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace soip
