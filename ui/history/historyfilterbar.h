#pragma once

#include "storage/historyquery.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

namespace soip {

// The History window's search box and filters: days from/to ("Any day" when not set), account,
// message type, outcome. Typing waits for a short pause (or Return); the others apply at once.
class HistoryFilterBar final : public QWidget {
    Q_OBJECT

public:
    explicit HistoryFilterBar(QWidget *parent = nullptr);

    // What the controls say (newest first).
    HistoryFilter filter() const;
    // The accounts offered, keeping the one chosen when it is still there.
    void setAccounts(const QStringList &names);
    // Back to "everything", without emitting changed().
    void reset();
    void focusSearch();
    // The controls in reading order, for the window's Tab order.
    QList<QWidget *> controls() const;

signals:
    void changed();

private:
    QLineEdit *m_search = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_account = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_outcome = nullptr;
    QTimer *m_searchDelay = nullptr;
};

} // namespace soip
