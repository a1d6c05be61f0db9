#pragma once

#include "model/message.h"

#include <QFrame>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QToolButton;

namespace soip {

class CalendarEventEditor;
class ComposerDocument;
class DeepLinksEditor;

// One button of the card (actions[index]): type, label with its 28-character counter, rank, and
// the type's own target editor. Switching the type keeps what was typed for each type, in the
// document (Action::otherTargets). Moving and removing change the whole list, so they are requests
// ActionsEditor carries out.
class ActionEditor final : public QFrame {
    Q_OBJECT

public:
    ActionEditor(ComposerDocument *document, int index, QWidget *parent = nullptr);

    int index() const { return m_index; }
    // Shows actions[index] of the document; `count` is how many actions there are (for up/down).
    void load(int count);
    // Shows the rank again after another button's rank changed, keeping everything else as typed.
    void refreshRank();

    QComboBox *typeComboBox() const { return m_type; }
    QLineEdit *labelLineEdit() const { return m_label; }
    QLabel *labelCounter() const { return m_counter; }
    QComboBox *rankComboBox() const { return m_rank; }
    QLineEdit *urlLineEdit() const { return m_url; }
    CalendarEventEditor *calendarEditor() const { return m_calendar; }
    DeepLinksEditor *deepLinksEditor() const { return m_deepLinks; }
    QLineEdit *copyTextLineEdit() const { return m_copyText; }
    QLineEdit *phoneLineEdit() const { return m_phone; }
    QToolButton *upButton() const { return m_up; }
    QToolButton *downButton() const { return m_down; }
    QToolButton *removeButton() const { return m_remove; }
    // The input of action_to for the current type (URL, text, phone number or the event's date).
    QWidget *targetWidget() const;

signals:
    void moveRequested(int index, int delta);
    void removeRequested(int index);
    void rankRequested(int index, const QString &rank);

private:
    void edit(const std::function<void(Action &)> &change);
    void onTypeChosen();
    void showPageFor(int type);
    void updateCounter();
    QLineEdit *targetEditFor(int type) const;

    ComposerDocument *m_document = nullptr;
    int m_index = 0;
    QLabel *m_heading = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_label = nullptr;
    QLabel *m_counter = nullptr;
    QComboBox *m_rank = nullptr;
    QToolButton *m_up = nullptr;
    QToolButton *m_down = nullptr;
    QToolButton *m_remove = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_url = nullptr;
    CalendarEventEditor *m_calendar = nullptr;
    DeepLinksEditor *m_deepLinks = nullptr;
    QLineEdit *m_copyText = nullptr;
    QLineEdit *m_phone = nullptr;
    bool m_loading = false;
};

} // namespace soip
