// The whole window by keyboard: Tab visits every control once, in reading order (the form, the
// phone preview's toolbar, the account and Send, the Problems list), and comes back to the start.
#include "composer/composerdocument.h"
#include "editors/composerform.h"
#include "fullcard.h"
#include "guitestenvironment.h"
#include "mainwindow/mainwindow.h"
#include "services/appservices.h"
#include "uilanguage.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWheelEvent>

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
        m_startLocale = QLocale();
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
        MainWindow window(sandboxOptions(services));
        QVERIFY(showFullMessage(window, type));
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

    // Found by hand: Tab went from the form to the bottom docks, then the toolbar, then the phone,
    // and stopped twice where no focus showed (the form's and the phone's scroll areas).
    void tabReadsTheWindowFormPhoneDocksToolbar()
    {
        AppServices services;
        MainWindow window(sandboxOptions(services));
        QVERIFY(showFullMessage(window, QStringLiteral("CTA")));
        QApplication::setActiveWindow(&window);
        QWidget *start = window.form()->typeComboBox();
        start->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), start);
        QStringList trail;
        for (int i = 0; i < 200; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            if (QApplication::focusWidget() == start)
                break;
            trail.append(QApplication::focusWidget()->objectName());
        }
        const auto at = [&trail](const char *name) { return trail.indexOf(QLatin1String(name)); };
        const QString said = trail.join(QStringLiteral(" > "));
        QVERIFY2(at("bodyTextEdit") >= 0 && at("bodyTextEdit") < at("previewThemeComboBox"), qPrintable(said));
        QVERIFY2(at("previewExportButton") < at("problemsTreeWidget"), qPrintable(said));
        QVERIFY2(at("problemsTreeWidget") < at("accountComboBox"), qPrintable(said));
        // The toolbar last, then the form again.
        QVERIFY2(trail.constLast() == u"accountsPushButton" || trail.constLast() == u"sendPushButton",
                 qPrintable(said));
        QVERIFY2(at("composerForm") < 0 && at("previewScrollArea") < 0, qPrintable(said));
    }

    // Only the Hindi rows install translators: each test starts from the untranslated texts again.
    void cleanup()
    {
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(m_startLocale);
    }

    void noControlMnemonicIsTakenByTheMenuBar_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "hi"}) {
            for (const char *type : {"TXT", "RMC", "CTA", "campaign"})
                QTest::addRow("%s %s", type, language) << type << language;
        }
    }

    // Alt+letter of a control must reach the control, in English and in Hindi: a menu bar title with the
    // same letter takes it first (found by hand: Alt+H opened the Help menu instead of the media's “C&heck”).
    void noControlMnemonicIsTakenByTheMenuBar()
    {
        QFETCH(QString, type);
        QFETCH(QString, language);
        if (language == u"hi")
            QCOMPARE(UiLanguage::installFor(QLocale(QLocale::Hindi, QLocale::India)), language);
        AppServices services;
        MainWindow window(sandboxOptions(services));
        QVERIFY(showFullMessage(window, type));

        QHash<QKeySequence, QString> menuTitles;
        for (const QAction *menu : window.menuBar()->actions())
            menuTitles.insert(QKeySequence::mnemonic(menu->text()), menu->text());
        QVERIFY(menuTitles.size() >= 4);
        int controls = 0;
        QStringList clashes;
        for (QWidget *w : window.findChildren<QWidget *>()) {
            if (!w->isVisible() || w->window() != &window)
                continue;
            QString text;
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                text = button->text();
            else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
                text = label->text();
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (key.isEmpty())
                continue;
            ++controls;
            if (menuTitles.contains(key))
                clashes.append(
                    QStringLiteral("“%1” (%2) and the menu “%3” share %4")
                        .arg(text, describe(w), menuTitles.value(key), key.toString(QKeySequence::NativeText)));
        }
        QVERIFY(controls > 0);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    }

    // Found by hand: one notch over the preview's bar turned Light into Dark, the phone into another
    // and the spreadsheet row shown into row 1; the form's own controls were already guarded.
    void wheelOverAControlOutsideTheFormChangesNothing()
    {
        AppServices services;
        MainWindow window(sandboxOptions(services));
        QVERIFY(showFullMessage(window, QStringLiteral("campaign")));
        auto *compare = window.findChild<QDockWidget *>(QStringLiteral("compareDock"));
        QVERIFY(compare);
        compare->show(); // a window of its own
        QVERIFY(QTest::qWaitForWindowExposed(compare));
        QApplication::setActiveWindow(&window);
        QWidget *focus = window.form()->typeComboBox();
        focus->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), focus);

        QStringList controls;
        QStringList changed;
        // The form's first field has the focus, given by the window, not by the person: guarded too.
        for (QWidget *w : window.findChildren<QWidget *>()) {
            if (!w->isVisible() || (window.form()->isAncestorOf(w) && w != focus) ||
                !(qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)))
                continue;
            controls.append(describe(w));
            const char *property = qobject_cast<QComboBox *>(w) ? "currentText" : "text";
            const QString before = w->property(property).toString();
            // A real wheel through the window it is in, one notch at a time, both ways.
            for (const int delta : {-120, -120, 120, 120, 120}) {
                const QPoint local = w->mapTo(w->window(), w->rect().center());
                QWheelEvent wheel(QPointF(local), w->window()->mapToGlobal(QPointF(local)), QPoint(),
                                  QPoint(0, delta), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
                QApplication::sendEvent(w->window()->windowHandle(), &wheel);
                if (w->property(property).toString() != before || (w->hasFocus() && w != focus)) {
                    changed.append(QStringLiteral("%1 (%2 → %3%4)")
                                       .arg(describe(w), before, w->property(property).toString(),
                                            w->hasFocus() ? QStringLiteral(", focused") : QString()));
                    break;
                }
            }
        }
        QVERIFY2(controls.size() >= 6, qPrintable(controls.join(QStringLiteral(", "))));
        QVERIFY2(changed.isEmpty(), qPrintable(changed.join(QStringLiteral("; "))));
        QCOMPARE(QApplication::focusWidget(), focus);
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
    static MainWindow::Options sandboxOptions(AppServices &services)
    {
        MainWindow::Options options;
        options.services = &services;
        options.sandbox = true;
        return options;
    }

    // Shown at a common laptop's size with every field of `type` filled; "campaign" is a call-to-action
    // card to a two-row spreadsheet, planned, so that the campaign's controls are all shown too.
    bool showFullMessage(MainWindow &window, const QString &type)
    {
        window.resize(1366, 768);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        window.document()->reset(fullCard(type == u"campaign" ? QStringLiteral("CTA") : type));
        return type != u"campaign" || useSpreadsheet(window);
    }

    bool useSpreadsheet(MainWindow &window)
    {
        const QString csv = m_settingsDir.filePath(QStringLiteral("customers.csv"));
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write("name,phone\nAsha,+919876543210\nRavi,+919876543211\n");
        file.close();
        RecipientSource source;
        source.path = csv;
        window.campaign()->draft()->useSpreadsheet(Spreadsheet::read(source));
        return QTest::qWaitFor([&] {
            return window.campaign()->rowPicker()->isVisible() && !window.campaign()->draft()->isPlanning();
        });
    }

    QTemporaryDir m_settingsDir;
    QLocale m_startLocale;
};

QTEST_MAIN(TestWindowKeyboard)
#include "tst_windowkeyboard.moc"
