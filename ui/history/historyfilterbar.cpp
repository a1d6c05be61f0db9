#include "historyfilterbar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace soip {

namespace {
// The first day a date box offers; showing it means "any day".
const QDate kAnyDay(2020, 1, 1);
} // namespace

HistoryFilterBar::HistoryFilterBar(QWidget *parent)
    : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"historySearchEdit"_s);
    m_search->setAccessibleName(tr("Search the history"));
    m_search->setPlaceholderText(tr("Search: number, campaign name, text of the message, kid or message id"));
    m_search->setClearButtonEnabled(true);
    const auto dayEdit = [this](const QString &name, const QString &accessibleName) {
        auto *edit = new QDateEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessibleName);
        edit->setCalendarPopup(true);
        edit->setMinimumDate(kAnyDay);
        edit->setSpecialValueText(tr("Any day"));
        edit->setDate(kAnyDay);
        return edit;
    };
    m_from = dayEdit(u"historyFromEdit"_s, tr("Sent on or after"));
    m_to = dayEdit(u"historyToEdit"_s, tr("Sent on or before"));
    m_account = new QComboBox(this);
    m_account->setObjectName(u"historyAccountCombo"_s);
    m_account->setAccessibleName(tr("Account"));
    m_account->addItem(tr("All accounts"), QString());
    m_type = new QComboBox(this);
    m_type->setObjectName(u"historyTypeCombo"_s);
    m_type->setAccessibleName(tr("Message type"));
    m_type->addItem(tr("All types"), QString());
    m_type->addItem(tr("Text (TXT)"), u"TXT"_s);
    m_type->addItem(tr("Rich media (RMC)"), u"RMC"_s);
    m_type->addItem(tr("Call to action (CTA)"), u"CTA"_s);
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(u"historyOutcomeCombo"_s);
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->addItem(tr("Any outcome"), int(HistoryFilter::Outcome::Any));
    m_outcome->addItem(tr("Accepted"), int(HistoryFilter::Outcome::Accepted));
    m_outcome->addItem(tr("Refused or failed"), int(HistoryFilter::Outcome::Failed));
    m_outcome->addItem(tr("Unknown (answer lost)"), int(HistoryFilter::Outcome::Unknown));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 3);
    const auto labelled = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        layout->addWidget(label);
        layout->addWidget(field);
    };
    labelled(tr("&From:"), m_from);
    labelled(tr("&To:"), m_to);
    layout->addWidget(m_account);
    layout->addWidget(m_type);
    layout->addWidget(m_outcome);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_searchDelay, &QTimer::timeout, this, &HistoryFilterBar::changed);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        emit changed();
    });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &HistoryFilterBar::changed);
    for (QComboBox *combo : {m_account, m_type, m_outcome})
        connect(combo, &QComboBox::currentIndexChanged, this, &HistoryFilterBar::changed);
}

HistoryFilter HistoryFilterBar::filter() const
{
    HistoryFilter filter;
    filter.text = m_search->text();
    if (m_from->date() != kAnyDay)
        filter.from = m_from->date();
    if (m_to->date() != kAnyDay)
        filter.to = m_to->date();
    filter.account = m_account->currentData().toString();
    filter.type = m_type->currentData().toString();
    filter.outcome = HistoryFilter::Outcome(m_outcome->currentData().toInt());
    return filter;
}

void HistoryFilterBar::setAccounts(const QStringList &names)
{
    const QString current = m_account->currentData().toString();
    const QSignalBlocker blocker(m_account);
    m_account->clear();
    m_account->addItem(tr("All accounts"), QString());
    for (const QString &name : names)
        m_account->addItem(name, name);
    m_account->setCurrentIndex(std::max(0, m_account->findData(current)));
}

void HistoryFilterBar::reset()
{
    const QList<QWidget *> all = controls();
    QList<std::shared_ptr<QSignalBlocker>> blockers;
    for (QWidget *control : all)
        blockers << std::make_shared<QSignalBlocker>(control);
    m_searchDelay->stop();
    m_search->clear();
    m_from->setDate(kAnyDay);
    m_to->setDate(kAnyDay);
    for (QComboBox *combo : {m_account, m_type, m_outcome})
        combo->setCurrentIndex(0);
}

void HistoryFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QList<QWidget *> HistoryFilterBar::controls() const
{
    return {m_search, m_from, m_to, m_account, m_type, m_outcome};
}

} // namespace soip
