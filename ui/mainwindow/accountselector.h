#pragma once

#include <QComboBox>

namespace soip {

class SendController;

// The tool bar's account chooser: the built-in sandbox first, then the saved accounts, each with
// a tooltip saying where it sends. Follows the accounts as they change; keeps the choice when it
// still exists, else falls back to the default account.
class AccountSelector final : public QComboBox {
    Q_OBJECT

public:
    explicit AccountSelector(SendController *sending, QWidget *parent = nullptr);

    QString currentAccountId() const { return currentData().toString(); }
    void setCurrentAccountId(const QString &id);

signals:
    void accountChanged();

private:
    void reload();

    SendController *m_sending = nullptr;
};

} // namespace soip
