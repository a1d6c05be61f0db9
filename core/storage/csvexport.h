#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace soip {

// Tables written as RFC 4180 CSV: UTF-8 with a byte-order mark (so spreadsheet programs read Hindi
// right), CRLF line ends, a field quoted when it holds a comma, a quote, a line break or spaces at
// its ends, quotes doubled. Written through QSaveFile: a failed export leaves the old file as it was.
class CsvExport final {
    Q_DECLARE_TR_FUNCTIONS(soip::CsvExport)

public:
    static QByteArray field(const QString &value);
    static QByteArray line(const QStringList &fields);
    static QByteArray document(const QStringList &header, const QList<QStringList> &rows);
    // False with `error` set when the file could not be written.
    static bool write(const QString &path, const QStringList &header, const QList<QStringList> &rows,
                      QString *error = nullptr);
};

} // namespace soip
