#pragma once

#include "issue.h"
#include "model/message.h"

#include <QList>
#include <QString>

// The validator's rules, one function per area of the message, each appending what it finds.
// Private to core/validation: use Validator.
namespace soip::rules {

// Collects issues; the codes are listed in docs/validation-codes.md.
class Findings final {
public:
    void error(const QString &code, const QString &path, const QString &message)
    {
        m_issues.append({Severity::Error, code, path, message});
    }
    void warning(const QString &code, const QString &path, const QString &message)
    {
        m_issues.append({Severity::Warning, code, path, message});
    }
    QList<Issue> take() { return std::move(m_issues); }

private:
    QList<Issue> m_issues;
};

bool isBlank(const QString &text);

void checkRecipients(const Message &message, Findings &findings);   // recipientrules.cpp
void checkCommonFields(const Message &message, Findings &findings); // commonrules.cpp
void checkCard(const Message &message, Findings &findings);         // cardrules.cpp
void checkActions(const Message &message, Findings &findings);      // actionrules.cpp

} // namespace soip::rules
