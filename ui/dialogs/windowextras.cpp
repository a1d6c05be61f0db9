#include "windowextras.h"

#include "apptheme.h"
#include "guidedialog.h"
#include "preview/previewpane.h"
#include "samplemenu.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QWhatsThis>

namespace soip {

WindowExtras::WindowExtras(QMainWindow *window, const Menus &menus, PreviewPane *preview)
    : QObject(window)
    , m_window(window)
    , m_preview(preview)
    , m_theme(new AppTheme(this))
{
    auto *samples = new SampleMenu(window);
    menus.file->insertMenu(menus.file->actions().value(2), samples); // after New and Open
    connect(samples, &SampleMenu::sampleChosen, this, &WindowExtras::sampleChosen);

    menus.view->addSeparator();
    menus.view->addMenu(m_theme->createMenu(window));
    m_followedPreviewTheme = int(m_preview->options().theme);
    connect(m_theme, &AppTheme::darkChanged, this, &WindowExtras::followTheme);
    if (m_theme->isDark())
        followTheme(true);

    QAction *guide = new QAction(tr("&Guide"), window);
    guide->setObjectName(QStringLiteral("guideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, [this] { GuideDialog(m_window).exec(); });
    QAction *keys = new QAction(tr("&Keyboard Shortcuts"), window);
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    connect(keys, &QAction::triggered, this, [this] { ShortcutsDialog(m_window, m_window).exec(); });
    QAction *whatsThis = QWhatsThis::createAction(window);
    whatsThis->setObjectName(QStringLiteral("whatsThisAction"));
    QAction *first = menus.help->actions().value(0);
    menus.help->insertActions(first, {guide, keys, whatsThis});
    menus.help->insertSeparator(first);
}

void WindowExtras::followTheme(bool dark)
{
    // The phone takes the app's look unless the person chose the phone's theme themselves.
    PreviewOptions options = m_preview->options();
    if (m_followedPreviewTheme >= 0 && int(options.theme) != m_followedPreviewTheme)
        return;
    options.theme = dark ? PreviewOptions::Theme::Dark : PreviewOptions::Theme::Light;
    m_followedPreviewTheme = int(options.theme);
    m_preview->setOptions(options);
}

} // namespace soip
