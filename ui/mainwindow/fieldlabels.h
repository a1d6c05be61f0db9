#pragma once

#include "model/apifield.h"

#include <QCoreApplication>
#include <QString>

namespace soip {

// Turns an issue's JSON path (`actions[2].action_to.date`) into the words the form uses
// ("Button 3 › Date"), so the problems list speaks the user's language rather than the API's.
class FieldLabels final {
    Q_DECLARE_TR_FUNCTIONS(soip::FieldLabels)

public:
    static QString forPath(const QString &jsonPath);

private:
    static QString forField(ApiField field);
};

} // namespace soip
