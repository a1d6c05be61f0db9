#pragma once

#include "model/message.h"
#include "storage/campaignjournal.h"
#include "storage/sendhistory.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QNetworkAccessManager;
class QPlainTextEdit;
class QTableWidget;
class QToolButton;

namespace soip {

class PreviewImageCache;
class PreviewWidget;

// The chosen history entry: its card in the phone preview, the outcome, each recipient with its
// message id and delivery status, and the exact payload that was sent (never a key: the history
// holds none). A campaign shows its template; its rows are in the delivery report.
class HistoryDetails final : public QWidget {
    Q_OBJECT

public:
    // `network` (not owned) loads the card's pictures; may be null.
    explicit HistoryDetails(QNetworkAccessManager *network, QWidget *parent = nullptr);

    // `statuses`: delivery status names by message id, as last asked.
    void showSend(const SendRecord &record, const QHash<QString, QString> &statuses);
    void showCampaign(const CampaignRecord &record, const CampaignCounts &counts);
    void clear();

    // The payload shown, byte for byte, and the message read from it (empty when none is shown).
    QByteArray payload() const { return m_payload; }
    bool hasMessage() const { return m_hasMessage; }
    Message message() const;

private:
    void showPayload(const QByteArray &payload);

    PreviewImageCache *m_images = nullptr;
    PreviewWidget *m_preview = nullptr;
    QLabel *m_outcome = nullptr;
    QTableWidget *m_recipients = nullptr;
    QPlainTextEdit *m_payloadView = nullptr;
    QToolButton *m_showPayload = nullptr; // shows m_payloadView
    QByteArray m_payload;
    bool m_hasMessage = false;
};

} // namespace soip
