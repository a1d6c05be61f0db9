#include "windowlayout.h"

#include "settings/settings.h"

#include <QEvent>
#include <QMainWindow>
#include <QSplitter>

namespace soip {

WindowLayout::WindowLayout(QMainWindow *window, QSplitter *splitter)
    : QObject(window)
    , m_window(window)
    , m_splitter(splitter)
{
    m_saveSoon.setSingleShot(true);
    m_saveSoon.setInterval(kSaveDelayMs);
    connect(&m_saveSoon, &QTimer::timeout, this, &WindowLayout::save);
    connect(splitter, &QSplitter::splitterMoved, &m_saveSoon, qOverload<>(&QTimer::start));
    window->installEventFilter(this);
}

void WindowLayout::restore()
{
    m_restoring = true;
    m_window->restoreGeometry(Settings::windowGeometry.value());
    m_window->restoreState(Settings::windowState.value());
    m_splitter->restoreState(Settings::splitterState.value());
    m_restoring = false;
}

void WindowLayout::save()
{
    m_saveSoon.stop();
    Settings::windowGeometry.setValue(m_window->saveGeometry());
    Settings::windowState.setValue(m_window->saveState());
    Settings::splitterState.setValue(m_splitter->saveState());
}

bool WindowLayout::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    // Only what the person did: the window being shown for the first time is not a change.
    if (watched == m_window && !m_restoring && m_window->isVisible() &&
        (type == QEvent::Resize || type == QEvent::Move || type == QEvent::WindowStateChange))
        m_saveSoon.start();
    return QObject::eventFilter(watched, event);
}

} // namespace soip
