#pragma once

#include "accounts/account.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace soip {

class SendController;

// Edit → Accounts: the Kaleyra accounts messages are sent with. Name, SID, host (a preset or a
// custom URL), default sender ID, route and callback profile are kept in the settings; the API key
// goes to the OS keychain only. When no keychain works, the key can be used for this session only;
// it is never written to a file. The built-in sandbox is always listed and needs no key.
class AccountsDialog final : public QDialog {
    Q_OBJECT

public:
    explicit AccountsDialog(SendController *controller, QWidget *parent = nullptr);

    // Selects an account in the list by id (the sandbox's id selects the sandbox).
    void selectAccount(const QString &id);

private:
    void reload(const QString &selectId);
    void showAccount();
    void addAccount();
    void saveAccount();
    void removeAccount();
    void makeDefault();
    void storeKey(const Account &account, const QString &key);
    void showKeyState(const Account &account);
    Account accountFromFields() const;
    QString selectedId() const;
    void setFieldsEnabled(bool enabled);

    SendController *m_controller = nullptr;
    QString m_editingId; // empty while a new account is being written
    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_defaultButton = nullptr;
    QLabel *m_sandboxNote = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_sid = nullptr;
    QComboBox *m_baseUrl = nullptr;
    QLineEdit *m_sender = nullptr;
    QComboBox *m_route = nullptr;
    QLineEdit *m_callback = nullptr;
    QLineEdit *m_key = nullptr;
    QLabel *m_keyState = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_saveButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace soip
