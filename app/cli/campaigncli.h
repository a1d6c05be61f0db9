#pragma once

// What the `soip campaign` subcommands share: the journal, and the exit code and summary of a
// campaign's rows. Header-only, like netcommon.h.

#include "command.h"
#include "netcommon.h"
#include "storage/campaignjournal.h"
#include "storage/sendhistory.h"
#include "terminal.h"

namespace soip::cli {

// 0 every row accepted; 2 some rejected (by the API, or invalid here); 3 interrupted, or rows
// unknown, not sent or still pending (resumable).
inline int campaignExitCode(const CampaignCounts &counts, qsizetype invalidRows)
{
    if (counts.of(RowState::Pending) + counts.of(RowState::InFlight) + counts.of(RowState::Unknown) +
            counts.of(RowState::NotSent) >
        0)
        return ExitNetwork;
    if (counts.of(RowState::Rejected) > 0 || invalidRows > 0)
        return ExitRejected;
    return ExitOk;
}

inline bool openJournal(CampaignJournal &journal, const QString &command)
{
    if (journal.open(SendHistory::defaultPath()))
        return true;
    err() << u"soip campaign "_s << command << u": "_s << journal.errorString() << u'\n';
    return false;
}

inline void printCounts(const CampaignCounts &counts)
{
    err() << Cli::tr("%n row(s): ", nullptr, int(counts.rows))
          << Cli::tr("%1 accepted, %2 rejected, %3 unknown, %4 not sent, %5 pending.\n")
                 .arg(counts.of(RowState::Accepted))
                 .arg(counts.of(RowState::Rejected))
                 .arg(counts.of(RowState::Unknown))
                 .arg(counts.of(RowState::NotSent))
                 .arg(counts.of(RowState::Pending) + counts.of(RowState::InFlight));
}

int runCampaignList(const QStringList &arguments);
int runCampaignReport(const QStringList &arguments);

} // namespace soip::cli
