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
    // answered in about a quarter of a second.
    static qint64 estimatedSeconds(qsizetype requests, const CampaignRunner::Options &options);
    // "SOIP-RECIPIENT-INVALID — 3 rows (4, 9, 12): <message>", one line per reason.
    static QStringList skippedByReason(const QList<RowProblem> &problems);
};

} // namespace soip
