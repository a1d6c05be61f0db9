#pragma once

#include <QObject>
#include <QTimer>

class QMainWindow;
class QSplitter;

namespace soip {

// The window's size, place, docks and splitter across starts: restored when the window is made,
// and saved a moment after each change as well as on a clean close, so a crash or a kill keeps
// the layout the person made too.
class WindowLayout final : public QObject {
    Q_OBJECT

public:
    static constexpr int kSaveDelayMs = 1000;

    WindowLayout(QMainWindow *window, QSplitter *splitter);

    void restore();
    void save();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QMainWindow *m_window = nullptr;
    QSplitter *m_splitter = nullptr;
    QTimer m_saveSoon;
    bool m_restoring = false;
};

} // namespace soip
