#pragma once

#include <QString>

namespace soip::jsonpath {

// Builds the JSON paths issues carry: field(u"actions"_s... ) -> "actions[2].action_to.date".
QString field(const QString &parent, const QString &name);
QString index(const QString &parent, qsizetype i);

} // namespace soip::jsonpath
