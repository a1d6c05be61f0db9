#pragma once

#include "recipienttable.h"
#include "json/jsonpath.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace soip {

// A message whose strings may hold `{{column name}}` placeholders, anywhere a string goes (body,
// titles, buttons, URLs, calendar fields, media, …): the placeholders are found by walking the
// message's JSON, so a field added to the codec is personalisable with no change here. Parsing is
// one linear pass over each string.
class CampaignTemplate final {
    Q_DECLARE_TR_FUNCTIONS(soip::CampaignTemplate)

public:
    // `message` is the template's canonical JSON; its `to` is ignored (each row brings its number).
    // Fails with `error` set for a placeholder that is not closed, empty, or names no column of
    // `table` (the message names the columns there are); `errorPath`, when given, is set to the
    // field that holds it (the validator's `parameter`), so the form can point at that field.
    static std::optional<CampaignTemplate> compile(const QJsonObject &message, const RecipientTable &table,
                                                   QString *error, QString *errorPath = nullptr);
    // A placeholder's mistake, at the field that holds it.
    struct Problem {
        QString message;
        QString path;
    };
    // Every mistake at once, for the composer's list: the template is still made, each mistaken
    // placeholder kept as written (so the rest of the card renders and is checked as usual).
    static CampaignTemplate compileAll(const QJsonObject &message, const RecipientTable &table,
                                       QList<Problem> *problems);

    bool hasPlaceholders() const { return m_placeholders > 0; }
    // The columns whose values go into the field at `jsonPath` (the validator's `parameter`, e.g.
    // `actions[1].action_to.url`) or into the fields under it: the columns a row's problem there
    // comes from.
    QStringList columnsAt(const QString &jsonPath) const;
    // Every column a placeholder names: a row's message depends on those cells alone.
    QStringList columns() const;
    // The message for one row, `to` left out.
    QJsonObject render(const RecipientTable &table, qsizetype row) const;

private:
    struct Segment {
        QString literal;
        qsizetype column = -1; // a placeholder when >= 0
    };
    // One JSON value: as is, a string with placeholders, an object or an array.
    struct Part {
        QJsonValue value;           // as is, when `segments` and `children` are empty
        QList<Segment> segments;    // a string with placeholders
        QList<QString> keys;        // for an object
        std::vector<Part> children; // of an object (with keys) or array
        bool object = false;
        bool array = false;
    };
    void compilePart(const QJsonValue &value, const RecipientTable &table, const JsonPath &path, Part *part,
                     QList<Problem> *problems);
    static QJsonValue renderPart(const Part &part, const RecipientTable &table, qsizetype row);

    Part m_root;
    int m_placeholders = 0;
    QHash<QString, QStringList> m_columnsByPath; // a field's path -> the columns it uses
};

} // namespace soip
