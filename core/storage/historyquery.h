#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace soip {

// What the History window asks for: words to find (a number, a campaign name, text of the message,
// a kid or message id), a day range in local time, an account, a message type and an outcome.
struct HistoryFilter {
    enum class Outcome { Any, Accepted, Failed, Unknown };

    QString text;
    QDate from; // invalid: no lower bound
    QDate to;   // invalid: no upper bound; inclusive
    QString account;
    QString type; // TXT, RMC, CTA or empty
    Outcome outcome = Outcome::Any;
    bool oldestFirst = false;
};

// One line of the history: a single send or a campaign.
struct HistoryEntry {
    enum class Kind { Send, Campaign };

    Kind kind = Kind::Send;
    qint64 sendId = 0;  // Kind::Send
    QString campaignId; // Kind::Campaign
    QDateTime when;     // UTC
    QString account;
    QString type;     // TXT, RMC, CTA
    QString target;   // the numbers of a send, the name of a campaign
    QString outcome;  // the send's outcome title; a campaign's state (running, interrupted, finished)
    int sendKind = 0; // SendOutcome::Kind of a send
    qint64 rows = 0;  // a campaign's recipients

    // Orders like the window shows them: newest first (ties: campaigns, then the higher id).
    static bool newerThan(const HistoryEntry &a, const HistoryEntry &b);
};

// Searches the history store (history.sqlite: SendHistory's `sends` and CampaignJournal's tables)
// page by page, so 100,000 sends open and answer at once. Its own read connection; on open it
// adds what it needs and older writers do not notice: indexes, and an FTS5 trigram index of the
// sends kept up to date by triggers (so sends written by `soip` or an older app are found too).
// Without FTS5 in the SQLite library it falls back to scanning with LIKE.
class HistoryQuery final {
    Q_DECLARE_TR_FUNCTIONS(soip::HistoryQuery)

public:
    HistoryQuery();
    ~HistoryQuery();
    HistoryQuery(const HistoryQuery &) = delete;
    HistoryQuery &operator=(const HistoryQuery &) = delete;

    // Shorter words are not searched: the trigram index cannot look them up, and in 100,000 sends
    // nearly every one has them.
    static constexpr int kMinWordLength = 3;
    // countSends() of a word search stops counting past this (exact counts of a word most sends
    // have would cost more than the search).
    static constexpr qint64 kCountLimit = 10'000;

    bool open(const QString &path);
    QString errorString() const { return m_error; }
    bool hasFullTextIndex() const { return m_fts; }

    // Up to `limit` sends after `after` (the last one of the previous page; null for the first).
    QList<HistoryEntry> sends(const HistoryFilter &filter, const HistoryEntry *after, int limit) const;
    // Every campaign that matches (there are few of them).
    QList<HistoryEntry> campaigns(const HistoryFilter &filter) const;
    // Exact, except that a word search says kCountLimit + 1 for "more than kCountLimit".
    qint64 countSends(const HistoryFilter &filter) const;
    // The accounts that appear in the history, sorted.
    QStringList accounts() const;

    // Search words as the index needs them: a number loses its spaces, dashes and "+"; words shorter
    // than kMinWordLength are left out.
    static QStringList searchWords(const QString &text);

private:
    bool migrate();
    QString sendConditions(const HistoryFilter &filter, QVariantList &values) const;
    static QString sendsFrom(bool fullText);

    QString m_connection;
    QString m_error;
    bool m_fts = false;
    bool m_campaigns = false;
};

} // namespace soip
