// The compare view as QA uses it: the grid of phones, themes and font sizes they choose, redrawn
// while the message is edited, exported as one labelled sheet, and what the layout checks run on.
#include "preview/comparedock.h"
#include "preview/contactsheetwidget.h"
#include "preview/previewfonts.h"
#include "preview/previewimagecache.h"
#include "json/messagecodec.h"

#include <QComboBox>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QToolButton>
#include <QtTest>

using namespace soip;
using namespace Qt::StringLiterals;

class TestCompareDock final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void controlsAreNamed();
    void defaultGridIsEveryPhoneAtTwoFontSizes();
    void choosingChangesTheGrid();
    void lastChoiceStays();
    void redrawsWhileEditing();
    void hiddenCostsNothingAndCatchesUp();
    void sheetImageIsLabelled();

private:
    template <typename T> T *child(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1String(name));
    }
    QAction *choice(const QString &name) const { return m_window->findChild<QAction *>(name); }
    static Message sample(const QString &name);

    QMainWindow *m_window = nullptr;
    CompareDock *m_dock = nullptr;
    PreviewImageCache *m_images = nullptr;
};

void TestCompareDock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(PreviewFonts::ensureLoaded());
}

void TestCompareDock::init()
{
    m_window = new QMainWindow;
    m_images = new PreviewImageCache(m_window);
    m_dock = new CompareDock(m_images, m_window);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_window->resize(1000, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_dock->setMessage(sample(u"cta"_s));
}

void TestCompareDock::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

Message TestCompareDock::sample(const QString &name)
{
    return MessageCodec::readFile(QStringLiteral(SOIP_TEST_DATA_DIR "/vendor/request-%1.json").arg(name)).message;
}

void TestCompareDock::controlsAreNamed()
{
    QCOMPARE(m_dock->objectName(), u"compareDock"_s);
    const QList<QWidget *> controls = {
        child<QToolButton>("comparePhonesButton"),    child<QToolButton>("compareThemesButton"),
        child<QToolButton>("compareFontSizesButton"), child<QComboBox>("compareZoomComboBox"),
        child<QPushButton>("compareExportButton"),    child<ContactSheetWidget>("contactSheetWidget")};
    for (QWidget *control : controls) {
        QVERIFY(control);
        QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
    }
    QVERIFY(choice(u"comparePhone-redmi-13c"_s));
    QVERIFY(choice(u"compareTheme-dark"_s));
    QVERIFY(choice(u"compareFontSize-1.3"_s));
}

void TestCompareDock::defaultGridIsEveryPhoneAtTwoFontSizes()
{
    ContactSheetWidget *sheet = child<ContactSheetWidget>("contactSheetWidget");
    QCOMPARE(sheet->sheet().cellCount(), 8); // 4 phones × light × Default, Largest
    QCOMPARE(m_dock->layoutTargets().size(), 8);
    QCOMPARE(m_dock->layoutTargets().first().fontScale, 1.0);
    QCOMPARE(m_dock->layoutTargets().last().fontScale, 1.3);
    // At 50% the widget is half the sheet.
    QCOMPARE(sheet->size(), (sheet->sheet().size() * 0.5).toSize());
    QComboBox *zoom = child<QComboBox>("compareZoomComboBox");
    zoom->setCurrentIndex(zoom->findData(100));
    QCOMPARE(sheet->size(), sheet->sheet().size().toSize());
}

void TestCompareDock::choosingChangesTheGrid()
{
    QSignalSpy changed(m_dock, &CompareDock::selectionChanged);
    choice(u"compareTheme-dark"_s)->trigger();
    QCOMPARE(changed.size(), 1);
    ContactSheetWidget *sheet = child<ContactSheetWidget>("contactSheetWidget");
    QCOMPARE(sheet->sheet().cellCount(), 16);
    QCOMPARE(m_dock->layoutTargets().size(), 8); // the theme does not change the layout
    choice(u"comparePhone-redmi-13c"_s)->trigger();
    choice(u"compareFontSize-1"_s)->trigger();
    QCOMPARE(sheet->sheet().cellCount(), 6); // 3 phones × 2 themes × Largest
    QCOMPARE(m_dock->layoutTargets().size(), 3);
    for (const LayoutChecks::Target &target : m_dock->layoutTargets()) {
        QVERIFY(target.phone.id != u"redmi-13c"_s);
        QCOMPARE(target.fontScale, 1.3);
    }
}

void TestCompareDock::lastChoiceStays()
{
    QAction *light = choice(u"compareTheme-light"_s);
    light->trigger(); // the only theme chosen: unchecking it is undone
    QVERIFY(light->isChecked());
    QCOMPARE(child<ContactSheetWidget>("contactSheetWidget")->sheet().cellCount(), 8);
}

void TestCompareDock::redrawsWhileEditing()
{
    ContactSheetWidget *sheet = child<ContactSheetWidget>("contactSheetWidget");
    const QImage before = sheet->grab().toImage();
    Message message = sample(u"cta"_s);
    message.titles[0] = u"Your order is on its way"_s;
    m_dock->setMessage(message);
    const QImage after = sheet->grab().toImage();
    QCOMPARE(after.size(), before.size());
    QVERIFY(after != before);
}

void TestCompareDock::hiddenCostsNothingAndCatchesUp()
{
    ContactSheetWidget *sheet = child<ContactSheetWidget>("contactSheetWidget");
    const QImage shown = sheet->grab().toImage();
    m_dock->hide();
    m_dock->setMessage(sample(u"txt"_s));
    QCOMPARE(sheet->grab().toImage(), shown); // not redrawn while closed
    m_dock->show();
    QTRY_VERIFY(sheet->grab().toImage() != shown);
    // The export draws what is current even if the dock never showed it.
    m_dock->hide();
    m_dock->setMessage(sample(u"cta"_s));
    QCOMPARE(m_dock->sheetImage(), ContactSheet(sample(u"cta"_s), m_dock->cells(), 4, m_images).toImage(1.0));
}

void TestCompareDock::sheetImageIsLabelled()
{
    const QImage image = m_dock->sheetImage();
    const ContactSheet &sheet = child<ContactSheetWidget>("contactSheetWidget")->sheet();
    QCOMPARE(image.size(), sheet.size().toSize());
    // The label band above the first screen holds dark text on the sheet's grey.
    int dark = 0;
    for (int x = 16; x < 200; ++x) {
        for (int y = 18; y < 50; ++y)
            dark += qGray(image.pixel(x, y)) < 100 ? 1 : 0;
    }
    QVERIFY(dark > 50);
    QCOMPARE(ContactSheet::settingsLabel(
                 ContactSheet::Cell{PhonePresets::find(u"redmi-13c"_s), PreviewOptions::Theme::Dark, 1.3}),
             u"360 dp \u00B7 Dark \u00B7 font size Largest (1.3\u00D7)"_s);
}

QTEST_MAIN(TestCompareDock)
#include "tst_comparedock.moc"
