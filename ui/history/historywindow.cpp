#include "historywindow.h"

#include "campaignreport.h"
#include "csvfiledialog.h"
#include "historydetails.h"
#include "historymodel.h"
#include "services/appservices.h"
#include "services/sendcontroller.h"
#include "settings/settings.h"
#include "statuscheck.h"
#include "storage/sendhistory.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHideEvent>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace soip {

namespace {
// The first day a date box offers; showing it means "any day".
const QDate kAnyDay(2020, 1, 1);

QDateEdit *dayEdit(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kAnyDay);
    edit->setSpecialValueText(HistoryWindow::tr("Any day"));
    edit->setDate(kAnyDay);
    return edit;
}
} // namespace

HistoryWindow::HistoryWindow(AppServices *services, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_services(services)
{
    setObjectName(u"historyWindow"_s);
    setWindowTitle(tr("History — SOIP Composer"));
    SendHistory *history = m_services->history();
    // The first open of a history written before the search index existed builds it (seconds for
    // 100,000 sends, once).
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    m_open = history && m_query.open(history->path()) && m_journal.open(history->path());
    QGuiApplication::restoreOverrideCursor();
    m_report = new CampaignReport(this);
    m_report->setJournal(&m_journal);
    m_model = new HistoryModel(&m_query, this);

    m_table = new QTableView(this);
    m_table->setObjectName(u"historyTableView"_s);
    m_table->setAccessibleName(tr("Sends and campaigns"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(HistoryModel::When, Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_empty = new QLabel(this);
    m_empty->setObjectName(u"historyEmptyLabel"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_empty);
    m_count = new QLabel(this);
    m_count->setObjectName(u"historyCountLabel"_s);
    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_listStack);
    listLayout->addWidget(m_count);

    m_details = new HistoryDetails(m_services->network(), this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"historyTabs"_s);
    m_tabs->addTab(m_details, tr("&Message"));
    m_tabs->addTab(m_report, tr("Delivery &report"));
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"historySplitter"_s);
    m_splitter->addWidget(list);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(1, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(u"historyStatusLabel"_s);
    m_status->setWordWrap(true);
    m_openDraft = new QPushButton(tr("&Open as New Draft"), this);
    m_openDraft->setObjectName(u"historyOpenDraftButton"_s);
    m_openDraft->setToolTip(tr("Open the exact message that was sent as a new, unsaved draft"));
    m_checkStatus = new QPushButton(tr("Check &Status"), this);
    m_checkStatus->setObjectName(u"historyCheckStatusButton"_s);
    m_checkStatus->setToolTip(tr("Ask the vendor whether the messages reached the phones; the answers are kept"));
    m_export = new QPushButton(tr("E&xport CSV…"), this);
    m_export->setObjectName(u"historyExportButton"_s);
    m_export->setToolTip(tr("Write the list as it is shown (search and filters applied) to a CSV file"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_openDraft);
    buttons->addWidget(m_checkStatus);
    buttons->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createFilterBar());
    layout->addWidget(m_splitter, 1);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryWindow::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryWindow::updateEmptyState);
    connect(m_openDraft, &QPushButton::clicked, this, [this] {
        if (m_details->hasMessage())
            emit openAsDraftRequested(m_details->message());
    });
    connect(m_checkStatus, &QPushButton::clicked, this, &HistoryWindow::checkStatus);
    connect(m_export, &QPushButton::clicked, this, &HistoryWindow::exportCsv);
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(new QShortcut(QKeySequence::Refresh, this), &QShortcut::activated, this, &HistoryWindow::reload);

    // Reading order: the search and filters (made after the list) first.
    const QList<QWidget *> order = {m_search, m_from, m_to, m_account, m_type, m_outcome, m_table, m_tabs};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    resize(1100, 700);
    restoreGeometry(Settings::historyGeometry.value());
    m_splitter->restoreState(Settings::historySplitter.value());
    if (!m_open) {
        const QString why = history ? m_query.errorString() + m_journal.errorString() : m_services->historyError();
        m_status->setText(tr("The history cannot be read: %1").arg(why));
    }
}

// Also when the main window goes with this one still open.
HistoryWindow::~HistoryWindow()
{
    if (isVisible())
        rememberGeometry();
}

QWidget *HistoryWindow::createFilterBar()
{
    auto *bar = new QWidget(this);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(u"historySearchEdit"_s);
    m_search->setAccessibleName(tr("Search the history"));
    m_search->setPlaceholderText(tr("Search: number, campaign name, text of the message, kid or message id"));
    m_search->setClearButtonEnabled(true);
    m_from = dayEdit(u"historyFromEdit"_s, tr("Sent on or after"), bar);
    m_to = dayEdit(u"historyToEdit"_s, tr("Sent on or before"), bar);
    m_account = new QComboBox(bar);
    m_account->setObjectName(u"historyAccountCombo"_s);
    m_account->setAccessibleName(tr("Account"));
    m_type = new QComboBox(bar);
    m_type->setObjectName(u"historyTypeCombo"_s);
    m_type->setAccessibleName(tr("Message type"));
    m_type->addItem(tr("All types"), QString());
    m_type->addItem(tr("Text (TXT)"), u"TXT"_s);
    m_type->addItem(tr("Rich media (RMC)"), u"RMC"_s);
    m_type->addItem(tr("Call to action (CTA)"), u"CTA"_s);
    m_outcome = new QComboBox(bar);
    m_outcome->setObjectName(u"historyOutcomeCombo"_s);
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->addItem(tr("Any outcome"), int(HistoryFilter::Outcome::Any));
    m_outcome->addItem(tr("Accepted"), int(HistoryFilter::Outcome::Accepted));
    m_outcome->addItem(tr("Refused or failed"), int(HistoryFilter::Outcome::Failed));
    m_outcome->addItem(tr("Unknown (answer lost)"), int(HistoryFilter::Outcome::Unknown));
    fillAccounts();

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 3);
    const auto labelled = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, bar);
        label->setBuddy(field);
        layout->addWidget(label);
        layout->addWidget(field);
    };
    labelled(tr("&From:"), m_from);
    labelled(tr("&To:"), m_to);
    layout->addWidget(m_account);
    layout->addWidget(m_type);
    layout->addWidget(m_outcome);

    // Typing waits for a pause; the other filters apply at once.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_searchDelay, &QTimer::timeout, this, &HistoryWindow::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &HistoryWindow::applyFilter);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &HistoryWindow::applyFilter);
    for (QComboBox *combo : {m_account, m_type, m_outcome})
        connect(combo, &QComboBox::currentIndexChanged, this, &HistoryWindow::applyFilter);
    return bar;
}

