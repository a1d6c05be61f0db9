#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace soip {

// The JSON path an issue carries, `actions[2].action_to.date`: keys separated by dots, each
// optionally followed by one index. The one syntax every part of the program reads and writes:
// the validator, the codec, the form's path -> widget map, the field labels and the vendor's
// `parameter`. The empty path is the whole message.
class JsonPath final {
public:
    struct Step {
        QString key;
        qsizetype index = -1; // the `[n]` after the key; -1 when there is none

        friend bool operator==(const Step &, const Step &) = default;
    };

    JsonPath() = default;

    // std::nullopt when `text` is not a path in this syntax (an empty key, `[x]`, `a[1][2]`, ...).
    // Spaces around a step are allowed, as the vendor's `parameter` may have them.
    static std::optional<JsonPath> parse(QStringView text);

    QString toString() const;

    JsonPath field(const QString &key) const; // this path, then `.key`
    JsonPath at(qsizetype index) const;       // this path with `[index]` on its last key

    const QList<Step> &steps() const { return m_steps; }
    bool isEmpty() const { return m_steps.isEmpty(); }
    // The first `count` steps.
    JsonPath first(qsizetype count) const;

    friend bool operator==(const JsonPath &, const JsonPath &) = default;

private:
    QList<Step> m_steps;
};

// Printing helpers for code that builds paths as text (the rules build thousands per message):
// field(u"actions[2]", u"action_to") -> "actions[2].action_to", index(u"title", 1) -> "title[1]".
namespace jsonpath {
QString field(const QString &parent, const QString &name);
QString index(const QString &parent, qsizetype i);
} // namespace jsonpath

} // namespace soip
