#pragma once

#include <QList>
#include <QString>

namespace soip {

enum class Severity { Error, Warning };

// One problem with a message: what is wrong (code), where (the JSON path of the offending value,
// e.g. `actions[2].action_to.date`) and a sentence a non-technical person understands.
struct Issue {
    Severity severity = Severity::Error;
    QString code;      // the vendor's code (E750, INV-*) where it has one, else a SOIP-* code
    QString parameter; // JSON path
    QString message;   // translated

    bool isError() const { return severity == Severity::Error; }
    friend bool operator==(const Issue &, const Issue &) = default;
};

QString severityToString(Severity severity); // "error" / "warning"
bool hasErrors(const QList<Issue> &issues);

} // namespace soip