void HistoryWindow::fillAccounts()
{
    const QString current = m_account->currentData().toString();
    const QSignalBlocker blocker(m_account);
    m_account->clear();
    m_account->addItem(tr("All accounts"), QString());
    for (const QString &name : m_query.accounts())
        m_account->addItem(name, name);
    m_account->setCurrentIndex(std::max(0, m_account->findData(current)));
}

HistoryFilter HistoryWindow::currentFilter() const
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
    filter.oldestFirst = m_model->filter().oldestFirst;
    return filter;
}

void HistoryWindow::applyFilter()
{
    m_searchDelay->stop();
    if (!m_open)
        return;
    m_model->setFilter(currentFilter());
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void HistoryWindow::reload()
{
    if (!m_open)
        return;
    fillAccounts();
    m_model->reload();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void HistoryWindow::updateEmptyState()
{
    const qint64 total = m_model->totalCount();
    const HistoryFilter filter = m_model->filter();
    const bool filtered = !filter.text.trimmed().isEmpty() || filter.from.isValid() || filter.to.isValid() ||
                          !filter.account.isEmpty() || !filter.type.isEmpty() ||
                          filter.outcome != HistoryFilter::Outcome::Any;
    m_empty->setText(filtered ? tr("Nothing in the history matches the search and filters.")
                              : tr("No sends yet. Messages sent from the composer or with soip appear here."));
    m_listStack->setCurrentWidget(total > 0 ? static_cast<QWidget *>(m_table) : m_empty);
    QString count = total > HistoryQuery::kCountLimit
                        ? tr("More than %1 entries").arg(QLocale().toString(HistoryQuery::kCountLimit))
                        : tr("%n entry(s)", nullptr, int(total));
    if (!filter.text.trimmed().isEmpty() && HistoryQuery::searchWords(filter.text).isEmpty())
        count += u"  "_s + tr("Type at least %n character(s) to search.", nullptr, HistoryQuery::kMinWordLength);
    m_count->setText(count);
    m_export->setEnabled(total > 0);
    if (total == 0) {
        m_details->clear();
        m_report->clear();
    }
    updateButtons();
}

void HistoryWindow::showCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        m_details->clear();
        m_report->clear();
        updateButtons();
        return;
    }
    const HistoryEntry &entry = m_model->entry(current.row());
    if (entry.kind == HistoryEntry::Kind::Send) {
        const std::optional<SendRecord> record = m_services->history()->find(entry.sendId);
        if (record)
            m_details->showSend(*record, m_services->history()->statuses(record->messageIds));
        else
            m_details->clear();
        m_report->clear();
        m_tabs->setTabEnabled(1, false);
    } else {
        const std::optional<CampaignRecord> record = m_journal.find(entry.campaignId);
        if (record)
            m_details->showCampaign(*record, m_journal.counts(record->id));
        m_report->showCampaign(entry.campaignId);
        m_tabs->setTabEnabled(1, true);
    }
    updateButtons();
}

