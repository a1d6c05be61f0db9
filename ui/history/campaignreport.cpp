#include "campaignreport.h"

#include "csvfiledialog.h"
#include "journalrowsmodel.h"
#include "net/deliverystatus.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace soip {

namespace {

constexpr int kStates = 6;

QChartView *barChart(const QString &title, const QStringList &categories, QBarSet *bars, const char *name,
                     QWidget *parent)
{
    auto *series = new QBarSeries;
    series->append(bars);
    series->setLabelsVisible(true);
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->addSeries(series);
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setLabelFormat(u"%d"_s);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *view = new QChartView(chart, parent);
    view->setObjectName(QLatin1String(name));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(200);
    view->setAccessibleName(title);
    return view;
}

} // namespace

// Found by hand: the tallest bar's number was cut off at the top of the chart. The axis goes a
// little past the tallest bar, in whole steps of 1, 2 or 5 × 10ⁿ (at most 5 of them).
std::pair<qint64, int> CampaignReport::roomyAxis(qint64 tallest)
{
    const double wanted = std::max<double>(1.0, double(tallest) * 1.15 + 0.5);
    qint64 step = 1;
    for (qint64 decade = 1; double(step) * 5 < wanted; decade *= 10) {
        for (const qint64 factor : {1, 2, 5}) {
            step = factor * decade;
            if (double(step) * 5 >= wanted)
                break;
        }
    }
    const qint64 steps = std::max<qint64>(1, qint64(std::ceil(wanted / double(step))));
    return {steps * step, int(steps) + 1};
}

namespace {

void setBars(QChartView *view, QBarSet *bars, const QList<qint64> &values)
{
    qint64 top = 1;
    for (int i = 0; i < values.size(); ++i) {
        bars->replace(i, qreal(values.at(i)));
        top = std::max(top, values.at(i));
    }
    const QList<QAbstractAxis *> axes = view->chart()->axes(Qt::Vertical);
    if (!axes.isEmpty()) {
        auto *y = static_cast<QValueAxis *>(axes.constFirst());
        const auto [axisTop, ticks] = CampaignReport::roomyAxis(top);
        y->setRange(0, qreal(axisTop));
        y->setTickCount(ticks);
    }
}

} // namespace

CampaignReport::Delivery CampaignReport::deliveryOf(const JournalRow &row)
{
    if (row.status.isEmpty())
        return Delivery::NotAsked;
    const int code = DeliveryStatus::codeForName(row.status);
    if (code == DeliveryStatus::kPending)
        return Delivery::Waiting;
    return DeliveryStatus::isDelivered(code) ? Delivery::Delivered : Delivery::NotDelivered;
}

CampaignReport::CampaignReport(QWidget *parent)
    : QWidget(parent)
    , m_delivery(kDeliveryBars, 0)
{
    setObjectName(u"campaignReport"_s);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"reportSummaryLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QStringList states;
    for (int state = 0; state < kStates; ++state)
        states << JournalRowsModel::stateLabel(RowState(state));
    m_stateBars = new QBarSet(tr("Rows"));
    for (int i = 0; i < kStates; ++i)
        m_stateBars->append(0);
    m_stateChart = barChart(tr("Rows by outcome"), states, m_stateBars, "reportOutcomeChart", this);
    m_deliveryBars = new QBarSet(tr("Rows"));
    for (int i = 0; i < kDeliveryBars; ++i)
        m_deliveryBars->append(0);
    m_deliveryChart =
        barChart(tr("Accepted rows by delivery status"),
                 {tr("Delivered"), tr("Not delivered"), tr("Waiting for the phone"), tr("Not asked yet")},
                 m_deliveryBars, "reportDeliveryChart", this);
    m_statusNames = new QLabel(this);
    m_statusNames->setObjectName(u"reportStatusNamesLabel"_s);
    m_statusNames->setWordWrap(true);

    m_stateFilter = new QComboBox(this);
    m_stateFilter->setObjectName(u"reportStateCombo"_s);
    m_stateFilter->setAccessibleName(tr("Show rows in state"));
    m_stateFilter->addItem(tr("All states"), -1);
    for (int state = 0; state < kStates; ++state)
        m_stateFilter->addItem(states.at(state), state);
    m_codeFilter = new QComboBox(this);
    m_codeFilter->setObjectName(u"reportCodeCombo"_s);
    m_codeFilter->setAccessibleName(tr("Show rows with vendor code"));
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setObjectName(u"reportExportButton"_s);
    m_export->setToolTip(tr("Write the rows the table shows to a CSV file"));

    m_rows = new JournalRowsModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_rows);
    m_sorted->setSortRole(Qt::UserRole);
    m_table = new QTableView(this);
    m_table->setObjectName(u"reportRowsTable"_s);
    m_table->setAccessibleName(tr("Campaign rows"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(JournalRowsModel::Row, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *charts = new QHBoxLayout;
    charts->addWidget(m_stateChart);
    charts->addWidget(m_deliveryChart);
    auto *filters = new QHBoxLayout;
    auto *stateLabel = new QLabel(tr("&State:"), this);
    stateLabel->setBuddy(m_stateFilter);
    auto *codeLabel = new QLabel(tr("Vendor &code:"), this);
    codeLabel->setBuddy(m_codeFilter);
    filters->addWidget(stateLabel);
    filters->addWidget(m_stateFilter);
    filters->addWidget(codeLabel);
    filters->addWidget(m_codeFilter);
    filters->addStretch();
    filters->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(charts, 2);
    layout->addWidget(m_statusNames);
    layout->addLayout(filters);
    layout->addWidget(m_table, 3);

    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &CampaignReport::applyFilter);
    connect(m_codeFilter, &QComboBox::currentIndexChanged, this, &CampaignReport::applyFilter);
    connect(m_export, &QPushButton::clicked, this, &CampaignReport::exportCsv);
    m_poll = new QTimer(this);
    m_poll->setInterval(2000);
    connect(m_poll, &QTimer::timeout, this, &CampaignReport::refresh);
    followPalette();
    clear();
}

void CampaignReport::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        followPalette();
}

