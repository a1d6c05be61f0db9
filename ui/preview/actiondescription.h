#pragma once

#include "model/message.h"

#include <QCoreApplication>
#include <QString>

namespace soip {

// What the phone does when its user taps a button, in one sentence for a person ("Opens
// https://…", "Calls +91…"). The preview shows it on hover and click.
class ActionDescription final {
    Q_DECLARE_TR_FUNCTIONS(soip::ActionDescription)

public:
    static QString describe(const Action &action);
};

} // namespace soip
