#include "calendareventeditor.h"

#include "markedfield.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimeEdit>

namespace soip {

namespace {
const QString kDateFormat = QStringLiteral("yyyy-MM-dd");
const QString kTimeFormat = QStringLiteral("HH:mm");
const QDate kEarliestDate(1900, 1, 1);
} // namespace

CalendarEventEditor::CalendarEventEditor(QWidget *parent)
    : QWidget(parent)
{
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("calendarDateEdit"));
    m_date->setAccessibleName(tr("Event date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    m_date->setMinimumDate(kEarliestDate);

    m_time = new QTimeEdit(this);
    m_time->setObjectName(QStringLiteral("calendarTimeEdit"));
    m_time->setAccessibleName(tr("Event time, 24-hour"));
    m_time->setDisplayFormat(kTimeFormat);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("calendarTitleLineEdit"));
    m_title->setAccessibleName(tr("Event title"));
    m_title->setPlaceholderText(tr("e.g. Store opening"));

    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("calendarDescriptionLineEdit"));
    m_description->setAccessibleName(tr("Event description"));
    m_description->setPlaceholderText(tr("What the event is about"));

    auto *dateTime = new QHBoxLayout;
    dateTime->addWidget(new MarkedField(m_date, this), 1);
    dateTime->addWidget(new MarkedField(m_time, this));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto *dateLabel = new QLabel(tr("Da&te, time:"), this);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, dateTime);
    form->addRow(tr("Event t&itle:"), new MarkedField(m_title, this));
    form->addRow(tr("Descri&ption:"), new MarkedField(m_description, this));

    connect(m_date, &QDateEdit::dateChanged, this, &CalendarEventEditor::commitDate);
    connect(m_time, &QTimeEdit::timeChanged, this, &CalendarEventEditor::commitTime);
    connect(m_title, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_loading)
            return;
        m_event.title = text;
        emitEdited();
    });
    connect(m_description, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_loading)
            return;
        m_event.description = text;
        emitEdited();
    });
    setEvent({});
}

void CalendarEventEditor::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The calendar popup costs more to build than the rest of the editor; only a calendar
    // button the user can see needs it.
    if (m_popupReady)
        return;
    m_popupReady = true;
    QCalendarWidget *calendar = m_date->calendarWidget();
    calendar->setObjectName(QStringLiteral("calendarWidget"));
    calendar->setGridVisible(true);
    calendar->installEventFilter(this);
    // Clicking the date already shown still means "this date" when none was set.
    connect(calendar, &QCalendarWidget::clicked, this, &CalendarEventEditor::commitDate);
}

void CalendarEventEditor::setEvent(const CalendarEvent &event)
{
    m_loading = true;
    m_event = event;
    showDate(event.date);
    showTime(event.time);
    if (m_title->text() != event.title)
        m_title->setText(event.title);
    if (m_description->text() != event.description)
        m_description->setText(event.description);
    m_loading = false;
}

void CalendarEventEditor::showDate(const QString &date)
{
    const QDate parsed = QDate::fromString(date, kDateFormat);
    if (parsed.isValid() && parsed >= kEarliestDate) {
        m_date->setMinimumDate(kEarliestDate);
        m_date->setSpecialValueText(QString());
        m_date->setDate(parsed);
        return;
    }
    // The special text shows while the date equals the minimum (eventFilter opens the calendar on
    // the current month instead of that far-away minimum).
    m_date->setSpecialValueText(date.isEmpty() ? tr("Not set") : tr("Not a date: %1").arg(date));
    m_date->setDate(kEarliestDate);
}

bool CalendarEventEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (m_popupReady && watched == m_date->calendarWidget() && event->type() == QEvent::Show &&
        m_date->date() == kEarliestDate) {
        const QDate today = QDate::currentDate();
        m_date->calendarWidget()->setCurrentPage(today.year(), today.month());
    }
    return QWidget::eventFilter(watched, event);
}

void CalendarEventEditor::showTime(const QString &time)
{
    const QTime parsed = QTime::fromString(time, kTimeFormat);
    if (parsed.isValid()) {
        m_time->setSpecialValueText(QString());
        m_time->setTime(parsed);
        return;
    }
    m_time->setSpecialValueText(time.isEmpty() ? tr("Not set") : tr("Not a time: %1").arg(time));
    m_time->setTime(m_time->minimumTime());
}

void CalendarEventEditor::commitDate(const QDate &date)
{
    if (m_loading || !date.isValid() || date == kEarliestDate)
        return;
    if (m_date->date() != date) {
        m_loading = true;
        m_date->setDate(date);
        m_loading = false;
    }
    m_date->setSpecialValueText(QString());
    m_event.date = date.toString(kDateFormat);
    emitEdited();
}

void CalendarEventEditor::commitTime(const QTime &time)
{
    if (m_loading || !time.isValid())
        return;
    m_time->setSpecialValueText(QString());
    m_event.time = time.toString(kTimeFormat);
    emitEdited();
}

void CalendarEventEditor::emitEdited()
{
    emit eventEdited(m_event);
}

} // namespace soip
