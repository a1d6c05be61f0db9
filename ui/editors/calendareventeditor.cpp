#include "calendareventeditor.h"

#include "editoricons.h"
#include "lineeditfactory.h"
#include "markedfield.h"
#include "model/typeddatetime.h"

#include <QAction>
#include <QCalendarWidget>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>

namespace soip {

namespace {
const QString kShownDate = QStringLiteral("ddd d MMM yyyy");
} // namespace

CalendarEventEditor::CalendarEventEditor(QWidget *parent)
    : QWidget(parent)
{
    m_date = makeLineEdit(this, QStringLiteral("calendarDateEdit"), tr("Event date"), tr("e.g. 25/12/2026"));
    m_date->setToolTip(tr("Type the date as you write it (25/12/2026, 25.12.2026, 25 Dec 2026 or 2026-12-25), "
                          "or pick it from the calendar (Alt+Down)."));
    m_date->setAccessibleDescription(m_date->toolTip());
    QAction *pick =
        m_date->addAction(EditorIcons::actionType(int(ActionType::AddToCalendar)), QLineEdit::TrailingPosition);
    pick->setObjectName(QStringLiteral("calendarPickAction"));
    pick->setText(tr("Pick the date from a calendar"));
    pick->setToolTip(pick->text());
    connect(pick, &QAction::triggered, this, &CalendarEventEditor::openCalendar);
    m_date->installEventFilter(this);

    m_time = makeLineEdit(this, QStringLiteral("calendarTimeEdit"), tr("Event time"), tr("e.g. 18:30"));
    m_time->setToolTip(tr("Type the time as you write it: 18:30, 1830 or 6:30 pm."));
    m_time->setAccessibleDescription(m_time->toolTip());
    // Wide enough for "6:30 p.m." while typing, no wider: the date needs the room.
    m_time->setMaximumWidth(m_time->fontMetrics().horizontalAdvance(QStringLiteral("00:00 p.m.__")) + 24);

    m_title =
        makeLineEdit(this, QStringLiteral("calendarTitleLineEdit"), tr("Event title"), tr("e.g. Store opening"));
    m_description = makeLineEdit(this, QStringLiteral("calendarDescriptionLineEdit"), tr("Event description"),
                                 tr("What the event is about"));

    auto *dateTime = new QHBoxLayout;
    // Top-aligned: a message under one of the two must not move the other down.
    dateTime->addWidget(new MarkedField(m_date, this), 2, Qt::AlignTop);
    dateTime->addWidget(new MarkedField(m_time, this), 1, Qt::AlignTop);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto *dateLabel = new QLabel(tr("Da&te, time:"), this);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, dateTime);
    form->addRow(tr("Event t&itle:"), new MarkedField(m_title, this));
    form->addRow(tr("Descri&ption:"), new MarkedField(m_description, this));

    // Every keystroke reaches the message (the preview and autosave follow); the field itself is
    // rewritten to what was understood only when the person leaves it.
    connect(m_date, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_event.date = dateValue(text);
        emitEdited();
    });
    connect(m_date, &QLineEdit::editingFinished, this, [this] {
        if (const QString shown = dateShown(m_event.date); shown != m_date->text())
            m_date->setText(shown);
    });
    connect(m_time, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_event.time = timeValue(text);
        emitEdited();
    });
    connect(m_time, &QLineEdit::editingFinished, this, [this] {
        if (const QString shown = timeShown(m_event.time); shown != m_time->text())
            m_time->setText(shown);
    });
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

QString CalendarEventEditor::dateValue(const QString &typed) const
{
    const QDate date = TypedDateTime::parseDate(typed, QDate::currentDate(), locale());
    return date.isValid() ? TypedDateTime::jsonDate(date) : typed.trimmed();
}

QString CalendarEventEditor::timeValue(const QString &typed)
{
    const QTime time = TypedDateTime::parseTime(typed);
    return time.isValid() ? TypedDateTime::jsonTime(time) : typed.trimmed();
}

QString CalendarEventEditor::dateShown(const QString &value) const
{
    const QDate date = TypedDateTime::fromJsonDate(value);
    if (!date.isValid())
        return value;
    // In the interface's language when that reads back as the same date, else in English.
    const QString shown = locale().toString(date, kShownDate);
    if (TypedDateTime::parseDate(shown, date, locale()) == date)
        return shown;
    return QLocale(QLocale::English).toString(date, kShownDate);
}

QString CalendarEventEditor::timeShown(const QString &value)
{
    const QTime time = TypedDateTime::fromJsonTime(value);
    return time.isValid() ? TypedDateTime::jsonTime(time) : value;
}

void CalendarEventEditor::setEvent(const CalendarEvent &event)
{
    m_loading = true;
    m_event = event;
    // What is being typed stays as typed while it means what the message holds.
    if (dateValue(m_date->text()) != event.date)
        m_date->setText(dateShown(event.date));
    if (timeValue(m_time->text()) != event.time)
        m_time->setText(timeShown(event.time));
    if (m_title->text() != event.title)
        m_title->setText(event.title);
    if (m_description->text() != event.description)
        m_description->setText(event.description);
    m_loading = false;
}

void CalendarEventEditor::openCalendar()
{
    if (!m_calendar) {
        // Made on first use: it costs more to build than the rest of the editor.
        m_calendar = new QCalendarWidget(this);
        m_calendar->setWindowFlags(Qt::Popup);
        m_calendar->setObjectName(QStringLiteral("calendarWidget"));
        m_calendar->setAccessibleName(tr("Calendar for the event date"));
        m_calendar->setGridVisible(true);
        m_calendar->installEventFilter(this);
        connect(m_calendar, &QCalendarWidget::clicked, this, &CalendarEventEditor::pickDate);
        connect(m_calendar, &QCalendarWidget::activated, this, &CalendarEventEditor::pickDate);
    }
    const QDate shown = TypedDateTime::fromJsonDate(m_event.date);
    m_calendar->setSelectedDate(shown.isValid() ? shown : QDate::currentDate());
    m_calendar->adjustSize();
    QPoint at = m_date->mapToGlobal(QPoint(0, m_date->height()));
    if (const QScreen *screen = m_date->screen()) {
        const QRect room = screen->availableGeometry();
        if (at.y() + m_calendar->height() > room.bottom())
            at.setY(m_date->mapToGlobal(QPoint(0, 0)).y() - m_calendar->height());
        at.setX(qBound(room.left(), at.x(), room.right() - m_calendar->width()));
    }
    m_calendar->move(at);
    m_calendar->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

void CalendarEventEditor::pickDate(const QDate &date)
{
    m_calendar->hide();
    m_event.date = TypedDateTime::jsonDate(date);
    m_date->setText(dateShown(m_event.date));
    m_date->setFocus(Qt::PopupFocusReason);
    emitEdited();
}

bool CalendarEventEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_date &&
            (key->key() == Qt::Key_F4 || (key->key() == Qt::Key_Down && key->modifiers() & Qt::AltModifier))) {
            openCalendar();
            return true;
        }
        if (watched == m_calendar && key->key() == Qt::Key_Escape) {
            m_calendar->hide();
            m_date->setFocus(Qt::PopupFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CalendarEventEditor::emitEdited()
{
    emit eventEdited(m_event);
}

} // namespace soip
