#pragma once

#include "readprogress.h"
#include "recipienttable.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace soip {

// Reads one sheet of an Excel workbook (XLSX: a zip of XML parts, opened with QuaZip and read with
// QXmlStreamReader): the first sheet or the one named, shared strings, inline strings, and numbers
// as their digits (a phone number stored as a number is 919876543210, never 9.19877E+11). The
// first row holds the column names. A pure function over bytes, linear in the parts' size; every
// part is read with a size cap, so a zip bomb costs no more than a large file.
class XlsxReader final {
    Q_DECLARE_TR_FUNCTIONS(soip::XlsxReader)

public:
    struct Result {
        std::optional<RecipientTable> table;
        QString error;
        QStringList sheets;     // every sheet's name, in the workbook's order (also on most errors)
        QString sheet;          // the one read
        bool cancelled = false; // `progress` asked to stop
    };
    static constexpr qint64 kMaxPartBytes = qint64(512) * 1024 * 1024;

    static Result read(QByteArrayView bytes, const QString &sheet = {}, const ReadProgress &progress = {});
    // "9.19876543210E+11" -> "919876543210"; text that is not a number comes back unchanged.
    static QString numberText(const QString &value);
};

} // namespace soip
