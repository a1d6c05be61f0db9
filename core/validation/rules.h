#pragma once

#include "issue.h"
#include "issuecollector.h"
#include "model/message.h"

#include <QList>
#include <QString>

// The validator's rules, one function per area of the message, each appending what it finds.
// Private to core/validation: use Validator.
namespace soip::rules {

// Collects issues, at most a few of each code; the codes are listed in docs/validation-codes.md.
using Findings = IssueCollector;

bool isBlank(const QString &text);

void checkRecipients(const Message &message, Findings &findings);   // recipientrules.cpp
void checkCommonFields(const Message &message, Findings &findings); // commonrules.cpp
void checkCard(const Message &message, Findings &findings);         // cardrules.cpp
void checkActions(const Message &message, Findings &findings);      // actionrules.cpp

} // namespace soip::rules
