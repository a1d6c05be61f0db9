#pragma once

#include <QByteArray>
#include <QChar>
#include <QJsonObject>
#include <QString>

namespace soip {

// Where a campaign's recipients come from: the spreadsheet a person chose and how to read it. Part
// of the draft (saved in a campaign file and in autosaves), while the rows themselves are read from
// the file again when needed, so a changed spreadsheet is noticed by its checksum.
struct RecipientSource {
    QString path;        // absolute
    QString sheet;       // a workbook's sheet; empty: the first
    QString phoneColumn; // empty: the column found by its name
    QChar delimiter;     // a CSV file's; null: found from its first line
    QByteArray sha256;   // hex, of the file as it was when chosen

    bool isEmpty() const { return path.isEmpty(); }

    // As a campaign file and an autosave keep it. With `besideFile` (the campaign file's path) the
    // spreadsheet's path relative to it is kept too, and preferred on reading when it exists, so
    // the two can be moved together.
    QJsonObject toJson(const QString &besideFile = {}) const;
    static RecipientSource fromJson(const QJsonObject &object, const QString &besideFile = {});
    friend bool operator==(const RecipientSource &, const RecipientSource &) = default;
};

} // namespace soip
