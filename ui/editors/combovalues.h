#pragma once

#include <QString>

class QComboBox;

namespace soip {

// Combo boxes whose items carry a raw model value (Qt::UserRole). A value read from a file that
// no item has (a wrong route, an unknown action type) is shown as an extra, marked item rather
// than silently replaced, so the user sees what the file says and the validator's issue points at it.
class ComboValues final {
public:
    // Selects the item whose data is `value`; otherwise adds (or reuses) the extra item labelled
    // `unknownLabel` for it. An empty `value` with no matching item selects `fallbackIndex`.
    static void select(QComboBox *combo, const QString &value, const QString &unknownLabel, int fallbackIndex = 0);
    static QString current(const QComboBox *combo);
};

} // namespace soip
