#include "accountselector.h"

#include "services/sendcontroller.h"

namespace soip {

AccountSelector::AccountSelector(SendController *sending, QWidget *parent)
    : QComboBox(parent)
    , m_sending(sending)
{
    setObjectName(QStringLiteral("accountComboBox"));
    setAccessibleName(tr("Account to send with"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(16);
    connect(this, &QComboBox::currentIndexChanged, this, &AccountSelector::accountChanged);
    connect(m_sending, &SendController::accountsChanged, this, &AccountSelector::reload);
    reload();
}

void AccountSelector::setCurrentAccountId(const QString &id)
{
    const int index = findData(id);
    if (index >= 0)
        setCurrentIndex(index);
}

void AccountSelector::reload()
{
    const QString current = count() > 0 ? currentAccountId() : m_sending->defaultAccountId();
    {
        const QSignalBlocker blocker(this);
        clear();
        for (const Account &account : m_sending->accounts()) {
            addItem(account.name, account.id);
            setItemData(count() - 1,
                        account.isSandbox() ? tr("Sends to a simulator on this computer: nothing reaches a phone")
                                            : tr("SID %1 at %2").arg(account.sid, account.baseUrl.host()),
                        Qt::ToolTipRole);
        }
        int index = findData(current);
        if (index < 0)
            index = findData(m_sending->defaultAccountId());
        setCurrentIndex(std::max(index, 0));
    }
    emit accountChanged();
}

} // namespace soip
