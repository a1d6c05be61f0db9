#pragma once

class QLineEdit;
class QString;
class QWidget;

namespace soip {

// A line edit of the form: its object name (for tests and accessibility tools), accessible name
// and the example shown while it is empty.
QLineEdit *makeLineEdit(QWidget *parent, const QString &objectName, const QString &accessibleName,
                        const QString &placeholder);

} // namespace soip
