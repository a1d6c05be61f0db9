// The composer form as a person drives it with the mouse wheel and the Tab key: a wheel over a
// control that was not chosen scrolls the form and changes nothing; Tab visits every control once,
// in reading order, and comes back to the start.
#include "composer/composerdocument.h"
#include "editors/calendareventeditor.h"
#include "editors/composerform.h"
#include "editors/markedfield.h"
#include "editors/scrollanchor.h"
#include "editors/tabring.h"
#include "editors/wheelguard.h"
#include "fullcard.h"
#include "model/typeddatetime.h"
#include "validation/validator.h"
#include "json/messagecodec.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>
#include <QWindow>

using namespace soip;

class TestFormKeyboardMouse final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void wheelOverAControlScrollsTheForm_data();
    void wheelOverAControlScrollsTheForm();
    void tabVisitsEveryControlOnceInReadingOrder_data();
    void tabVisitsEveryControlOnceInReadingOrder();
    void datesAndTimesTypedAsPeopleWriteThem_data();
    void datesAndTimesTypedAsPeopleWriteThem();
    void dateNotUnderstoodIsKeptAndMarked();
    void calendarPopupPicksTheDate();
    void formDoesNotMoveUnderThePointer();
    void aButtonDisabledWhileFocusedPassesTheFocusOn();
    void newRowsScrollIntoViewAndTakeFocus_data();
    void newRowsScrollIntoViewAndTakeFocus();
    void noRowIsTallerThanItsContent_data();
    void noRowIsTallerThanItsContent();
    void everyControlExplainsItself_data();
    void everyControlExplainsItself();

private:
    // What a person can reach with Tab, found independently of TabRing: every visible, enabled
    // control of the form that takes Tab focus itself.
    QList<QWidget *> reachableControls() const
    {
        QList<QWidget *> controls;
        for (QWidget *w : m_form->widget()->findChildren<QWidget *>()) {
            if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
                controls.append(w);
        }
        return controls;
    }
    // A card whose only button adds an event nobody has filled in yet.
    QLineEdit *emptyCalendarButton(const QString &name)
    {
        Message m = fullCard(QStringLiteral("CTA"));
        m.actions = {m.actions.at(1)};
        m.actions[0].event = {};
        m_document->reset(m);
        QApplication::setActiveWindow(m_form);
        return m_form->widget()->findChild<QLineEdit *>(name);
    }
    CalendarEvent event() const { return m_document->message().actions.value(0).event; }
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, Qt::Key(key), modifiers);
    }

    QTemporaryDir m_settingsDir;
    ComposerDocument *m_document = nullptr;
    ComposerForm *m_form = nullptr;
};

void TestFormKeyboardMouse::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("soip-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_formkeyboardmouse"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestFormKeyboardMouse::init()
{
    m_document = new ComposerDocument;
    m_form = new ComposerForm(m_document);
    m_form->resize(620, 420);
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form));
}

void TestFormKeyboardMouse::cleanup()
{
    delete m_form;
    delete m_document;
    m_form = nullptr;
    m_document = nullptr;
}

void TestFormKeyboardMouse::wheelOverAControlScrollsTheForm_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("control");
    QTest::addColumn<int>("editor"); // which button's editor holds it, -1 for none
    QTest::newRow("message type") << "CTA"
                                  << "typeComboBox" << -1;
    QTest::newRow("route") << "CTA"
                           << "routeComboBox" << -1;
    QTest::newRow("button does") << "CTA"
                                 << "actionTypeComboBox" << 0;
    QTest::newRow("button rank") << "CTA"
                                 << "actionRankComboBox" << 1;
    QTest::newRow("app link action") << "CTA"
                                     << "deepLinkActionComboBox" << 2;
    QTest::newRow("media type") << "RMC"
                                << "mediaTypeComboBox" << -1;
    QTest::newRow("display ratio") << "RMC"
                                   << "displayRatioComboBox" << -1;
}

