#pragma once

#include "issue.h"
#include "model/message.h"
#include "json/messagecodec.h"

#include <QCoreApplication>
#include <QList>

namespace soip {

// Every rule of the SOIP reference, and the checks the vendor leaves implicit, as a pure function:
// all problems at once, each with the vendor's code where it has one and the JSON path of the
// offending value. See docs/validation-codes.md.
class Validator final {
    Q_DECLARE_TR_FUNCTIONS(soip::Validator)

public:
    // Fields the message's type does not use are reported as SOIP-FIELD-IGNORED warnings; the
    // composer, which keeps them while the user switches types, validates
    // message.withOnlyFieldsOfType() so the user is not warned about fields they cannot see.
    static QList<Issue> validate(const Message &message);

    // A file as read: the codec's issues (wrong JSON types) first, then the validator's, without a
    // second issue for a path the codec already reported.
    static QList<Issue> validate(const ReadResult &read);
};

} // namespace soip
