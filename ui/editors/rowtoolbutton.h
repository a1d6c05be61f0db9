#pragma once

#include <QString>

class QIcon;
class QToolButton;
class QWidget;

namespace soip {

// The small flat buttons beside a title or button row (move up, move down, remove). A move that
// is not possible hides its button but keeps its place, so rows stay aligned.
QToolButton *makeRowToolButton(QWidget *parent, const QString &objectName, const QIcon &icon, const QString &text);

} // namespace soip