void TestFormKeyboardMouse::wheelOverAControlScrollsTheForm()
{
    QFETCH(QString, type);
    QFETCH(QString, control);
    QFETCH(int, editor);
    m_document->reset(fullCard(type));
    ScrollAnchor::settleLayouts(); // as on screen before the pointer gets there
    QWidget *in = editor < 0
                      ? m_form->widget()
                      : m_form->widget()->findChild<QWidget *>(QStringLiteral("actionEditor%1").arg(editor));
    QVERIFY(in);
    auto *target = in->findChild<QWidget *>(control);
    QVERIFY2(target && target->isVisible(), qPrintable(control));
    // Put the control near the top of the view, so the form has room to scroll down.
    QScrollBar *bar = m_form->verticalScrollBar();
    bar->setValue(qMin(bar->maximum() - 150, target->mapTo(m_form->widget(), QPoint(0, 0)).y() - 20));
    QVERIFY2(bar->value() < bar->maximum() - 100, "the form is too short to scroll");
    ScrollAnchor::settleLayouts();
    const char *valueProperty = qobject_cast<QComboBox *>(target) ? "currentText" : "text";
    const QString before = target->property(valueProperty).toString();
    const int scrolled = bar->value();
    QApplication::setActiveWindow(m_form);
    m_form->typeComboBox()->setFocus(); // the focus is somewhere else, as when scrolling
    if (target == m_form->typeComboBox())
        m_form->widget()->findChild<QWidget *>(QStringLiteral("recipientsTextEdit"))->setFocus();

    // A real wheel event through the window, delivered to the widget under the pointer.
    const QPoint local = target->mapTo(m_form, target->rect().center());
    const QPointF global = m_form->mapToGlobal(QPointF(local));
    for (int notch = 0; notch < 2; ++notch) {
        QWheelEvent wheel(QPointF(local), global, QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_form->windowHandle(), &wheel);
    }
    QCOMPARE(target->property(valueProperty).toString(), before);
    QVERIFY2(bar->value() > scrolled,
             qPrintable(QStringLiteral("the wheel did not scroll the form: %1 of %2, under the pointer %3")
                            .arg(bar->value())
                            .arg(bar->maximum())
                            .arg(describe(m_form->childAt(local)))));
    QVERIFY(!target->hasFocus());
    // Qt gives a Qt::WheelFocus control the focus on the first notch, so the next one changes it.
    QVERIFY(target->focusPolicy() != Qt::WheelFocus);

    // Chosen on purpose, the control takes the wheel.
    auto *combo = qobject_cast<QComboBox *>(target);
    if (!target->isEnabled() || (combo && combo->count() < 2))
        return;
    target->setFocus(Qt::MouseFocusReason);
    const QPoint at = target->rect().center();
    const int towards = combo && combo->currentIndex() == combo->count() - 1 ? 120 : -120;
    QWheelEvent chosen(QPointF(at), target->mapToGlobal(QPointF(at)), QPoint(), QPoint(0, towards), Qt::NoButton,
                       Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(WheelGuard::guardedControl(target), &chosen);
    QVERIFY(target->property(valueProperty).toString() != before);
}

void TestFormKeyboardMouse::tabVisitsEveryControlOnceInReadingOrder_data()
{
    QTest::addColumn<QString>("type");
    QTest::newRow("text") << "TXT";
    QTest::newRow("rich media card") << "RMC";
    QTest::newRow("call-to-action card") << "CTA";
}

void TestFormKeyboardMouse::tabVisitsEveryControlOnceInReadingOrder()
{
    QFETCH(QString, type);
    m_document->reset(fullCard(type));
    QApplication::setActiveWindow(m_form);
    QWidget *start = m_form->typeComboBox();
    start->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), start);

    const QList<QWidget *> expected = reachableControls();
    QVERIFY(expected.size() > 5);
    QList<QWidget *> visited{start};
    QStringList trail{describe(start)};
    for (int i = 0; i < 2 * expected.size(); ++i) {
        press(Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        QVERIFY(now);
        if (now == start)
            break;
        trail.append(describe(now));
        QVERIFY2(m_form->widget()->isAncestorOf(now),
                 qPrintable(QStringLiteral("Tab left the form: ") + trail.join(QStringLiteral(" → "))));
        // Each control Tab reaches is scrolled into view.
        const QRect at(now->mapTo(m_form->viewport(), QPoint(0, 0)), now->size());
        const QRect seen = at & m_form->viewport()->rect();
        QVERIFY2(
            seen.height() >= qMin(at.height(), m_form->viewport()->height()) / 2,
            qPrintable(trail.last() + QStringLiteral(" not in view: %1+%2 in %3, scrolled %4 of %5, content %6")
                                          .arg(at.top())
                                          .arg(at.height())
                                          .arg(m_form->viewport()->height())
                                          .arg(m_form->verticalScrollBar()->value())
                                          .arg(m_form->verticalScrollBar()->maximum())
                                          .arg(m_form->widget()->height())));
        QVERIFY2(!visited.contains(now),
                 qPrintable(QStringLiteral("visited twice: ") + trail.join(QStringLiteral(" → "))));
        visited.append(now);
    }
    QVERIFY2(QApplication::focusWidget() == start,
             qPrintable(QStringLiteral("Tab did not come back: ") + trail.join(QStringLiteral(" → "))));
    for (QWidget *w : expected)
        QVERIFY2(visited.contains(w), qPrintable(QStringLiteral("never reached: ") + describe(w) +
                                                 QStringLiteral(" in ") + trail.join(QStringLiteral(" → "))));
    QCOMPARE(visited.size(), expected.size());

    // Reading order: never up the page, and within a row, left to right.
    for (qsizetype i = 1; i < visited.size(); ++i) {
        const QRect a(visited.at(i - 1)->mapTo(m_form->widget(), QPoint(0, 0)), visited.at(i - 1)->size());
        const QRect b(visited.at(i)->mapTo(m_form->widget(), QPoint(0, 0)), visited.at(i)->size());
        const bool sameRow = b.top() < a.bottom() && a.top() < b.bottom();
        QVERIFY2(sameRow ? b.left() >= a.right() : b.top() >= a.bottom(),
                 qPrintable(trail.at(i - 1) + QStringLiteral(" then ") + trail.at(i)));
    }

    // Shift+Tab walks the same ring backwards.
    QList<QWidget *> back;
    for (qsizetype i = 0; i < visited.size(); ++i) {
        press(Qt::Key_Backtab, Qt::ShiftModifier);
        back.prepend(QApplication::focusWidget());
    }
    QCOMPARE(back, visited);
}

