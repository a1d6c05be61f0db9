// The History window over a big history: 100,000 sends (and 20 campaigns of 500 rows) in a fresh
// history.sqlite, then the time to index a history written before the index existed, to open the
// window (made, shown, first page listed and its first entry shown) and to answer searches through
// the search box. Not run by ctest (timings depend on the machine):
//   ninja -C build/dev bench_history && QT_QPA_PLATFORM=offscreen build/dev/tests/bench/bench_history
// Targets: open under 200 ms, a search under 100 ms.

#include "../storage/historyfixture.h"
#include "accounts/memorycredentialstore.h"
#include "history/historymodel.h"
#include "history/historywindow.h"
#include "services/appservices.h"
#include "storage/historyquery.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace soip;
using namespace Qt::StringLiterals;

namespace {

constexpr int kSends = 100'000;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Timing {
    double wallMs = 0;
    double cpuMs = 0;
};

template <typename F> Timing median(int runs, F &&f)
{
    QList<double> wall;
    QList<double> cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const std::clock_t start = std::clock();
        timer.start();
        f();
        wall << double(timer.nsecsElapsed()) / 1e6;
        cpu << double(std::clock() - start) * 1000.0 / CLOCKS_PER_SEC;
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall.at(runs / 2), cpu.at(runs / 2)};
}

void print(const QString &what, const Timing &timing, const QString &extra = {})
{
    out() << what.leftJustified(44) << QString::number(timing.wallMs, 'f', 1).rightJustified(8) << u" ms wall "_s
          << QString::number(timing.cpuMs, 'f', 1).rightJustified(8) << u" ms CPU"_s << extra << Qt::endl;
}

// 100 sends the way the app records them, then copies of them with their own numbers, kids, message
// ids and texts, in one transaction (SendHistory::record commits each, which would take minutes).
void fill(const QString &path)
{
    {
        SendHistory history;
        if (!history.open(path))
            qFatal("cannot open %s", qPrintable(path));
        const QStringList types = {u"TXT"_s, u"RMC"_s, u"CTA"_s};
        for (int i = 0; i < 100; ++i) {
            const QString number = u"+9190%1"_s.arg(i, 8, 10, QLatin1Char('0'));
            const Message card = historyfixture::message(
                number, u"Order %1 has shipped. Track it in the app or call us if anything is wrong."_s.arg(i),
                types.at(i % 3));
            history.record(historyfixture::account(i % 4 ? u"Shop"_s : u"Bank"_s), card,
                           i % 10 ? historyfixture::accepted(u"kid%1"_s.arg(i), {number})
                                  : historyfixture::rejected());
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-fill"_s);
    db.setDatabaseName(path);
    if (!db.open())
        qFatal("cannot open for filling");
    {
        QSqlQuery query(db);
        db.transaction();
        const bool ok = query.exec(
            u"WITH RECURSIVE n(i) AS (SELECT 100 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
            "INSERT INTO sends (sent_at, account, sid, base_url, kind, title, explanation, http_status, kid, "
            "message_ids, recipients, message) "
            "SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || (%1 - n.i) || ' minutes'), s.account, s.sid, "
            "s.base_url, s.kind, s.title, s.explanation, s.http_status, "
            "CASE WHEN s.kid = '' THEN '' ELSE 'kid' || n.i END, "
            "CASE WHEN s.kid = '' THEN '' ELSE 'kid' || n.i || ':0' END, "
            "CASE WHEN s.kid = '' THEN '' ELSE '+9190' || printf('%08d', n.i) END, "
            "replace(replace(s.message, s.recipients, '+9190' || printf('%08d', n.i)), "
            "'Order ' || (s.id - 1) || ' ', 'Order ' || n.i || ' ') "
            "FROM n JOIN sends s ON s.id = 1 + n.i % 100"_s.arg(kSends - 1));
        if (!ok)
            qFatal("fill failed: %s", qPrintable(query.lastError().text()));
        db.commit();
    }
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(u"bench-fill"_s);
    CampaignJournal journal;
    journal.open(path);
    for (int c = 0; c < 20; ++c) {
        QStringList numbers;
        for (int i = 0; i < 500; ++i)
            numbers << u"+9180%1"_s.arg(c * 1000 + i, 8, 10, QLatin1Char('0'));
        historyfixture::campaign(journal, u"Diwali offer batch-%1"_s.arg(c), numbers, u"c%1k"_s.arg(c), {});
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    // SOIP_BENCH_KEEP=1 leaves the filled history behind, to look at its query plans.
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("SOIP_BENCH_KEEP"));
    out() << u"history: "_s << dir.path() << Qt::endl;
    const QString path = dir.filePath(u"history.sqlite"_s);

    QElapsedTimer fillTimer;
    fillTimer.start();
    fill(path);
    out() << u"filled %1 sends and 20 campaigns of 500 rows in %2 ms"_s.arg(kSends).arg(fillTimer.elapsed())
          << Qt::endl;

    // A history written before the search index existed: the first open builds it, once.
    print(u"first open: index 100,000 existing sends"_s, median(1, [&] {
              HistoryQuery query;
              query.open(path);
          }));

    MemoryCredentialStore keys;
    AppServices::Options options;
    options.credentials = &keys;
    options.historyPath = path;
    AppServices services(options);

    print(u"open the History window (made, shown, listed)"_s, median(5, [&] {
              HistoryWindow window(&services);
              window.show();
              QCoreApplication::processEvents();
              if (window.model()->rowCount() < HistoryModel::kPageSize)
                  qFatal("first page not listed");
          }));

    HistoryWindow window(&services);
    window.show();
    QCoreApplication::processEvents();
    auto *search = window.findChild<QLineEdit *>(u"historySearchEdit"_s);
    const QList<QPair<QString, QString>> searches = {
        {u"a number (+91 90 00054321)"_s, u"+91 90 00054321"_s},
        {u"a word of the text (shipped)"_s, u"shipped"_s},
        {u"a rare word (Order 77777)"_s, u"Order 77777"_s},
        {u"a kid (kid4242)"_s, u"kid4242"_s},
        {u"a message id (kid99998:0)"_s, u"kid99998:0"_s},
        {u"a campaign name (batch-7)"_s, u"batch-7"_s},
        {u"a short word (OT)"_s, u"OT"_s},
        {u"nothing matches"_s, u"zzzzqq"_s},
    };
    for (const auto &[label, text] : searches) {
        qint64 found = 0;
        const Timing timing = median(5, [&] {
            search->setText(text);
            emit search->returnPressed();
            found = window.model()->totalCount();
        });
        print(u"search: "_s + label, timing, u"  (%1 found)"_s.arg(found));
    }
    search->setText(QString());
    emit search->returnPressed();
    const QList<QPair<QString, QPair<const char *, int>>> filters = {
        {u"filter: type CTA"_s, {"historyTypeCombo", 3}},
        {u"filter: refused or failed"_s, {"historyOutcomeCombo", 2}},
        {u"filter: account Bank"_s, {"historyAccountCombo", 1}},
    };
    for (const auto &[label, combo] : filters) {
        auto *box = window.findChild<QComboBox *>(QLatin1String(combo.first));
        qint64 found = 0;
        const Timing timing = median(5, [&] {
            box->setCurrentIndex(0);
            box->setCurrentIndex(combo.second);
            found = window.model()->totalCount();
        });
        print(label + u" (twice: off and on)"_s, timing, u"  (%1 found)"_s.arg(found));
        box->setCurrentIndex(0);
    }
    print(u"scroll: next page of 200"_s, median(5, [&] { window.model()->fetchMore({}); }));
    return 0;
}
