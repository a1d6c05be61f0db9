// Text a person can read, measured from rendered pixels (WCAG 2 AA: 4.5:1 for body text, 3:1 for
// large text) for the whole window in the light and the dark theme and for the phone preview in
// both of its themes; and the changes a screen reader must hear (the Problems list, the send state)
// sent as QAccessible events.
#include "composer/composerdocument.h"
#include "fullcard.h"
#include "guitestenvironment.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/screenreader.h"
#include "preview/previewfonts.h"
#include "preview/previewrenderer.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

#include <cmath>

using namespace soip;
using namespace Qt::StringLiterals;

namespace {

double channel(int value)
{
    const double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(QRgb rgb)
{
    return 0.2126 * channel(qRed(rgb)) + 0.7152 * channel(qGreen(rgb)) + 0.0722 * channel(qBlue(rgb));
}

double contrast(QRgb a, QRgb b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The contrast of the text in `area` of `image`: its background is the colour most of the area
// has; its text is the pixel that differs most from that (the core of a glyph; antialiased edges
// only lower the figure, so the measure errs on the strict side). 0 when the area shows nothing.
double textContrast(const QImage &image, const QRect &area)
{
    const QRect inside = area.intersected(image.rect());
    QHash<QRgb, int> counts;
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x)
            ++counts[image.pixel(x, y) | 0xff000000];
    if (counts.isEmpty())
        return 0;
    QRgb background = counts.cbegin().key();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > counts.value(background))
            background = it.key();
    double best = 1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        best = std::max(best, contrast(background, it.key()));
    return best;
}

// WCAG's large text: 18 pt, or 14 pt bold.
double requiredFor(const QFont &font)
{
    const qreal points = font.pointSizeF() > 0 ? font.pointSizeF() : font.pixelSize() * 0.75;
    return points >= 18 || (points >= 14 && font.bold()) ? 3.0 : 4.5;
}

// What each visible, enabled control with text shows, and where.
struct Shown {
    QString name;
    QRect rect;
    QFont font;
};

QList<Shown> textsOf(QWidget *window)
{
    QList<Shown> shown;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window) || !widget->isEnabled() || widget->width() < 4 || widget->height() < 4)
            continue;
        QString text;
        QRect rect = widget->rect();
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            text = label->text();
            rect = label->contentsRect();
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            text = button->text();
        } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
            text = edit->text(); // an empty one shows its placeholder, which WCAG does not count
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            text = combo->currentText();
        }
        if (text.trimmed().isEmpty())
            continue;
        const QString name = widget->objectName().isEmpty()
                                 ? QString::fromLatin1(widget->metaObject()->className())
                                 : widget->objectName();
        shown.append({name + u" “"_s + text.left(40) + u"”"_s,
                      QRect(widget->mapTo(window, rect.topLeft()), rect.size()), widget->font()});
    }
    return shown;
}

// What the window announced while a test runs: the widget's accessible name then, and the text.
struct Heard {
    QString name;
    QString text;
};
QList<Heard> g_heard;
void listen(QWidget *widget, const QString &text)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    g_heard.append({iface ? iface->text(QAccessible::Name) : QString(), text});
}

} // namespace

