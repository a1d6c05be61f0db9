// The window's size and layout survive a crash: saved a moment after the person changed them, not
// only on a clean close (issue 11, found by hand: a kill -9 lost the size chosen).
#include "composer/composerdocument.h"
#include "guitestenvironment.h"
#include "settings/settings.h"

#include <QSplitter>

using namespace soip;

class TestWindowLayout final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { GuiTestEnvironment::isolateProgram(); }

    void aResizedWindowComesBackAfterACrash()
    {
        GuiTestEnvironment env;
        MainWindow *window = env.openWindow(1200, 700);
        QTRY_VERIFY(window->isVisible());
        window->resize(1000, 650);
        // Saved without closing: the next start, after a crash, has it.
        QTRY_VERIFY(!Settings::windowGeometry.value().isEmpty());
        env.dropWindow();
        MainWindow::Options options;
        options.services = env.services();
        options.autosaveDirectory = env.autosaveDirectory();
        MainWindow again(options);
        QCOMPARE(again.size(), QSize(1000, 650));
    }
};

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
