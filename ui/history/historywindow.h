#pragma once

#include "net/deliverystatus.h"
#include "storage/campaignjournal.h"
#include "storage/historyquery.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QSplitter;
class QTabWidget;
class QTableView;

namespace soip {

class AppServices;
class CampaignReport;
class HistoryDetails;
class HistoryFilterBar;
class HistoryModel;
class StatusCheck;
struct Message;

// View → History: every send made by the app or by `soip` (single messages and campaigns, from the
// one history.sqlite), newest first, with a search box and filters. The chosen entry shows its card,
// payload, outcome and each recipient's message id and delivery status; a campaign also its delivery
// report. "Open as new draft", "Check status" (answers stored in the history) and "Export CSV…".
class HistoryWindow final : public QWidget {
    Q_OBJECT

public:
    // `services` is not owned and must outlive the window.
    explicit HistoryWindow(AppServices *services, QWidget *parent = nullptr);
    ~HistoryWindow() override;

    // Lists and selects campaign `id` (clearing a search or filter that hides it) and shows its
    // delivery report. False when the history has no such campaign.
    bool showCampaign(const QString &id);
    // Reads the history again (new sends), keeping the search and filters.
    void reload();
    HistoryModel *model() const { return m_model; }

signals:
    // "Open as new draft": the exact payload of the chosen entry.
    void openAsDraftRequested(const soip::Message &message);

protected:
    void hideEvent(QHideEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void updateEmptyState();
    void showCurrent();
    void updateButtons();
    void checkStatus();
    void storeStatuses(const QList<DeliveryStatus> &statuses);
    void exportCsv();
    void rememberGeometry() const;

    AppServices *m_services = nullptr;
    HistoryQuery m_query;
    CampaignJournal m_journal;
    bool m_open = false;
    bool m_loaded = false;
    HistoryModel *m_model = nullptr;

    HistoryFilterBar *m_filters = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_count = nullptr;
    QTabWidget *m_tabs = nullptr;
    HistoryDetails *m_details = nullptr;
    CampaignReport *m_report = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_openDraft = nullptr;
    QPushButton *m_checkStatus = nullptr;
    QPushButton *m_export = nullptr;
    QPointer<StatusCheck> m_check;
    QString m_checkCampaign;                   // the campaign whose statuses are being asked; empty for a send
    CampaignJournal::StatusQuery m_checkQuery; // its message ids, and their rows
};

} // namespace soip
