#pragma once

#include "model/message.h"

#include <QWidget>

class QDateEdit;
class QLineEdit;
class QTimeEdit;

namespace soip {

// The "Add to calendar" target: a date picked from a calendar, a 24-hour time, the event's title
// and description. A date or time the message does not have yet is shown as "Not set" rather than
// as a made-up value, so what the form shows is always what will be sent.
class CalendarEventEditor final : public QWidget {
    Q_OBJECT

public:
    explicit CalendarEventEditor(QWidget *parent = nullptr);

    void setEvent(const CalendarEvent &event);
    CalendarEvent event() const { return m_event; }

    QDateEdit *dateEdit() const { return m_date; }
    QTimeEdit *timeEdit() const { return m_time; }
    QLineEdit *titleLineEdit() const { return m_title; }
    QLineEdit *descriptionLineEdit() const { return m_description; }

signals:
    void eventEdited(const soip::CalendarEvent &event);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void showDate(const QString &date);
    void showTime(const QString &time);
    void commitDate(const QDate &date);
    void commitTime(const QTime &time);
    void emitEdited();

    CalendarEvent m_event;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_time = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_description = nullptr;
    bool m_loading = false;
    bool m_popupReady = false;
};

} // namespace soip
