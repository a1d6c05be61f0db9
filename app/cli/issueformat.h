#pragma once

#include "validation/issue.h"

#include <QJsonObject>
#include <QString>

namespace soip::cli {

// How the command-line tool shows an issue; shared by validate, format and send.

// `error E750 to: The recipients field is empty...` (without the parameter when it is empty).
QString issueLine(const Issue &issue);

// {"severity": "error", "code": "E750", "parameter": "to", "message": "..."}
QJsonObject issueJson(const Issue &issue);

} // namespace soip::cli