class TestContrast final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { GuiTestEnvironment::isolateProgram(); }
    void init() { m_env = std::make_unique<GuiTestEnvironment>(); }
    void cleanup() { m_env.reset(); }

    void everyTextOfTheWindowIsReadableInBothThemes_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << u"themelightAction"_s;
        QTest::newRow("dark") << u"themedarkAction"_s;
    }

    void everyTextOfTheWindowIsReadableInBothThemes()
    {
        QFETCH(QString, theme);
        MainWindow *window = m_env->openWindow();
        window->findChild<QAction *>(theme)->trigger();
        window->resize(1366, 768);
        window->document()->reset(fullCard(u"CTA"_s));
        QCoreApplication::processEvents(); // the form and the preview take the message and palette
        const QImage image = window->grab().toImage().convertToFormat(QImage::Format_RGB32);
        QStringList unreadable;
        int measured = 0;
        for (const Shown &text : textsOf(window)) {
            const double ratio = textContrast(image, text.rect);
            if (ratio <= 1)
                continue; // scrolled out of sight: nothing drawn there
            ++measured;
            if (ratio < requiredFor(text.font))
                unreadable.append(u"%1: %2:1"_s.arg(text.name).arg(ratio, 0, 'f', 2));
        }
        QVERIFY2(measured > 30, qPrintable(QString::number(measured)));
        QVERIFY2(unreadable.isEmpty(), qPrintable(unreadable.join(u"\n"_s)));
    }

    // The phone follows the app's theme until the person picks the phone's own (found by hand:
    // switching the app back to light undid a dark phone chosen in the preview's toolbar).
    void thePhoneFollowsTheAppUnlessItsThemeWasChosen()
    {
        MainWindow *window = m_env->openWindow();
        auto *phone = window->findChild<QComboBox *>(u"previewThemeComboBox"_s);
        QVERIFY(phone);
        window->findChild<QAction *>(u"themedarkAction"_s)->trigger();
        QTRY_COMPARE(phone->currentIndex(), phone->findData(int(PreviewOptions::Theme::Dark)));
        window->findChild<QAction *>(u"themelightAction"_s)->trigger();
        QTRY_COMPARE(phone->currentIndex(), phone->findData(int(PreviewOptions::Theme::Light)));
        // Chosen by the person: the app's changes leave it.
        phone->setCurrentIndex(phone->findData(int(PreviewOptions::Theme::Dark)));
        window->findChild<QAction *>(u"themedarkAction"_s)->trigger();
        window->findChild<QAction *>(u"themelightAction"_s)->trigger();
        QCOMPARE(phone->currentIndex(), phone->findData(int(PreviewOptions::Theme::Dark)));
    }

    void everyTextOfThePhoneIsReadableInBothThemes_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(PreviewOptions::Theme::Light);
        QTest::newRow("dark") << int(PreviewOptions::Theme::Dark);
    }

    void everyTextOfThePhoneIsReadableInBothThemes()
    {
        QFETCH(int, theme);
        PreviewFonts::ensureLoaded();
        PreviewOptions options;
        options.theme = PreviewOptions::Theme(theme);
        options.scale = 2.0; // as a phone's density draws it
        for (const QString &type : {u"TXT"_s, u"RMC"_s, u"CTA"_s}) {
            Message card = fullCard(type);
            PreviewLayout layout;
            const QImage image = PreviewRenderer::renderImage(card, options, nullptr, &layout)
                                     .convertToFormat(QImage::Format_RGB32);
            QStringList unreadable;
            for (const PreviewLayout::TextRun &run : layout.texts) {
                // The phone's own chrome (clock, "Today", the input bar's hint) is drawn as MI
                // message draws it: faithful, not ours to change. What the customer reads is.
                if (run.placeholder || run.text.trimmed().isEmpty() || run.role == PreviewLayout::Role::Chrome)
                    continue;
                const QRectF dp(run.topLeft, QSizeF(run.width, run.metrics.height));
                const QRect area = QRectF(dp.topLeft() * options.scale, dp.size() * options.scale).toAlignedRect();
                const double ratio = textContrast(image, area);
                if (ratio < requiredFor(run.font))
                    unreadable.append(u"%1 “%2”: %3:1"_s.arg(type, run.text.left(30)).arg(ratio, 0, 'f', 2));
            }
            QVERIFY2(unreadable.isEmpty(), qPrintable(unreadable.join(u"\n"_s)));
        }
    }

    // A screen reader hears when the problems change and when the message becomes ready to send,
    // without moving the focus there.
    void problemsAndTheSendStateAreAnnounced()
    {
        MainWindow *window = m_env->openWindow();
        g_heard.clear();
        const ScreenReader::Observer previous = ScreenReader::setObserver(listen);
        window->document()->reset(fullCard(u"TXT"_s));
        window->document()->edit([](Message &m) { m.body.clear(); });
        // What a screen reader reads from the accessible interface is what was announced.
        const auto heard = [](const QString &part) {
            return std::any_of(g_heard.cbegin(), g_heard.cend(),
                               [&part](const Heard &h) { return h.text.contains(part) && h.name == h.text; });
        };
        QTRY_VERIFY2(heard(u"Problems: 1 error"_s),
                     qPrintable(g_heard.isEmpty() ? QString() : g_heard.constLast().text));
        window->document()->edit([](Message &m) { m.body = u"Back again"_s; });
        QTRY_VERIFY(heard(u"Ready to send"_s));
        // The same counts again are not said twice.
        const qsizetype said = g_heard.size();
        window->document()->edit([](Message &m) { m.body = u"Back again, twice"_s; });
        QCOMPARE(g_heard.size(), said);
        ScreenReader::setObserver(previous);
    }

private:
    std::unique_ptr<GuiTestEnvironment> m_env;
};

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
