#include "maintoolbar.h"

#include "accountselector.h"
#include "screenreader.h"
#include "windowactions.h"

#include <QAction>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>

namespace soip {

MainToolBar::MainToolBar(const WindowActions &actions, SendController *sending, QStatusBar *status,
                         QWidget *parent)
    : QToolBar(tr("Main"), parent)
    , m_actions(actions)
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
    // A disabled button gets no clicks, but its event filter sees them.
    m_send->installEventFilter(this);
    addWidget(m_send);

    m_progress = new QProgressBar(status);
    m_progress->setObjectName(QStringLiteral("sendProgressBar"));
    m_progress->setAccessibleName(tr("Sending"));
    m_progress->setRange(0, 0); // busy: a send has no measurable progress
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);
    status->addPermanentWidget(m_progress);
    m_statusLabel = new QLabel(status);
    m_statusLabel->setObjectName(QStringLiteral("sendStatusLabel"));
    m_statusLabel->setAccessibleName(tr("Ready to send?"));
    status->addPermanentWidget(m_statusLabel);
}

void MainToolBar::showSendState(const QString &blocker, bool sending)
{
    const bool canSend = blocker.isEmpty();
    m_actions.send->setEnabled(canSend);
    m_send->setEnabled(canSend);
    const QString tip = canSend ? tr("Send the message (Ctrl+Return)") : blocker;
    m_actions.send->setToolTip(tip);
    m_send->setToolTip(tip);
    m_statusLabel->setText(canSend ? tr("Ready to send") : blocker);
    ScreenReader::announce(m_statusLabel, m_statusLabel->text());
    m_progress->setVisible(sending);
    m_accounts->setEnabled(!sending);
}

bool MainToolBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_send && event->type() == QEvent::MouseButtonRelease && !m_send->isEnabled())
        emit blockedSendClicked();
    return QToolBar::eventFilter(watched, event);
}

} // namespace soip
