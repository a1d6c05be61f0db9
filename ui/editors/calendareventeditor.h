#pragma once

#include "model/message.h"

#include <QWidget>

class QCalendarWidget;
class QLineEdit;

namespace soip {

// The "Add to calendar" target: the event's date, time, title and description. Date and time are
// typed as people write them (`25/12/2026`, `25 Dec 2026`, `1830`, `6:30 pm`; TypedDateTime reads
// them); on leaving the field it shows the date or time it understood ("Fri 25 Dec 2026", "18:30"),
// and the message holds the API's YYYY-MM-DD / HH:MM. What cannot be read stays in the field and in
// the message as typed, so the validator marks it at the field instead of it being dropped. The
// date's calendar opens from the icon in the field, or with Alt+Down or F4.
class CalendarEventEditor final : public QWidget {
    Q_OBJECT

public:
    explicit CalendarEventEditor(QWidget *parent = nullptr);

    void setEvent(const CalendarEvent &event);
    CalendarEvent event() const { return m_event; }

    QLineEdit *dateEdit() const { return m_date; }
    QLineEdit *timeEdit() const { return m_time; }
    QLineEdit *titleLineEdit() const { return m_title; }
    QLineEdit *descriptionLineEdit() const { return m_description; }
    // The calendar popup, made the first time it opens (nullptr before).
    QCalendarWidget *calendarPopup() const { return m_calendar; }
    void openCalendar();

signals:
    void eventEdited(const soip::CalendarEvent &event);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // What `typed` means for the message: the API's form when it can be read, else the text itself.
    QString dateValue(const QString &typed) const;
    static QString timeValue(const QString &typed);
    QString dateShown(const QString &value) const;
    static QString timeShown(const QString &value);
    void pickDate(const QDate &date);
    void emitEdited();

    CalendarEvent m_event;
    QLineEdit *m_date = nullptr;
    QLineEdit *m_time = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_description = nullptr;
    QCalendarWidget *m_calendar = nullptr;
    bool m_loading = false;
};

} // namespace soip
