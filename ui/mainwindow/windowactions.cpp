#include "windowactions.h"

#include "textshortcutguard.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QWidget>

namespace soip {

QAction *WindowActions::make(const QString &text, const char *name, const QKeySequence &keys) const
{
    auto *action = new QAction(text, m_window);
    action->setObjectName(QLatin1String(name));
    if (!keys.isEmpty())
        action->setShortcut(keys);
    return action;
}

WindowActions::WindowActions(QWidget *window)
    : m_window(window)
{
    newDraft = make(tr("&New"), "newAction", QKeySequence::New);
    newDraft->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    newDraft->setToolTip(tr("Start a new message (Ctrl+N)"));
    open = make(tr("&Open…"), "openAction", QKeySequence::Open);
    open->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    open->setToolTip(tr("Open a saved draft (Ctrl+O)"));
    save = make(tr("&Save"), "saveAction", QKeySequence::Save);
    save->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    save->setToolTip(tr("Save the draft (Ctrl+S)"));
    saveAs = make(tr("Save &As…"), "saveAsAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    exportPreview = make(tr("&Export Preview as PNG…"), "exportPreviewAction", QKeySequence(Qt::CTRL | Qt::Key_E));
    exportTemplate = make(tr("Export &Template…"), "exportTemplateAction", {});
    exportTemplate->setToolTip(tr("Save the message alone, as an API payload, without the spreadsheet"));
    quit = make(tr("&Quit"), "quitAction", QKeySequence::Quit);

    send = make(tr("&Send…"), "sendAction", {});
    // Ctrl+Return and Ctrl+Enter (keypad) both send.
    send->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    send->setShortcutContext(Qt::WindowShortcut);
    send->setIcon(QIcon::fromTheme(QStringLiteral("mail-send")));
    checkStatus = make(tr("Check s&tatus"), "checkStatusAction", {});
    checkStatus->setEnabled(false);
    checkStatus->setToolTip(tr("Ask for the delivery status of the last message sent"));
    recipientsFromFile = make(tr("Recipients from a &File…"), "recipientsFromFileAction",
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    recipientsFromFile->setToolTip(tr("Send to every row of a spreadsheet (CSV or Excel)"));
    copyCurl = make(tr("Copy as &cURL"), "copyCurlAction", {});
    copyCurl->setToolTip(tr("Copy a curl command that sends this message; the key is left as $KALEYRA_API_KEY"));

    history = make(tr("&History…"), "historyAction", QKeySequence(Qt::CTRL | Qt::Key_H));
    history->setToolTip(tr("Every message and campaign sent, with its outcome and delivery status (Ctrl+H)"));
    new TextShortcutGuard(window, {history->shortcut()}); // Ctrl+H is also Backspace

    accounts = make(tr("&Accounts…"), "accountsAction", {});
    preferences = make(tr("&Preferences…"), "preferencesAction", QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    about = make(tr("&About SOIP Composer"), "aboutAction", {});
    about->setMenuRole(QAction::AboutRole);
}

WindowActions::Menus WindowActions::fillMenuBar(QMenuBar *bar, const QList<QAction *> &view,
                                                const QList<QAction *> &campaign) const
{
    const auto menu = [bar](const QString &title, const char *name) {
        QMenu *menu = bar->addMenu(title);
        menu->setObjectName(QLatin1String(name));
        return menu;
    };
    QMenu *file = menu(tr("&File"), "fileMenu");
    file->addActions({newDraft, open});
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    recent->setObjectName(QStringLiteral("recentMenu"));
    file->addActions({save, saveAs});
    file->addSeparator();
    file->addActions({exportPreview, exportTemplate});
    file->addSeparator();
    file->addAction(quit);
    menu(tr("&Edit"), "editMenu")->addActions({accounts, preferences});
    QMenu *message = menu(tr("&Message"), "messageMenu");
    message->addActions({recipientsFromFile, send, checkStatus, copyCurl});
    message->addSeparator();
    message->addActions(campaign);
    QMenu *viewMenu = menu(tr("&View"), "viewMenu");
    viewMenu->addActions(view);
    QMenu *help = menu(tr("&Help"), "helpMenu");
    help->addAction(about);
    return {file, recent, viewMenu, help};
}

} // namespace soip