void TestFormKeyboardMouse::datesAndTimesTypedAsPeopleWriteThem_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("time24");
    QTest::newRow("ISO, 24-hour") << "2026-12-25"
                                  << "18:30"
                                  << "18:30";
    QTest::newRow("slashes, no colon") << "25/12/2026"
                                       << "1830"
                                       << "18:30";
    QTest::newRow("dots, pm") << "25.12.2026"
                              << "6:30 pm"
                              << "18:30";
    QTest::newRow("month name, morning") << "25 Dec 2026"
                                         << "930"
                                         << "09:30";
    QTest::newRow("digits only") << "25122026"
                                 << "6pm"
                                 << "18:00";
}

void TestFormKeyboardMouse::datesAndTimesTypedAsPeopleWriteThem()
{
    QFETCH(QString, date);
    QFETCH(QString, time);
    QFETCH(QString, time24);
    QLineEdit *dateEdit = emptyCalendarButton(QStringLiteral("calendarDateEdit"));
    auto *timeEdit = m_form->widget()->findChild<QLineEdit *>(QStringLiteral("calendarTimeEdit"));
    QVERIFY(dateEdit && timeEdit);
    dateEdit->setFocus(Qt::MouseFocusReason);
    QTRY_VERIFY(dateEdit->hasFocus());
    QTest::keyClicks(dateEdit, date);
    press(Qt::Key_Tab);
    // Tab leaves the field, which now shows the date it understood.
    QTRY_VERIFY(timeEdit->hasFocus());
    QCOMPARE(dateEdit->text(), QLocale().toString(QDate(2026, 12, 25), QStringLiteral("ddd d MMM yyyy")));
    QCOMPARE(event().date, QStringLiteral("2026-12-25"));
    QTest::keyClicks(timeEdit, time);
    press(Qt::Key_Tab);
    QTRY_VERIFY(!timeEdit->hasFocus());
    QCOMPARE(timeEdit->text(), time24);
    QCOMPARE(event().time, time24);
    // What is saved and sent is the API's form.
    const QJsonObject to = MessageCodec::toJson(m_document->message())
                               .value(QLatin1String("actions"))
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(QLatin1String("action_to"))
                               .toObject();
    QCOMPARE(to.value(QLatin1String("date")).toString(), QStringLiteral("2026-12-25"));
    QCOMPARE(to.value(QLatin1String("time")).toString(), time24);
    // Coming back, the understood text reads as the same date.
    dateEdit->setFocus(Qt::MouseFocusReason);
    QTest::keyClick(dateEdit, Qt::Key_End);
    QTest::keyClick(dateEdit, Qt::Key_Space);
    QCOMPARE(event().date, QStringLiteral("2026-12-25"));
}

