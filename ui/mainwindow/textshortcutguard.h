#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>

class QWidget;

namespace soip {

// Keeps a text box from swallowing the window's shortcuts that are also control characters: Ctrl+H
// is Backspace (ASCII 8) to a text box, which takes it before View → History can (found by hand:
// Ctrl+H in the message text did nothing). Only the keys given, only in `window`'s text boxes.
class TextShortcutGuard final : public QObject {
    Q_OBJECT

public:
    TextShortcutGuard(QWidget *window, QList<QKeySequence> keys);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window = nullptr;
    QList<QKeySequence> m_keys;
};

} // namespace soip
