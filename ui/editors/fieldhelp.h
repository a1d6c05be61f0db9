#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

class QWidget;

namespace soip {

// What each control of the form means, in plain words, for a person who has never read the API:
// Rank, Core entity, Callback profile, Intent action and the rest. One place for all of them,
// found by the controls' object names. apply() gives every control under a widget its "What's
// this" (Shift+F1), a tooltip where it has none of its own and the same text as its accessible
// description for screen readers; the form calls it, and so does every editor made later.
class FieldHelp final {
    Q_DECLARE_TR_FUNCTIONS(soip::FieldHelp)

public:
    // The explanation for the control named `objectName` (titleLineEdit2 counts as a title), or
    // an empty string.
    static QString forObjectName(const QString &objectName);
    static void apply(QWidget *root);

private:
    static QHash<QString, QString> texts(); // object name (titles unnumbered) -> explanation
};

} // namespace soip