void HistoryWindow::updateButtons()
{
    const QModelIndex current = m_table->currentIndex();
    const bool chosen = current.isValid() && current.row() < m_model->rowCount() && m_model->totalCount() > 0;
    m_openDraft->setEnabled(chosen && m_details->hasMessage());
    bool ids = false;
    if (chosen) {
        const HistoryEntry &entry = m_model->entry(current.row());
        ids = entry.kind == HistoryEntry::Kind::Campaign ? m_report->counts().of(RowState::Accepted) > 0
                                                         : entry.sendKind == 0;
    }
    m_checkStatus->setEnabled(ids && !m_check);
}

bool HistoryWindow::showCampaign(const QString &id)
{
    if (!m_open || !m_journal.find(id))
        return false;
    show();
    raise();
    activateWindow();
    int row = m_model->rowOfCampaign(id);
    if (row < 0) {
        const QSignalBlocker search(m_search);
        const QSignalBlocker from(m_from);
        const QSignalBlocker to(m_to);
        const QSignalBlocker account(m_account);
        const QSignalBlocker type(m_type);
        const QSignalBlocker outcome(m_outcome);
        m_search->clear();
        m_from->setDate(kAnyDay);
        m_to->setDate(kAnyDay);
        m_account->setCurrentIndex(0);
        m_type->setCurrentIndex(0);
        m_outcome->setCurrentIndex(0);
        applyFilter();
        row = m_model->rowOfCampaign(id);
    }
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    m_tabs->setCurrentWidget(m_report);
    return true;
}

void HistoryWindow::checkStatus()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || m_check)
        return;
    const HistoryEntry entry = m_model->entry(current.row());
    QStringList ids;
    QString accountId;
    QString accountName = entry.account;
    m_checkCampaign.clear();
    if (entry.kind == HistoryEntry::Kind::Send) {
        if (const std::optional<SendRecord> record = m_services->history()->find(entry.sendId))
            ids = record->messageIds;
    } else {
        m_checkCampaign = entry.campaignId;
        if (const std::optional<CampaignRecord> record = m_journal.find(entry.campaignId))
            accountId = record->accountId;
        for (const JournalRow &row : m_journal.rows(entry.campaignId)) {
            if (!row.messageId.isEmpty())
                ids << row.messageId;
        }
    }
    std::optional<Account> account;
    for (const Account &each : m_services->sending()->accounts()) {
        if ((!accountId.isEmpty() && each.id == accountId) || (!account && each.name == accountName))
            account = each;
    }
    if (!account) {
        m_status->setText(
            tr("The account “%1” is no longer set up, so the status cannot be asked.").arg(accountName));
        return;
    }
    if (ids.isEmpty())
        return;
    m_check = new StatusCheck(m_services->sending()->service(), *account, ids, this);
    connect(m_check, &StatusCheck::answered, this,
            [this](const QList<DeliveryStatus> &statuses, int asked, int total) {
                storeStatuses(statuses);
                m_status->setText(tr("Asked for %1 of %n message(s)…", nullptr, total).arg(asked));
            });
    connect(m_check, &StatusCheck::finished, this, [this](bool ok, const QString &why) {
        m_check->deleteLater();
        m_check = nullptr;
        m_status->setText(ok ? tr("The delivery status is up to date and kept in the history.")
                             : tr("The status could not be asked: %1").arg(why));
        updateButtons();
    });
    m_status->setText(tr("Asking for the delivery status…"));
    m_check->start();
    updateButtons();
}

void HistoryWindow::storeStatuses(const QList<DeliveryStatus> &statuses)
{
    for (const DeliveryStatus &status : statuses) {
        if (m_checkCampaign.isEmpty())
            m_services->history()->setStatus(status.messageId, status.status);
        else
            m_journal.setStatus(m_checkCampaign, status.messageId, status.status);
    }
    if (m_checkCampaign.isEmpty())
        showCurrent();
    else if (m_report->campaignId() == m_checkCampaign)
        m_report->refresh();
}

void HistoryWindow::exportCsv()
{
    QList<QStringList> rows;
    for (const HistoryEntry &entry : m_model->allEntries()) {
        QStringList fields;
        for (int column = 0; column < HistoryModel::ColumnCount; ++column)
            fields << m_model->text(entry, column);
        rows << fields;
    }
    if (CsvFileDialog::exportTable(this, u"soip-history.csv"_s, m_model->headers(), rows))
        m_status->setText(tr("%n entry(s) exported.", nullptr, int(rows.size())));
}

void HistoryWindow::rememberGeometry() const
{
    Settings::historyGeometry.setValue(QWidget::saveGeometry());
    Settings::historySplitter.setValue(m_splitter->saveState());
}

void HistoryWindow::hideEvent(QHideEvent *event)
{
    rememberGeometry();
    QWidget::hideEvent(event);
}

void HistoryWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Read when first shown (not when made), and again for sends made while it was hidden.
    if (event->spontaneous())
        return;
    if (m_loaded)
        reload();
    else
        applyFilter();
    m_loaded = true;
}

} // namespace soip
