#pragma once

#include <QToolBar>

class QPushButton;

namespace soip {

class AccountSelector;
class SendController;
struct WindowActions;

// The main window's tool bar: New, Open and Save on the left; the account to send with, the
// accounts button and Send on the right, where the eye ends a form.
class MainToolBar final : public QToolBar {
    Q_OBJECT

public:
    MainToolBar(const WindowActions &actions, SendController *sending, QWidget *parent);

    AccountSelector *accountSelector() const { return m_accounts; }
    QPushButton *sendButton() const { return m_send; }

private:
    AccountSelector *m_accounts = nullptr;
    QPushButton *m_send = nullptr;
};

} // namespace soip
