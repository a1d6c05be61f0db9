#pragma once

#include <QCoreApplication>
#include <QStringList>

class QStatusBar;
class QWidget;

namespace soip {

class AppServices;

// What the app could not read at start-up (a damaged settings file, a send history that cannot be
// used), told once in words over the window. The app runs on without it; nothing was deleted.
// What stays unusable for the whole session (the history, the campaign journal) also keeps a mark
// in the status bar, for the person who dismissed the message or comes back to the window later.
class StartupReport final {
    Q_DECLARE_TR_FUNCTIONS(soip::StartupReport)

public:
    // One paragraph per problem; empty when everything could be read.
    static QStringList problems(const AppServices &services);
    // Shows the problems in a message box named startupProblemsMessageBox; nothing when there are none.
    static void show(const AppServices &services, QWidget *parent);
    // Adds the lasting mark (startupProblemsButton) to `status` when the history or the campaign
    // journal cannot be used; clicking it shows the message again.
    static void markInStatusBar(const AppServices &services, QStatusBar *status);
};

} // namespace soip
