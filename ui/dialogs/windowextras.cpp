#include "windowextras.h"

#include "apptheme.h"
#include "guidedialog.h"
#include "preview/phonepresets.h"
#include "preview/previewpane.h"
#include "samplemenu.h"
#include "settings/settings.h"
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
    restorePreview();
    m_followedPreviewTheme = int(m_theme->isDark() ? PreviewOptions::Theme::Dark : PreviewOptions::Theme::Light);
    followTheme(m_theme->isDark());
    connect(m_theme, &AppTheme::darkChanged, this, &WindowExtras::followTheme);
    connect(m_preview, &PreviewPane::optionsChanged, this, &WindowExtras::rememberPreview);

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
    m_followedPreviewTheme = int(dark ? PreviewOptions::Theme::Dark : PreviewOptions::Theme::Light);
    if (m_previewThemeChosen)
        return;
    PreviewOptions options = m_preview->options();
    options.theme = PreviewOptions::Theme(m_followedPreviewTheme);
    m_preview->setOptions(options);
}

// Found by hand: the phone, font size, zoom and theme chosen were back to the defaults at the next start.
void WindowExtras::restorePreview()
{
    PreviewOptions options = m_preview->options();
    bool chosen = false;
    const PreviewOptions::Theme theme = PreviewOptions::themeFromString(Settings::previewTheme.value(), &chosen);
    if (chosen)
        options.theme = theme;
    m_previewThemeChosen = chosen;
    if (const PhonePresets::Phone phone = PhonePresets::find(Settings::previewPhone.value()); phone.widthDp > 0)
        options = PhonePresets::on(phone, options);
    // Out of range (an edited or older file) keeps the default.
    const double fontScale = Settings::previewFontScale.value();
    if (fontScale >= PreviewOptions::kMinFontScale && fontScale <= PreviewOptions::kMaxFontScale)
        options.fontScale = fontScale;
    const double zoom = Settings::previewZoom.value();
    if (zoom >= PreviewOptions::kMinScale && zoom <= PreviewOptions::kMaxScale)
        options.scale = zoom;
    m_preview->setOptions(options);
}

void WindowExtras::rememberPreview(const PreviewOptions &options)
{
    // A theme other than the app's look is the person's choice; picking the app's again follows it.
    m_previewThemeChosen = int(options.theme) != m_followedPreviewTheme;
    Settings::previewTheme.setValue(m_previewThemeChosen ? PreviewOptions::themeToString(options.theme)
                                                         : QString());
    QString phone = QString::number(options.widthDp);
    for (const PhonePresets::Phone &preset : PhonePresets::all()) {
        if (preset.widthDp == options.widthDp && qFuzzyCompare(preset.density, options.density)) {
            phone = preset.id;
            break;
        }
    }
    Settings::previewPhone.setValue(phone);
    Settings::previewFontScale.setValue(options.fontScale);
    Settings::previewZoom.setValue(options.scale);
}

} // namespace soip
