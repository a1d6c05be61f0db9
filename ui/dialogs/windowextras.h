#pragma once

#include "model/message.h"
#include "preview/previewoptions.h"

#include <QObject>

class QMainWindow;
class QMenu;

namespace soip {

class AppTheme;
class PreviewPane;

// What the main window offers around the composer, kept out of MainWindow so the window only
// arranges: View → Theme (AppTheme, with the phone preview following the app's light or dark
// look; the preview bar's choices kept across starts), File → New from sample (SampleMenu), Help → Guide and Help
// → Keyboard shortcuts.
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
    void restorePreview();
    void rememberPreview(const PreviewOptions &options);

    QMainWindow *m_window = nullptr;
    PreviewPane *m_preview = nullptr;
    AppTheme *m_theme = nullptr;
    // The phone's theme that follows the app's look; once the person picks another one in the
    // preview's toolbar (remembered across starts), the app's changes leave theirs alone.
    int m_followedPreviewTheme = 0;
    bool m_previewThemeChosen = false;
};

} // namespace soip
