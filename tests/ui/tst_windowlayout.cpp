// The window's size and layout survive a crash: saved a moment after the person changed them, not
// only on a clean close (issue 11, found by hand: a kill -9 lost the size chosen).
#include "composer/composerdocument.h"
#include "editors/composerform.h"
#include "guitestenvironment.h"
#include "settings/settings.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QStyleOptionComboBox>

using namespace soip;

namespace {
// The width a combo box needs to show `text` whole, as its style draws it (the text measured as
// QComboBox measures its items).
int widthToShow(QComboBox *box, const QString &text)
{
    QStyleOptionComboBox option;
    option.initFrom(box);
    option.currentText = text;
    const QSize content(box->fontMetrics().boundingRect(text).width(), box->fontMetrics().height());
    return box->style()->sizeFromContents(QStyle::CT_ComboBox, &option, content, box).width();
}
} // namespace

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

    // Found by hand: at 900 × 600 the preview's bar held the phone at 660 pixels and the form was a
    // strip of 230 pixels with its fields cut off.
    void aSmallWindowLeavesTheFormRoom()
    {
        GuiTestEnvironment env;
        MainWindow *window = env.openWindow(900, 600);
        QTRY_COMPARE(window->width(), 900);
        auto *form = window->findChild<QWidget *>(QStringLiteral("composerForm"));
        auto *preview = window->findChild<QWidget *>(QStringLiteral("previewPane"));
        QTRY_VERIFY2(form->width() >= ComposerForm::kMinimumWidth,
                     qPrintable(QStringLiteral("form %1, preview %2").arg(form->width()).arg(preview->width())));
        QVERIFY(preview->isVisible() && preview->width() >= 300);
        // Nothing of the fields is cut off at the right (the form never scrolls sideways).
        auto *area = static_cast<QScrollArea *>(form);
        QVERIFY2(area->viewport()->width() >= area->widget()->minimumSizeHint().width(),
                 qPrintable(QStringLiteral("%1 < %2")
                                .arg(area->viewport()->width())
                                .arg(area->widget()->minimumSizeHint().width())));
    }

    // Found by hand: at the app's own 1280 × 720 the font size read "Largest (1.3" and the phone
    // "Redmi Note 13 Pro 5G / PO", with room to spare in the window.
    void thePreviewBarReadsWholeAtTheUsualSize()
    {
        GuiTestEnvironment env;
        MainWindow *window = env.openWindow(1280, 720);
        QTRY_COMPARE(window->width(), 1280);
        for (const char *name :
             {"previewThemeComboBox", "previewWidthComboBox", "previewFontSizeComboBox", "previewZoomComboBox"}) {
            auto *box = window->findChild<QComboBox *>(QLatin1String(name));
            for (int index = 0; index < box->count(); ++index) {
                box->setCurrentIndex(index);
                QTRY_VERIFY2(box->width() >= widthToShow(box, box->currentText()),
                             qPrintable(QStringLiteral("%1: \"%2\" needs %3 pixels, has %4")
                                            .arg(QLatin1String(name), box->currentText())
                                            .arg(widthToShow(box, box->currentText()))
                                            .arg(box->width())));
            }
        }
    }

    // Found by hand: View → Compare phones opened its window at the screen's corner, over the menu bar.
    void compareOpensOverTheWindowTheFirstTime()
    {
        GuiTestEnvironment env;
        // Small enough for the test screen (the offscreen one is 800 × 600).
        MainWindow *window = env.openWindow(600, 400);
        window->move(100, 80);
        QTRY_COMPARE(window->pos(), QPoint(100, 80));
        auto *compare = window->findChild<QDockWidget *>(QStringLiteral("compareDock"));
        compare->resize(300, 200);
        window->findChild<QAction *>(QStringLiteral("showCompareAction"))->trigger();
        QTRY_VERIFY(compare->isVisible());
        QVERIFY(compare->isFloating());
        QTRY_VERIFY2(window->frameGeometry().contains(compare->frameGeometry().center()) &&
                         compare->frameGeometry().top() > window->frameGeometry().top(),
                     qPrintable(QStringLiteral("window %1,%2, compare %3,%4")
                                    .arg(window->x())
                                    .arg(window->y())
                                    .arg(compare->x())
                                    .arg(compare->y())));
        // Moved by the person: shown again, it stays there.
        compare->move(50, 60);
        compare->hide();
        compare->show();
        QCOMPARE(compare->pos(), QPoint(50, 60));
    }

    // Found by hand: the phone, font size, zoom and theme chosen in the preview's bar were the
    // defaults again at the next start.
    void thePreviewsChoicesComeBackAtTheNextStart()
    {
        GuiTestEnvironment env;
        MainWindow *window = env.openWindow();
        const auto box = [&window](const char *name) {
            return window->findChild<QComboBox *>(QLatin1String(name));
        };
        box("previewThemeComboBox")
            ->setCurrentIndex(box("previewThemeComboBox")->findText(QStringLiteral("Dark")));
        box("previewWidthComboBox")->setCurrentIndex(2);
        box("previewFontSizeComboBox")->setCurrentIndex(box("previewFontSizeComboBox")->count() - 1);
        box("previewZoomComboBox")->setCurrentIndex(0);
        const QStringList chosen = {
            box("previewThemeComboBox")->currentText(), box("previewWidthComboBox")->currentText(),
            box("previewFontSizeComboBox")->currentText(), box("previewZoomComboBox")->currentText()};
        env.dropWindow();
        window = env.openWindow();
        QCOMPARE((QStringList{
                     box("previewThemeComboBox")->currentText(), box("previewWidthComboBox")->currentText(),
                     box("previewFontSizeComboBox")->currentText(), box("previewZoomComboBox")->currentText()}),
                 chosen);
        // Light again is the app's own look: the phone follows the app from then on.
        box("previewThemeComboBox")
            ->setCurrentIndex(box("previewThemeComboBox")->findText(QStringLiteral("Light")));
        QVERIFY(Settings::previewTheme.value().isEmpty());
    }
};

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
