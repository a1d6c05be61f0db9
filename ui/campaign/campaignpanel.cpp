#include "campaignpanel.h"

#include "campaigncontroller.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <limits>

namespace soip {

namespace {
QLabel *countLabel(const char *name, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

CampaignPanel::CampaignPanel(CampaignController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("campaignPanel"));
    auto *layout = new QVBoxLayout(this);
    m_state = countLabel("campaignStateLabel", tr("Campaign state"), this);
    m_state->setTextFormat(Qt::PlainText);
    layout->addWidget(m_state);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("campaignProgressBar"));
    m_progress->setAccessibleName(tr("Rows sent"));
    layout->addWidget(m_progress);

    auto *row = new QHBoxLayout;
    auto *counts = new QFormLayout;
    m_accepted = countLabel("campaignAcceptedLabel", tr("Accepted"), this);
    m_rejected = countLabel("campaignRejectedLabel", tr("Rejected"), this);
    m_unknown = countLabel("campaignUnknownLabel", tr("Unknown"), this);
    m_pending = countLabel("campaignPendingLabel", tr("Pending"), this);
    counts->addRow(tr("Accepted:"), m_accepted);
    counts->addRow(tr("Rejected:"), m_rejected);
    counts->addRow(tr("Unknown:"), m_unknown);
    counts->addRow(tr("Pending:"), m_pending);
    row->addLayout(counts);
    auto *speed = new QFormLayout;
    m_rate = countLabel("campaignRateLabel", tr("Current rate"), this);
    m_timeLeft = countLabel("campaignTimeLeftLabel", tr("Time left"), this);
    speed->addRow(tr("Rate:"), m_rate);
    speed->addRow(tr("Time left:"), m_timeLeft);
    row->addLayout(speed);
    row->addStretch();
    auto *buttons = new QVBoxLayout;
    m_pause = new QPushButton(tr("&Pause"), this);
    m_pause->setObjectName(QStringLiteral("campaignPausePushButton"));
    m_pause->setToolTip(tr("Hand out no new requests; those on the network finish"));
    m_resume = new QPushButton(tr("&Resume"), this);
    m_resume->setObjectName(QStringLiteral("campaignResumePushButton"));
    m_resume->setToolTip(tr("Carry on with the rows not sent yet; none is sent twice"));
    m_stop = new QPushButton(tr("S&top…"), this);
    m_stop->setObjectName(QStringLiteral("campaignStopPushButton"));
    m_stop->setToolTip(tr("Stop the campaign; it can be resumed later"));
    for (QPushButton *button : {m_pause, m_resume, m_stop})
        buttons->addWidget(button);
    buttons->addStretch();
    row->addLayout(buttons);
    layout->addLayout(row);

    m_summary = countLabel("campaignSummaryLabel", tr("Summary"), this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addStretch();

    const auto action = [this](const QString &text, const char *name, QPushButton *button) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setToolTip(button->toolTip());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::enabledChanged, button, &QPushButton::setEnabled);
        return action;
    };
    m_pauseAction = action(tr("&Pause Campaign"), "pauseCampaignAction", m_pause);
    m_resumeAction = action(tr("&Resume Campaign"), "resumeCampaignAction", m_resume);
    m_stopAction = action(tr("S&top Campaign…"), "stopCampaignAction", m_stop);
    connect(m_pauseAction, &QAction::triggered, m_controller, &CampaignController::pause);
    connect(m_resumeAction, &QAction::triggered, this, [this] { m_controller->resume(window()); });
    connect(m_stopAction, &QAction::triggered, this, [this] { m_controller->askAndStop(window()); });
    connect(m_controller, &CampaignController::changed, this, &CampaignPanel::update);
    update();
}

void CampaignPanel::update()
{
    using State = CampaignExecution::State;
    const State state = m_controller->state();
    const CampaignCounts counts = m_controller->counts();
    const QLocale locale;
    m_state->setText(m_controller->stateText());
    const qint64 pending = counts.of(RowState::Pending) + counts.of(RowState::InFlight);
    // QProgressBar counts in int: scale a campaign of more rows than that.
    const qint64 scale = std::max<qint64>(1, counts.rows / std::numeric_limits<int>::max() + 1);
    m_progress->setRange(0, int(std::max<qint64>(1, counts.rows / scale)));
    m_progress->setValue(int((counts.rows - pending) / scale));
    m_accepted->setText(locale.toString(counts.of(RowState::Accepted)));
    m_rejected->setText(locale.toString(counts.of(RowState::Rejected)));
    m_unknown->setText(locale.toString(counts.of(RowState::Unknown)));
    m_pending->setText(locale.toString(pending));

    const bool sending = state == State::Running;
    const std::optional<double> rate = m_controller->meter().rate();
    m_rate->setText(sending && rate ? tr("%1 requests a second").arg(locale.toString(*rate, 'f', 1)) : tr("—"));
    const std::optional<qint64> left = m_controller->meter().secondsLeft();
    if (sending && m_controller->meter().secondsWaiting())
        m_timeLeft->setText(tr("after the pause the service asked for"));
    else if (sending)
        m_timeLeft->setText(left ? CampaignMeter::durationText(*left) : tr("measuring…"));
    else
        m_timeLeft->setText(state == State::Paused || state == State::Pausing ? tr("paused") : tr("—"));

    m_pauseAction->setEnabled(state == State::Running);
    m_resumeAction->setEnabled(m_controller->canResume());
    m_stopAction->setEnabled(state == State::Running || state == State::Pausing || state == State::Paused);
    m_summary->setText(state == State::Idle ? m_controller->summary() : QString());
    m_summary->setVisible(!m_summary->text().isEmpty());
}

} // namespace soip
