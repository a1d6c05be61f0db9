#include "textshortcutguard.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace soip {

TextShortcutGuard::TextShortcutGuard(QWidget *window, QList<QKeySequence> keys)
    : QObject(window)
    , m_window(window)
    , m_keys(std::move(keys))
{
    // On the application: the form makes text boxes long after the window (a fourth button).
    qApp->installEventFilter(this);
}

bool TextShortcutGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return QObject::eventFilter(watched, event);
    auto *widget = qobject_cast<QWidget *>(watched);
    const bool textBox = qobject_cast<QLineEdit *>(watched) || qobject_cast<QPlainTextEdit *>(watched) ||
                         qobject_cast<QTextEdit *>(watched);
    if (!textBox || widget->window() != m_window)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const QKeySequence pressed(key->keyCombination());
    // Not accepted, so the window's shortcut gets the key instead of the text box.
    return m_keys.contains(pressed);
}

} // namespace soip
