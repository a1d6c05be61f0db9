// The whole window by keyboard: Tab visits every control once, in reading order (the form, the
// phone preview's toolbar, the account and Send, the Problems list), and comes back to the start.
#include "composer/composerdocument.h"
#include "editors/composerform.h"
#include "fullcard.h"
#include "guitestenvironment.h"
#include "mainwindow/mainwindow.h"
#include "services/appservices.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "history/historywindow.h"
#include "spreadsheet/campaigncomposer.h"
#include "spreadsheet/campaigndraft.h"

using namespace soip;

class TestWindowKeyboard final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("soip-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_windowkeyboard"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void tabGoesRoundTheWholeWindow_data()
    {
        QTest::addColumn<QString>("type");
        QTest::newRow("text") << "TXT";
        QTest::newRow("rich media card") << "RMC";
        QTest::newRow("call-to-action card") << "CTA";
        // Recipients from a spreadsheet: the file's buttons and the row picker above the phone.
        QTest::newRow("campaign") << "campaign";
    }

    void tabGoesRoundTheWholeWindow()
    {
        QFETCH(QString, type);
        AppServices services;
        MainWindow::Options options;
        options.services = &services;
        options.sandbox = true;
        MainWindow window(options);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.document()->reset(fullCard(type == u"campaign" ? QStringLiteral("CTA") : type));
        if (type == u"campaign") {
            const QString csv = m_settingsDir.filePath(QStringLiteral("customers.csv"));
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("name,phone\nAsha,+919876543210\nRavi,+919876543211\n");
            file.close();
            RecipientSource source;
            source.path = csv;
            window.campaign()->draft()->useSpreadsheet(Spreadsheet::read(source));
            QTRY_VERIFY(window.campaign()->rowPicker()->isVisible());
            QTRY_VERIFY(!window.campaign()->draft()->isPlanning());
        }
        QApplication::setActiveWindow(&window);
        QWidget *start = window.form()->typeComboBox();
        start->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), start);

        // Found independently of TabRing: every visible, enabled control of the window that takes
        // Tab focus itself.
        QList<QWidget *> expected;
        for (QWidget *w : window.findChildren<QWidget *>()) {
            if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() &&
                w->window() == &window)
                expected.append(w);
        }
        QList<QWidget *> visited{start};
        QStringList trail{describe(start)};
        for (int i = 0; i < 2 * expected.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            QVERIFY(now);
            if (now == start)
                break;
            trail.append(describe(now));
            QVERIFY2(!visited.contains(now),
                     qPrintable(QStringLiteral("visited twice: ") + trail.join(QStringLiteral(" → "))));
            visited.append(now);
        }
        QVERIFY2(QApplication::focusWidget() == start,
                 qPrintable(QStringLiteral("Tab did not come back: ") + trail.join(QStringLiteral(" → "))));
        for (QWidget *w : std::as_const(expected))
            QVERIFY2(visited.contains(w), qPrintable(QStringLiteral("never reached: ") + describe(w) +
                                                     QStringLiteral(" in ") + trail.join(QStringLiteral(" → "))));
        QCOMPARE(visited.size(), expected.size());
        for (const char *name : {"problemsTreeWidget", "accountComboBox"}) {
            auto *w = window.findChild<QWidget *>(QLatin1String(name));
            QVERIFY2(!w || !w->isVisible() || visited.contains(w), name);
        }
    }

    // Ctrl+H is Backspace to a text box; in the window it is View → History (found by hand).
    void ctrlHOpensTheHistoryFromTheMessageText()
    {
        AppServices services;
        MainWindow::Options options;
        options.services = &services;
        MainWindow window(options);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        window.document()->reset(fullCard(QStringLiteral("TXT")));
        QPlainTextEdit *body = window.form()->findChild<QPlainTextEdit *>(QStringLiteral("bodyTextEdit"));
        body->setFocus();
        QTRY_VERIFY(body->hasFocus());
        const QString text = body->toPlainText();
        // Through the window system, as a real key comes: the shortcut override is asked first.
        QTest::keyClick(window.windowHandle(), Qt::Key_H, Qt::ControlModifier);
        QWidget *history = window.findChild<HistoryWindow *>();
        QVERIFY(history);
        QTRY_VERIFY(history->isVisible());
        QCOMPARE(body->toPlainText(), text);
        history->close();
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestWindowKeyboard)
#include "tst_windowkeyboard.moc"
