#pragma once

#include "campaign/campaignexecution.h"

#include <QDialog>

namespace soip {

// The one question before a campaign goes out: how many rows, how many will be sent and in how
// many requests, which rows are skipped and why (grouped by reason), the duplicates, the account,
// the rate and an estimate of how long it takes.
class CampaignConfirmDialog final : public QDialog {
    Q_OBJECT

public:
    CampaignConfirmDialog(const CampaignLaunch &launch, QWidget *parent = nullptr);

    // How long `requests` take with the rate limit and `concurrency` requests at once, each
    // answered in `answerSeconds`.
    static qint64 estimatedSeconds(qsizetype requests, const CampaignRunner::Options &options,
                                   double answerSeconds);
    // How long `account`'s service answers a request: as measured in its last campaign, else
    // about nothing for the built-in sandbox and a quarter of a second for a real service (found
    // by hand: "about 4 minutes" for a sandbox run of 45 seconds).
    static double answerSeconds(const Account &account);
    // Keeps what a campaign measured, for the next estimate.
    static void rememberAnswerTimes(const Account &account, const CampaignRunner::AnswerTimes &times);
    // "SOIP-RECIPIENT-INVALID — 3 rows (4, 9, 12): <message>", one line per reason.
    static QStringList skippedByReason(const QList<RowProblem> &problems);
};

} // namespace soip