void TestFormKeyboardMouse::dateNotUnderstoodIsKeptAndMarked()
{
    QLineEdit *dateEdit = emptyCalendarButton(QStringLiteral("calendarDateEdit"));
    auto *timeEdit = m_form->widget()->findChild<QLineEdit *>(QStringLiteral("calendarTimeEdit"));
    dateEdit->setFocus(Qt::MouseFocusReason);
    QTRY_VERIFY(dateEdit->hasFocus());
    QTest::keyClicks(dateEdit, QStringLiteral("31/02/2026"));
    m_form->showIssues(Validator::validate(m_document->message()));
    press(Qt::Key_Tab);
    QTRY_VERIFY(timeEdit->hasFocus());
    // Neither dropped nor replaced: the person sees what they typed, marked as a problem.
    QCOMPARE(dateEdit->text(), QStringLiteral("31/02/2026"));
    QCOMPARE(event().date, QStringLiteral("31/02/2026"));
    m_form->showIssues(Validator::validate(m_document->message()));
    QVERIFY2(MarkedField::containing(dateEdit)->issueText().contains(QLatin1String("31/02/2026")),
             qPrintable(MarkedField::containing(dateEdit)->issueText()));
    QTest::keyClicks(timeEdit, QStringLiteral("25:00"));
    dateEdit->setFocus(Qt::MouseFocusReason);
    QTRY_VERIFY(dateEdit->hasFocus());
    QCOMPARE(timeEdit->text(), QStringLiteral("25:00"));
    m_form->showIssues(Validator::validate(m_document->message()));
    QVERIFY(!MarkedField::containing(timeEdit)->issueText().isEmpty());
}

void TestFormKeyboardMouse::calendarPopupPicksTheDate()
{
    QLineEdit *dateEdit = emptyCalendarButton(QStringLiteral("calendarDateEdit"));
    auto *editor = qobject_cast<CalendarEventEditor *>(dateEdit->parentWidget()->parentWidget());
    QVERIFY(editor);
    dateEdit->setFocus(Qt::MouseFocusReason);
    QTRY_VERIFY(dateEdit->hasFocus());
    QTest::keyClick(dateEdit, Qt::Key_Down, Qt::AltModifier);
    QCalendarWidget *calendar = editor->calendarPopup();
    QVERIFY(calendar);
    QTRY_VERIFY(calendar->isVisible());
    QCOMPARE(calendar->selectedDate(), QDate::currentDate());
    const QDate tomorrow = calendar->selectedDate().addDays(1);
    QWidget *grid = calendar->focusWidget() ? calendar->focusWidget() : calendar;
    QTest::keyClick(grid, Qt::Key_Right);
    QTest::keyClick(grid, Qt::Key_Return);
    QTRY_VERIFY(!calendar->isVisible());
    QCOMPARE(event().date, TypedDateTime::jsonDate(tomorrow));
    QTRY_VERIFY(dateEdit->hasFocus());

    // The icon in the field opens it too.
    const QList<QAction *> actions = dateEdit->actions();
    QCOMPARE(actions.size(), 1);
    actions.constFirst()->trigger();
    QTRY_VERIFY(calendar->isVisible());
    QCOMPARE(calendar->selectedDate(), tomorrow);
    QTest::keyClick(calendar->focusWidget() ? calendar->focusWidget() : calendar, Qt::Key_Escape);
    QTRY_VERIFY(!calendar->isVisible());
}

