// Help → Guide and Help → Keyboard shortcuts: the shortcuts list is read from the window's own
// actions, so a command with keys is always listed, with its keys.
#include "dialogs/guidedialog.h"
#include "dialogs/shortcutsdialog.h"

#include <QAction>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QWhatsThis>

using namespace soip;

class TestHelpDialogs final : public QObject {
    Q_OBJECT

private slots:
    void shortcutsListTheWindowsActions()
    {
        QWidget window;
        auto *send = new QAction(QStringLiteral("&Send…"), &window);
        send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
        auto *save = new QAction(QStringLiteral("&Save"), &window);
        save->setShortcuts(QKeySequence::Save);
        new QAction(QStringLiteral("No keys"), &window);
        ShortcutsDialog dialog(&window);
        QStringList rows;
        for (int row = 0; row < dialog.table()->rowCount(); ++row)
            rows.append(dialog.table()->item(row, 0)->text() + QStringLiteral(" = ") +
                        dialog.table()->item(row, 1)->text());
        const QString sendKeys = QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText);
        QVERIFY2(rows.contains(sendKeys + QStringLiteral(" = Send")), qPrintable(rows.join(u'\n')));
        QVERIFY2(rows.contains(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText) +
                               QStringLiteral(" = Save")),
                 qPrintable(rows.join(u'\n')));
        QVERIFY(!rows.join(u'\n').contains(QLatin1String("No keys")));
    }

    // Found by hand: Shift+F1 was listed twice, once for What's This? and once as the form's own key.
    void noKeyIsListedTwice()
    {
        QWidget window;
        QAction *whatsThis = QWhatsThis::createAction(&window);
        QVERIFY(whatsThis->shortcut() == QKeySequence(Qt::SHIFT | Qt::Key_F1));
        ShortcutsDialog dialog(&window);
        QStringList keys;
        for (int row = 0; row < dialog.table()->rowCount(); ++row)
            keys.append(dialog.table()->item(row, 0)->text());
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size());
        QVERIFY(keys.contains(QKeySequence(Qt::SHIFT | Qt::Key_F1).toString(QKeySequence::NativeText)));
    }

    void guideExplainsTheFirstMinute()
    {
        GuideDialog dialog;
        const QString text = dialog.browser()->toPlainText();
        QVERIFY(text.contains(QLatin1String("New from sample")));
        QVERIFY(text.contains(QLatin1String("Sandbox")));
    }
};

QTEST_MAIN(TestHelpDialogs)
#include "tst_helpdialogs.moc"
