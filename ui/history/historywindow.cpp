#include "historywindow.h"

#include "campaignreport.h"
#include "csvfiledialog.h"
#include "historydetails.h"
#include "historyfilterbar.h"
#include "historymodel.h"
#include "services/appservices.h"
#include "services/sendcontroller.h"
#include "settings/settings.h"
#include "statuscheck.h"
#include "storage/sendhistory.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHideEvent>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace soip {

namespace {
// The account a send went out with: the same saved account, else one of that name (it may have been
// saved again), else the built-in sandbox when it sent (its name is translated: a send made in Hindi
// names it so).
std::optional<Account> accountAsSent(const QList<Account> &accounts, const Account &asSent)
{
    for (const Account &each : accounts) {
        if (!asSent.id.isEmpty() && each.id == asSent.id)
            return each;
    }
    for (const Account &each : accounts) {
        if (each.name == asSent.name)
            return each;
    }
    for (const Account &each : accounts) {
        if (each.isSandbox() && each.sid == asSent.sid)
            return each;
    }
    return std::nullopt;
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
    // The history is read page by page in time order: a click on any column turns that order round,
    // and the arrow stays on "When", which is what it sorts by.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int section, Qt::SortOrder order) {
                if (section != HistoryModel::When)
                    m_table->horizontalHeader()->setSortIndicator(HistoryModel::When, order);
            });
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
    m_filters = new HistoryFilterBar(this);
    m_filters->setAccounts(m_query.accounts());
    layout->addWidget(m_filters);
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
    connect(m_filters, &HistoryFilterBar::changed, this, &HistoryWindow::applyFilter);
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, m_filters,
            &HistoryFilterBar::focusSearch);
    connect(new QShortcut(QKeySequence::Refresh, this), &QShortcut::activated, this, &HistoryWindow::reload);
    // A window of its own with no Close button: the keys people try for one.
    for (const QKeySequence &key : {QKeySequence(QKeySequence::Close), QKeySequence(Qt::Key_Escape)})
        connect(new QShortcut(key, this), &QShortcut::activated, this, &QWidget::close);

    // Reading order: the search and filters (made after the list) first.
    const QList<QWidget *> order = m_filters->controls() + QList<QWidget *>{m_table, m_tabs};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    resize(1100, 700);
    // The list gets room to tell its entries apart ("4 Dec 2026 0…" did not) until the person
    // moves the divider, which is remembered.
    m_splitter->setSizes({460, 640});
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

void HistoryWindow::applyFilter()
{
    if (!m_open)
        return;
    HistoryFilter filter = m_filters->filter();
    filter.oldestFirst = m_model->filter().oldestFirst;
    m_model->setFilter(filter);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void HistoryWindow::reload()
{
    if (!m_open)
        return;
    m_filters->setAccounts(m_query.accounts());
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
        m_filters->reset();
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
    Account asSent; // as the history knows it: id (campaigns), name, SID
    asSent.name = entry.account;
    m_checkCampaign.clear();
    m_checkQuery = {};
    if (entry.kind == HistoryEntry::Kind::Send) {
        if (const std::optional<SendRecord> record = m_services->history()->find(entry.sendId)) {
            ids = record->messageIds;
            asSent.sid = record->sid;
        }
    } else {
        m_checkCampaign = entry.campaignId;
        if (const std::optional<CampaignRecord> record = m_journal.find(entry.campaignId)) {
            asSent.id = record->accountId;
            asSent.sid = record->sid;
        }
        m_checkQuery = CampaignJournal::statusQuery(m_journal.rows(entry.campaignId));
        ids = m_checkQuery.messageIds;
    }
    const std::optional<Account> account = accountAsSent(m_services->sending()->accounts(), asSent);
    if (!account) {
        m_status->setText(
            tr("The account “%1” is no longer set up, so the status cannot be asked.").arg(asSent.name));
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
    if (m_checkCampaign.isEmpty()) {
        for (const DeliveryStatus &status : statuses)
            m_services->history()->setStatus(status.messageId, status.status);
    } else if (!m_journal.setStatuses(m_checkCampaign, m_checkQuery, statuses)) {
        m_status->setText(m_journal.errorString());
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