void TestFormKeyboardMouse::formDoesNotMoveUnderThePointer()
{
    Message m = fullCard(QStringLiteral("CTA"));
    m.to.clear();
    m_document->reset(m);
    m_form->resize(620, 720); // Category in view below Recipients, as on a laptop screen
    QApplication::setActiveWindow(m_form);
    ScrollAnchor::settleLayouts();
    m_form->verticalScrollBar()->setValue(0);
    auto *recipients = m_form->widget()->findChild<QPlainTextEdit *>(QStringLiteral("recipientsTextEdit"));
    auto *category = m_form->widget()->findChild<QLineEdit *>(QStringLiteral("categoryLineEdit"));
    QVERIFY(recipients && category);
    QVERIFY(m_form->viewport()->rect().contains(category->mapTo(m_form->viewport(), category->rect().center())));
    const auto yInView = [this](QWidget *w) { return w->mapTo(m_form->viewport(), QPoint(0, 0)).y(); };

    recipients->setFocus(Qt::MouseFocusReason);
    QTRY_VERIFY(recipients->hasFocus());
    QTest::keyClicks(recipients, QStringLiteral("12345"));
    m_form->showIssues(Validator::validate(m_document->message())); // as the window does on each edit
    // The person moves to the next field; leaving Recipients shows its problem above it.
    ScrollAnchor::settleLayouts();
    const int before = yInView(category);
    QTest::mouseClick(category, Qt::LeftButton, {}, category->rect().center());
    QTRY_VERIFY(category->hasFocus());
    QVERIFY(!MarkedField::containing(recipients)->issueText().isEmpty());
    ScrollAnchor::settleLayouts(); // what the next paint shows
    QCOMPARE(yInView(category), before);

    // Fixed, the message goes; the field stays put again.
    recipients->setFocus(Qt::MouseFocusReason);
    QTRY_VERIFY(recipients->hasFocus());
    recipients->selectAll();
    QTest::keyClicks(recipients, QStringLiteral("+919812345678"));
    m_form->showIssues(Validator::validate(m_document->message()));
    ScrollAnchor::settleLayouts();
    const int again = yInView(category);
    QTest::mouseClick(category, Qt::LeftButton, {}, category->rect().center());
    QTRY_VERIFY(category->hasFocus());
    QVERIFY(MarkedField::containing(recipients)->issueText().isEmpty());
    ScrollAnchor::settleLayouts();
    QCOMPARE(yInView(category), again);
}

// Found by hand: Check on a media address (clicked, or Tab then Space) disables itself while the
// check runs; Qt then moves the focus on from it, and the form jumped to the Type box at the top.
void TestFormKeyboardMouse::aButtonDisabledWhileFocusedPassesTheFocusOn()
{
    Message m = fullCard(QStringLiteral("RMC"));
    m_document->reset(m);
    QApplication::setActiveWindow(m_form);
    auto *url = m_form->widget()->findChild<QLineEdit *>(QStringLiteral("mediaUrlLineEdit"));
    auto *check = m_form->widget()->findChild<QPushButton *>(QStringLiteral("mediaCheckButton"));
    QVERIFY(url && check && check->isEnabled());
    url->setFocus(Qt::MouseFocusReason);
    QTRY_VERIFY(url->hasFocus());
    ScrollAnchor::reveal(url);
    ScrollAnchor::settleLayouts();
    const int scrolled = m_form->verticalScrollBar()->value();
    QVERIFY(scrolled > 0);
    press(Qt::Key_Tab);
    QTRY_VERIFY(check->hasFocus());

    check->setEnabled(false); // what the button does while its check runs
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus && focus != check);
    const QList<QWidget *> ring = TabRing::stops(m_form);
    QCOMPARE(ring.indexOf(focus), ring.indexOf(url) + 1); // the control after Check, not the first
    ScrollAnchor::settleLayouts();
    QVERIFY(qAbs(m_form->verticalScrollBar()->value() - scrolled) < m_form->viewport()->height());

    // A control hidden while it has the focus passes it on the same way.
    check->setEnabled(true);
    check->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(check->hasFocus());
    check->hide();
    QCOMPARE(QApplication::focusWidget(), focus);
}

void TestFormKeyboardMouse::newRowsScrollIntoViewAndTakeFocus_data()
{
    QTest::addColumn<QString>("addButton");
    QTest::addColumn<QString>("expectedFocus");
    QTest::newRow("title") << "addTitleButton"
                           << "titleLineEdit2";
    QTest::newRow("button") << "addActionButton"
                            << "actionLabelLineEdit";
    QTest::newRow("app link") << "addDeepLinkButton"
                              << "deepLinkPackageLineEdit";
}

