#pragma once

#include "readprogress.h"
#include "recipienttable.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace soip {

// Reads a CSV file as offices produce it: RFC 4180 (quoted cells, doubled quotes, line breaks
// inside quotes), UTF-8 with or without a byte order mark, UTF-16 with a BOM (Excel's "Unicode
// text"), CR, LF or CRLF line ends even mixed, and the delimiter found among `,` `;` and tab (the
// one that splits the header line most) unless given. A pure function over bytes, linear in their
// size, so it can be fuzzed and a million rows take a fraction of a second.
class CsvReader final {
    Q_DECLARE_TR_FUNCTIONS(soip::CsvReader)

public:
    struct Result {
        std::optional<RecipientTable> table;
        QString error; // one sentence naming the row, when the bytes are not a table
        QChar delimiter;
        bool cancelled = false; // `progress` asked to stop
    };

    // `delimiter` null: detect it.
    static Result read(QByteArrayView bytes, QChar delimiter = {}, const ReadProgress &progress = {});
    // Decodes the bytes (BOM, else UTF-8); an empty string with `error` set when they are not text.
    static QString decode(QByteArrayView bytes, QString *error);
    static QChar detectDelimiter(QStringView text);
};

} // namespace soip
