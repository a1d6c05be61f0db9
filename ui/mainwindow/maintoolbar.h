#pragma once

#include <QToolBar>

class QLabel;
class QProgressBar;
class QPushButton;
class QStatusBar;

namespace soip {

class AccountSelector;
class SendController;
struct WindowActions;

// The main window's tool bar: New, Open and Save on the left; the account to send with, the
// accounts button and Send on the right, where the eye ends a form. It also shows in `status`
// whether the message can be sent and a busy bar while it is sent.
class MainToolBar final : public QToolBar {
    Q_OBJECT

public:
    MainToolBar(const WindowActions &actions, SendController *sending, QStatusBar *status, QWidget *parent);

    AccountSelector *accountSelector() const { return m_accounts; }
    QPushButton *sendButton() const { return m_send; }

    // Enables Send when `blocker` is empty, else says why not (tooltip, status bar); `sending`
    // shows the busy bar and keeps the account fixed until the answer.
    void showSendState(const QString &blocker, bool sending);

signals:
    // Send was clicked while disabled: the person wants to know what is in the way.
    void blockedSendClicked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const WindowActions &m_actions;
    AccountSelector *m_accounts = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_progress = nullptr;
};

} // namespace soip
