#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace soip {

// What the last send gave: the request id (kid) and each recipient's message id, the API's error in
// plain words, or an unknown outcome; and, after "Check status", each recipient's delivery status.
// Everything in it can be selected and copied.
class ResultPanel final : public QWidget {
    Q_OBJECT

public:
    enum class State { Empty, Sending, Sent, Failed, Unknown };

    struct Row {
        QString recipient;
        QString messageId;
        QString status; // plain-language status or per-recipient rejection, may be empty
        bool problem = false;
    };

    explicit ResultPanel(QWidget *parent = nullptr);

    void showSending(const QString &what);
    void showSent(const QString &headline, const QString &kid, const QList<Row> &rows);
    void showFailed(const QString &headline, const QString &details);
    void showUnknown(const QString &headline, const QString &details);
    // Replaces the status column after "Check status".
    void showStatuses(const QString &headline, const QList<Row> &rows);
    // Adds a sentence under what is shown (e.g. that the send is not in the history).
    void addNote(const QString &note);
    void clear();

    State state() const { return m_state; }
    QString headline() const;
    QString details() const;
    QString kid() const { return m_kid; }
    QList<Row> rows() const { return m_rows; }
    // "recipient<TAB>message id<TAB>status" lines, as copied to the clipboard.
    QString copyText() const;

signals:
    void checkStatusRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setState(State state, const QString &headline, const QString &details);
    void fillRows();

    State m_state = State::Empty;
    QString m_kid;
    QList<Row> m_rows;
    QLabel *m_iconLabel = nullptr;
    QLabel *m_headlineLabel = nullptr;
    QLabel *m_detailsLabel = nullptr;
    QLabel *m_kidLabel = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_statusButton = nullptr;
};

} // namespace soip