// The charts follow the app's theme (View → Theme), light or dark.
void CampaignReport::followPalette()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    for (QChartView *view : {m_stateChart, m_deliveryChart}) {
        view->chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        view->chart()->setBackgroundBrush(palette().brush(QPalette::Base));
    }
}

void CampaignReport::clear()
{
    m_id.clear();
    m_poll->stop();
    m_counts = {};
    m_rows->setRows({});
    m_summary->setText(tr("Choose a campaign in the list to see its delivery report."));
    updateCharts();
    setEnabled(false);
}

void CampaignReport::showCampaign(const QString &id)
{
    m_id = id;
    setEnabled(true);
    refresh();
}

void CampaignReport::refresh()
{
    if (!m_journal || m_id.isEmpty())
        return;
    const std::optional<CampaignRecord> record = m_journal->find(m_id);
    m_name = record ? record->name : m_id;
    m_counts = m_journal->counts(m_id);
    m_rows->setRows(m_journal->rows(m_id));
    const bool running = record && record->state == u"running";
    if (running && isVisible())
        m_poll->start();
    else
        m_poll->stop();
    m_summary->setText(
        tr("%1: %n row(s), %2 accepted, %3 rejected, %4 not sent, %5 unknown.", nullptr, int(m_counts.rows))
            .arg(m_name)
            .arg(m_counts.of(RowState::Accepted))
            .arg(m_counts.of(RowState::Rejected))
            .arg(m_counts.of(RowState::NotSent))
            .arg(m_counts.of(RowState::Unknown)));
    m_summary->setText(m_summary->text() + whatBecomesOfOpenRows());

    const QString code = m_codeFilter->currentData().toString();
    const QSignalBlocker blocker(m_codeFilter);
    m_codeFilter->clear();
    m_codeFilter->addItem(tr("All codes"), QString());
    for (const QString &each : m_rows->codes())
        m_codeFilter->addItem(each, each);
    m_codeFilter->setCurrentIndex(std::max(0, m_codeFilter->findData(code)));
    applyFilter();
    updateCharts();
}

// Found by hand: after a kill -9 the report said "4 unknown" and nothing of what that meant or
// what to do about it.
QString CampaignReport::whatBecomesOfOpenRows() const
{
    QString text;
    if (const int unknown = int(m_counts.of(RowState::Unknown)); unknown > 0)
        text +=
            u"\n\n"_s + tr("%n row(s) unknown: the request went out, but its answer was lost (the program was "
                           "stopped or the connection broke on the way), so the message may have arrived. They "
                           "are never sent again by themselves. Check those numbers (State: Unknown) on the "
                           "Kaleyra console; only then choose to re-send them when the campaign is resumed.",
                           nullptr, unknown);
    if (const int notSent = int(m_counts.of(RowState::NotSent)); notSent > 0)
        text += u"\n\n"_s + tr("%n row(s) not sent: nothing left for them (the service could not be reached), so "
                               "they did not arrive.",
                               nullptr, notSent);
    return text;
}

void CampaignReport::updateCharts()
{
    QList<qint64> states;
    for (int state = 0; state < kStates; ++state)
        states << m_counts.of(RowState(state));
    setBars(m_stateChart, m_stateBars, states);

    m_delivery = QList<qint64>(kDeliveryBars, 0);
    QMap<QString, int> named; // vendor status name → rows
    for (const JournalRow &row : m_rows->allRows()) {
        if (row.state != RowState::Accepted)
            continue;
        ++m_delivery[int(deliveryOf(row))];
        if (!row.status.isEmpty())
            ++named[row.status];
    }
    setBars(m_deliveryChart, m_deliveryBars, m_delivery);
    QStringList lines;
    for (auto it = named.cbegin(); it != named.cend(); ++it)
        lines << tr("%1 (%n row(s)): %2", nullptr, it.value())
                     .arg(it.key(), DeliveryStatus::explain(DeliveryStatus::codeForName(it.key())));
    m_statusNames->setText(lines.join(u'\n'));
    m_statusNames->setVisible(!lines.isEmpty());
}

void CampaignReport::applyFilter()
{
    const int state = m_stateFilter->currentData().toInt();
    m_rows->setFilter(state < 0 ? std::nullopt : std::optional<RowState>(RowState(state)),
                      m_codeFilter->currentData().toString());
}

void CampaignReport::exportCsv()
{
    QList<QStringList> rows;
    for (int row = 0; row < m_sorted->rowCount(); ++row) {
        const int source = m_sorted->mapToSource(m_sorted->index(row, 0)).row();
        QStringList fields;
        for (int column = 0; column < JournalRowsModel::ColumnCount; ++column)
            fields << m_rows->text(source, column);
        rows << fields;
    }
    QString name = m_name;
    name.replace(QRegularExpression(u"[^\\w-]+"_s), u"-"_s);
    CsvFileDialog::exportTable(this, u"campaign-%1.csv"_s.arg(name.isEmpty() ? m_id : name), m_rows->headers(),
                               rows);
}

} // namespace soip