void TestFormKeyboardMouse::newRowsScrollIntoViewAndTakeFocus()
{
    QFETCH(QString, addButton);
    QFETCH(QString, expectedFocus);
    Message m = fullCard(QStringLiteral("CTA"));
    m.titles = m.titles.mid(0, 2);
    m.actions = {m.actions.at(2)}; // the app button, with its two links
    m.actions[0].deepLinks = m.actions[0].deepLinks.mid(0, 1);
    m_document->reset(m);
    QApplication::setActiveWindow(m_form);
    auto *add = m_form->widget()->findChild<QWidget *>(addButton);
    QVERIFY(add);
    // Reached by the keyboard, then the view scrolled away, as after looking at something else.
    add->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(add->hasFocus());
    m_form->verticalScrollBar()->setValue(
        addButton == QLatin1String("addTitleButton") ? m_form->verticalScrollBar()->maximum() : 0);
    QTest::keyClick(add, Qt::Key_Space);
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QCOMPARE(focus->objectName(), expectedFocus);
    const QRect inView(focus->mapTo(m_form->viewport(), QPoint(0, 0)), focus->size());
    QVERIFY2(m_form->viewport()->rect().contains(inView),
             qPrintable(QStringLiteral("%1,%2 not in the view").arg(inView.top()).arg(inView.bottom())));
}

void TestFormKeyboardMouse::everyControlExplainsItself_data()
{
    tabVisitsEveryControlOnceInReadingOrder_data();
}

void TestFormKeyboardMouse::everyControlExplainsItself()
{
    QFETCH(QString, type);
    m_document->reset(fullCard(type));
    for (QWidget *w : reachableControls()) {
        // The line edit of an editable combo box is the combo box's.
        QWidget *control = qobject_cast<QComboBox *>(w->parentWidget()) ? w->parentWidget() : w;
        QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(describe(control)));
        QVERIFY2(!control->whatsThis().isEmpty(), qPrintable(describe(control)));
        QVERIFY2(!control->toolTip().isEmpty(), qPrintable(describe(control)));
        QVERIFY2(!control->accessibleDescription().isEmpty(), qPrintable(describe(control)));
    }
}

QTEST_MAIN(TestFormKeyboardMouse)
#include "tst_formkeyboardmouse.moc"

void TestFormKeyboardMouse::noRowIsTallerThanItsContent_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("filled");
    for (const char *type : {"TXT", "RMC", "CTA"}) {
        QTest::addRow("%s filled", type) << type << true;
        QTest::addRow("%s empty", type) << type << false;
    }
}

// Found by hand: the media's warning ("The media address uses http…") stood over three blank lines.
// A wrapped text's row must be as tall as its lines at the width it has, not at the narrower width
// its size hint assumes.
void TestFormKeyboardMouse::noRowIsTallerThanItsContent()
{
    QFETCH(QString, type);
    QFETCH(bool, filled);
    Message m = fullCard(type);
    if (!filled) {
        m = Message{};
        m.type = fullCard(type).type;
    }
    if (!m.richMedia.isEmpty()) { // a warning under each address
        m.richMedia[0].url = QStringLiteral("http://example.com/a.jpg");
        m.richMedia[0].cover = QStringLiteral("http://example.com/c.png");
    }
    m_document->reset(m);
    m_form->revealAllIssues();
    m_form->showIssues(Validator::validate(m_document->message()));

    int wrapped = 0;
    QStringList tooTall;
    // Wider, then narrower again: the rows follow the number of lines at each width.
    for (const int width : {540, 900, 540}) {
        m_form->resize(width, 700);
        ScrollAnchor::settleLayouts();
        for (QFormLayout *rows : m_form->widget()->findChildren<QFormLayout *>()) {
            if (!rows->parentWidget()->isVisible())
                continue;
            for (int row = 0; row < rows->rowCount(); ++row) {
                QLayoutItem *field = rows->itemAt(row, QFormLayout::FieldRole);
                if (!field || field->isEmpty() || !field->hasHeightForWidth())
                    continue;
                ++wrapped;
                QLayoutItem *label = rows->itemAt(row, QFormLayout::LabelRole);
                const int labelHeight = label && !label->isEmpty() ? label->geometry().height() : 0;
                const QRect place = field->geometry();
                const int needed = qMax(field->heightForWidth(place.width()), labelHeight);
                if (place.height() > needed + 2)
                    tooTall.append(QStringLiteral("at %1 px wide, %2 is %3 px high for %4 px of content")
                                       .arg(width)
                                       .arg(describe(field->widget()))
                                       .arg(place.height())
                                       .arg(needed));
            }
        }
    }
    QVERIFY(wrapped > 0);
    QVERIFY2(tooTall.isEmpty(), qPrintable(tooTall.join(QStringLiteral("; "))));
}
