#pragma once

#include "storage/campaignjournal.h"

#include <QWidget>

#include <utility>

class QBarSet;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace soip {

class JournalRowsModel;

// A campaign's delivery report, to look at rather than read: a chart of its rows by journal state
// (pending … unknown) and one by delivery status, the rows in a table filterable by state and
// vendor code, and "Export CSV…" of what the table shows. Reads the CampaignJournal again on
// refresh() (as statuses arrive) and every two seconds while the campaign is running.
class CampaignReport final : public QWidget {
    Q_OBJECT

public:
    // The delivery chart's bars, in order.
    enum class Delivery { Delivered, NotDelivered, Waiting, NotAsked };
    static constexpr int kDeliveryBars = 4;

    explicit CampaignReport(QWidget *parent = nullptr);

    // Not owned; must outlive the report (or be replaced first).
    void setJournal(const CampaignJournal *journal) { m_journal = journal; }
    void showCampaign(const QString &id);
    void clear();
    void refresh();
    QString campaignId() const { return m_id; }
    CampaignCounts counts() const { return m_counts; }
    // How many rows each delivery bar counts (accepted rows only).
    QList<qint64> deliveryCounts() const { return m_delivery; }
    static Delivery deliveryOf(const JournalRow &row);
    // The value axis for bars up to `tallest`: its top, above the tallest bar, and its tick count.
    static std::pair<qint64, int> roomyAxis(qint64 tallest);

protected:
    void changeEvent(QEvent *event) override;

private:
    void followPalette();
    void applyFilter();
    void exportCsv();
    // What the unknown and unsent rows mean for the person, after the counts.
    QString whatBecomesOfOpenRows() const;
    void updateCharts();

    const CampaignJournal *m_journal = nullptr;
    QString m_id;
    QString m_name;
    CampaignCounts m_counts;
    QList<qint64> m_delivery;
    QLabel *m_summary = nullptr;
    QChartView *m_stateChart = nullptr;
    QChartView *m_deliveryChart = nullptr;
    QBarSet *m_stateBars = nullptr;
    QBarSet *m_deliveryBars = nullptr;
    QLabel *m_statusNames = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QComboBox *m_codeFilter = nullptr;
    JournalRowsModel *m_rows = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_export = nullptr;
    QTimer *m_poll = nullptr;
};

} // namespace soip
