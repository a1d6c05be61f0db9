// View → Theme: the whole app light or dark, remembered across starts, System giving back what the
// desktop gave.
#include "dialogs/apptheme.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

using namespace soip;

class TestAppTheme final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settings.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("soip-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_apptheme"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    }

    void menuSwitchesTheWholeAppAndRemembers()
    {
        const QPalette desktop = QApplication::palette();
        QWidget window;
        std::unique_ptr<AppTheme> theme = std::make_unique<AppTheme>();
        QCOMPARE(theme->choice(), AppTheme::Choice::System);
        QMenu *menu = theme->createMenu(&window);
        QSignalSpy dark(theme.get(), &AppTheme::darkChanged);
        menu->findChild<QAction *>(QStringLiteral("themedarkAction"))->trigger();
        QVERIFY(AppTheme::isDark(QApplication::palette()));
        window.show();
        QTRY_VERIFY(AppTheme::isDark(window.palette()));
        QCOMPARE(dark.count(), 1);

        // The next start comes up dark.
        theme.reset();
        theme = std::make_unique<AppTheme>();
        QCOMPARE(theme->choice(), AppTheme::Choice::Dark);
        QVERIFY(theme->isDark());

        theme->createMenu(&window)->findChild<QAction *>(QStringLiteral("themelightAction"))->trigger();
        QVERIFY(!theme->isDark());
        theme->setChoice(AppTheme::Choice::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), desktop.color(QPalette::Window));
        QCOMPARE(QSettings().value(QStringLiteral("appearance/theme")).toString(), QStringLiteral("system"));
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestAppTheme)
#include "tst_apptheme.moc"
