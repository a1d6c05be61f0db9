#pragma once

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace soip {

class AppServices;

// What the app could not read at start-up (a damaged settings file, a send history that cannot be
// used), told once in words over the window. The app runs on without it; nothing was deleted.
class StartupReport final {
    Q_DECLARE_TR_FUNCTIONS(soip::StartupReport)

public:
    // One paragraph per problem; empty when everything could be read.
    static QStringList problems(const AppServices &services);
    // Shows the problems in a message box named startupProblemsMessageBox; nothing when there are none.
    static void show(const AppServices &services, QWidget *parent);
};

} // namespace soip
