#include "historydetails.h"

#include "net/deliverystatus.h"
#include "preview/previewimagecache.h"
#include "preview/previewwidget.h"
#include "json/messagecodec.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace soip {

HistoryDetails::HistoryDetails(QNetworkAccessManager *network, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"historyDetails"_s);
    m_images = new PreviewImageCache(this);
    if (network)
        m_images->setNetworkAccessManager(network);
    m_preview = new PreviewWidget(this);
    m_preview->setObjectName(u"historyPreview"_s);
    m_preview->setImageCache(m_images);
    auto *previewScroll = new QScrollArea(this);
    previewScroll->setWidget(m_preview);
    previewScroll->setWidgetResizable(true);
    previewScroll->setMinimumWidth(300);

    m_outcome = new QLabel(this);
    m_outcome->setObjectName(u"historyOutcomeLabel"_s);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_recipients = new QTableWidget(0, 3, this);
    m_recipients->setObjectName(u"historyRecipientsTable"_s);
    m_recipients->setAccessibleName(tr("Recipients"));
    m_recipients->setHorizontalHeaderLabels({tr("Number"), tr("Message id"), tr("Delivery status")});
    m_recipients->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recipients->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recipients->verticalHeader()->hide();
    m_recipients->horizontalHeader()->setStretchLastSection(true);

    m_payloadView = new QPlainTextEdit(this);
    m_payloadView->setObjectName(u"historyPayloadEdit"_s);
    m_payloadView->setAccessibleName(tr("The payload that was sent"));
    m_payloadView->setReadOnly(true);
    m_payloadView->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_outcome);
    rightLayout->addWidget(m_recipients, 1);
    // Found by hand: the JSON under every entry meant nothing to the people sending; it is one
    // click away for those who check what went out.
    m_showPayload = new QToolButton(right);
    m_showPayload->setObjectName(u"historyShowPayloadButton"_s);
    m_showPayload->setText(tr("The &request as sent"));
    m_showPayload->setToolTip(tr("The JSON that went to the service; the API key is never stored"));
    m_showPayload->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_showPayload->setAutoRaise(true);
    m_showPayload->setCheckable(true);
    m_showPayload->setArrowType(Qt::RightArrow);
    m_payloadView->setVisible(false);
    connect(m_showPayload, &QToolButton::toggled, this, [this](bool shown) {
        m_showPayload->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_payloadView->setVisible(shown);
    });
    rightLayout->addWidget(m_showPayload, 0, Qt::AlignLeft);
    rightLayout->addWidget(m_payloadView, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(previewScroll);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    clear();
}

void HistoryDetails::clear()
{
    m_outcome->setText(tr("Choose a send or a campaign in the list."));
    m_recipients->setRowCount(0);
    showPayload({});
}

void HistoryDetails::showPayload(const QByteArray &payload)
{
    m_payload = payload;
    const ReadResult read = MessageCodec::read(payload);
    m_hasMessage = !payload.isEmpty() && read.readable;
    m_preview->setMessage(m_hasMessage ? read.message : Message());
    m_preview->setVisible(m_hasMessage);
    m_payloadView->setPlainText(QString::fromUtf8(payload));
}

Message HistoryDetails::message() const
{
    return m_hasMessage ? MessageCodec::read(m_payload).message : Message();
}

void HistoryDetails::showSend(const SendRecord &record, const QHash<QString, QString> &statuses)
{
    const QString when = QLocale().toString(record.sentAt.toLocalTime(), QLocale::LongFormat);
    QString text = u"<b>"_s + record.title.toHtmlEscaped() + u"</b><br>"_s + record.explanation.toHtmlEscaped();
    text += u"<br>"_s + tr("Sent %1 with the account “%2”.").arg(when, record.accountName).toHtmlEscaped();
    if (!record.kid.isEmpty())
        text += u"<br>"_s + tr("Request id (kid): %1").arg(record.kid).toHtmlEscaped();
    m_outcome->setText(text);

    // Accepted sends name each number with its message id; others list the numbers asked for.
    QStringList numbers = record.recipients;
    if (numbers.isEmpty())
        numbers = MessageCodec::read(record.messageJson).message.to.split(u',', Qt::SkipEmptyParts);
    m_recipients->setRowCount(int(numbers.size()));
    for (int row = 0; row < numbers.size(); ++row) {
        const QString id = record.messageIds.value(row);
        QString delivery;
        if (!id.isEmpty()) {
            const QString status = statuses.value(id);
            delivery = status.isEmpty() ? tr("Not asked yet")
                                        : DeliveryStatus::explain(DeliveryStatus::codeForName(status));
        }
        m_recipients->setItem(row, 0, new QTableWidgetItem(numbers.at(row).trimmed()));
        m_recipients->setItem(row, 1, new QTableWidgetItem(id));
        auto *status = new QTableWidgetItem(delivery);
        status->setToolTip(statuses.value(id));
        m_recipients->setItem(row, 2, status);
    }
    m_recipients->setVisible(true);
    showPayload(record.messageJson);
}

void HistoryDetails::showCampaign(const CampaignRecord &record, const CampaignCounts &counts)
{
    const QString when = QLocale().toString(record.createdAt.toLocalTime(), QLocale::LongFormat);
    QString text = u"<b>"_s + tr("Campaign “%1”").arg(record.name).toHtmlEscaped() + u"</b><br>"_s;
    text += tr("Started %1 with the account “%2”, from %3: %n recipient(s).", nullptr, int(counts.rows))
                .arg(when, record.accountName, record.sourceName)
                .toHtmlEscaped();
    text += u"<br>"_s +
            tr("The card below is the campaign's template; its rows are in the delivery report.").toHtmlEscaped();
    m_outcome->setText(text);
    m_recipients->setRowCount(0);
    m_recipients->setVisible(false);
    showPayload(record.templateJson);
}

} // namespace soip
