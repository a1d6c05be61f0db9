#include "maintoolbar.h"

#include "accountselector.h"
#include "windowactions.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>

namespace soip {

MainToolBar::MainToolBar(const WindowActions &actions, SendController *sending, QWidget *parent)
    : QToolBar(tr("Main"), parent)
{
    setObjectName(QStringLiteral("mainToolBar"));
    setMovable(false);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addActions({actions.newDraft, actions.open, actions.save});
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    addWidget(spacer);

    auto *accountLabel = new QLabel(tr("A&ccount:"), this);
    accountLabel->setObjectName(QStringLiteral("accountLabel"));
    addWidget(accountLabel);
    m_accounts = new AccountSelector(sending, this);
    accountLabel->setBuddy(m_accounts);
    addWidget(m_accounts);
    auto *accountsButton = new QPushButton(tr("Acco&unts…"), this);
    accountsButton->setObjectName(QStringLiteral("accountsPushButton"));
    accountsButton->setAccessibleName(tr("Manage accounts"));
    connect(accountsButton, &QPushButton::clicked, actions.accounts, &QAction::trigger);
    addWidget(accountsButton);
    m_send = new QPushButton(actions.send->icon(), tr("&Send…"), this);
    m_send->setObjectName(QStringLiteral("sendPushButton"));
    m_send->setAccessibleName(tr("Send the message"));
    connect(m_send, &QPushButton::clicked, actions.send, &QAction::trigger);
    addWidget(m_send);
}

} // namespace soip
