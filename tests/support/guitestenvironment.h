#pragma once

#include "accounts/memorycredentialstore.h"
#include "mainwindow/mainwindow.h"
#include "services/appservices.h"
#include "uilanguage.h"

#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <utility>

// What every GUI test needs so that it touches nothing of the user's and depends on nothing of the
// machine: settings in a fresh folder per test, the English (US) locale, keys in memory instead of
// the keychain, a send history and autosaves in the same folder, and the services made before the
// window and gone after it, as in the app.
class GuiTestEnvironment final {
public:
    // Once per test program (initTestCase): English texts (with their plural forms) and formats,
    // whatever the machine's language.
    static void isolateProgram()
    {
        QStandardPaths::setTestModeEnabled(true);
        // A D-Bus session (the keychain's) would give file dialogs to the desktop portal, out of
        // the test's reach: ModalAnswerer answers Qt's own.
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QLocale::setDefault(english);
        static bool installed = false;
        if (!std::exchange(installed, true))
            soip::UiLanguage::installFor(english);
    }

    // Once per test function (init): a fresh folder for settings, history and autosaves.
    GuiTestEnvironment()
    {
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        startServices({});
    }
    ~GuiTestEnvironment()
    {
        if (m_window)
            closeWindow();
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString autosaveDirectory() const { return m_dir.filePath(QStringLiteral("autosave")); }
    soip::MemoryCredentialStore &keys() { return m_keys; }
    soip::AppServices *services() const { return m_services.get(); }

    // A shown main window on these services; another call closes the first window (as a crash
    // would: no autosave is discarded) and opens a new one, as the next start of the app.
    soip::MainWindow *openWindow(int width = 1366, int height = 768)
    {
        m_window.reset();
        soip::MainWindow::Options options;
        options.services = m_services.get();
        options.autosaveDirectory = autosaveDirectory();
        m_window = std::make_unique<soip::MainWindow>(options);
        m_window->resize(width, height);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            qWarning("GuiTestEnvironment: the window was not exposed");
        return m_window.get();
    }
    soip::MainWindow *window() const { return m_window.get(); }
    // The next start of the app: the window (closed cleanly) and the services go, `whileStopped`
    // runs (to damage or block a file they had open), and new services start on `historyPath`
    // (empty: the fixture's own history file).
    void restartServices(const std::function<void()> &whileStopped = {}, const QString &historyPath = {})
    {
        if (m_window)
            closeWindow();
        m_services.reset();
        if (whileStopped)
            whileStopped();
        startServices(historyPath);
    }
    // Takes the window down without a clean close, leaving what it autosaved.
    void dropWindow() { m_window.reset(); }
    void closeWindow()
    {
        m_window->document()->setModified(false);
        m_window.reset();
    }

private:
    void startServices(const QString &historyPath)
    {
        soip::AppServices::Options options;
        options.credentials = &m_keys;
        options.historyPath =
            historyPath.isEmpty() ? m_dir.filePath(QStringLiteral("history.sqlite")) : historyPath;
        m_services = std::make_unique<soip::AppServices>(options);
    }

    QTemporaryDir m_dir;
    soip::MemoryCredentialStore m_keys;
    std::unique_ptr<soip::AppServices> m_services;
    std::unique_ptr<soip::MainWindow> m_window;
};
