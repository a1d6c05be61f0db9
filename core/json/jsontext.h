#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace soip {

// The one way JSON text the program keeps or is given becomes a document. Qt 6.4's parser drops
// a U+FEFF written as the bytes EF BB BF at the start of any string (it keeps one written as
// \ufeff), so a text read, written out and read again lost one more each time: a draft's
// recipients came back changed. Found by fuzz_draft. `parse` writes each such character as
// \ufeff before Qt reads it, and reports an error's offset in the bytes as given.
class JsonText final {
public:
    static QJsonDocument parse(const QByteArray &json, QJsonParseError *error = nullptr);

    // `json` without the UTF-8 byte order mark Windows editors write at the start of a file.
    static QByteArray withoutByteOrderMark(const QByteArray &json);
};

} // namespace soip
