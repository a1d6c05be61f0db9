#pragma once

#include "model/message.h"

#include <QObject>

class QMainWindow;
class QMenu;

namespace soip {

class AppTheme;
class PreviewPane;

// What the main window offers around the composer, kept out of MainWindow so the window only
// arranges: View → Theme (AppTheme, with the phone preview following the app's light or dark
// look), File → New from sample (SampleMenu), Help → Guide and Help → Keyboard shortcuts.
class WindowExtras final : public QObject {
    Q_OBJECT

public:
    struct Menus {
        QMenu *file = nullptr;
        QMenu *view = nullptr;
        QMenu *help = nullptr;
    };
    WindowExtras(QMainWindow *window, const Menus &menus, PreviewPane *preview);

    AppTheme *theme() const { return m_theme; }

signals:
    // The person chose a sample; the window starts a new draft from it.
    void sampleChosen(const soip::Message &message);

private:
    void followTheme(bool dark);

    QMainWindow *m_window = nullptr;
    PreviewPane *m_preview = nullptr;
    AppTheme *m_theme = nullptr;
    // The phone's theme as the app last set it; once the person picks another one in the
    // preview's toolbar, the app's changes leave theirs alone.
    int m_followedPreviewTheme = -1;
};

} // namespace soip
