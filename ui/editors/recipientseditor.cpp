#include "recipientseditor.h"

#include "composer/composerdocument.h"
#include "editoricons.h"
#include "markedfield.h"
#include "recipients/recipientlist.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace soip {

namespace {
// Short lists are checked on each key press; long pastes wait until typing pauses.
constexpr int kImmediateLength = 20000;
constexpr int kDebounceMs = 250;
} // namespace

RecipientsEditor::RecipientsEditor(ComposerDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("recipientsTextEdit"));
    m_text->setAccessibleName(tr("Recipients"));
    m_text->setPlaceholderText(tr("Mobile numbers with country code, e.g. +91 98765 43210.\n"
                                  "Paste a list: commas, spaces, new lines or a spreadsheet column."));
    m_text->setTabChangesFocus(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 3 + 14);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("recipientsSummaryLabel"));
    m_summary->setWordWrap(true);

    m_removeDuplicates = new QPushButton(tr("Remove d&uplicates"), this);
    m_removeDuplicates->setObjectName(QStringLiteral("removeDuplicatesButton"));
    m_removeDuplicates->setAccessibleName(tr("Remove duplicate numbers"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("recipientsListWidget"));
    m_list->setAccessibleName(tr("Checked recipients"));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setUniformItemSizes(true);
    m_list->setIconSize(QSize(16, 16));
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);

    m_fromFile = new QPushButton(tr("From &a file…"), this);
    m_fromFile->setObjectName(QStringLiteral("recipientsFromFileButton"));
    m_fromFile->setAccessibleName(tr("Recipients from a file"));

    m_typed = new QWidget(this);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_removeDuplicates);
    summaryRow->addWidget(m_fromFile);
    auto *typed = new QVBoxLayout(m_typed);
    typed->setContentsMargins(0, 0, 0, 0);
    typed->setSpacing(4);
    typed->addWidget(new MarkedField(m_text, m_typed));
    typed->addLayout(summaryRow);
    typed->addWidget(m_list);

    m_campaign = new QWidget(this);
    m_campaignLabel = new QLabel(m_campaign);
    m_campaignLabel->setObjectName(QStringLiteral("recipientsCampaignLabel"));
    m_campaignLabel->setWordWrap(true);
    m_campaignLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changeFile = new QPushButton(tr("Ch&ange…"), m_campaign);
    m_changeFile->setObjectName(QStringLiteral("recipientsChangeFileButton"));
    m_changeFile->setAccessibleName(tr("Change the spreadsheet"));
    m_removeFile = new QPushButton(tr("&Type numbers instead"), m_campaign);
    m_removeFile->setObjectName(QStringLiteral("recipientsRemoveFileButton"));
    m_removeFile->setAccessibleName(tr("Type numbers instead of the spreadsheet"));
    auto *campaignButtons = new QHBoxLayout;
    campaignButtons->addStretch();
    campaignButtons->addWidget(m_changeFile);
    campaignButtons->addWidget(m_removeFile);
    auto *campaign = new QVBoxLayout(m_campaign);
    campaign->setContentsMargins(0, 0, 0, 0);
    campaign->addWidget(new MarkedField(m_campaignLabel, m_campaign));
    campaign->addLayout(campaignButtons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_typed);
    layout->addWidget(m_campaign);
    setFocusProxy(m_text);

    connect(m_text, &QPlainTextEdit::textChanged, this, &RecipientsEditor::onTextChanged);
    connect(m_debounce, &QTimer::timeout, this, &RecipientsEditor::apply);
    connect(m_removeDuplicates, &QPushButton::clicked, this, &RecipientsEditor::removeDuplicates);
    connect(m_document, &ComposerDocument::replaced, this, &RecipientsEditor::load);
    connect(m_document, &ComposerDocument::recipientSourceChanged, this, &RecipientsEditor::showMode);
    connect(m_fromFile, &QPushButton::clicked, this, &RecipientsEditor::fromFileRequested);
    connect(m_changeFile, &QPushButton::clicked, this, &RecipientsEditor::fromFileRequested);
    connect(m_removeFile, &QPushButton::clicked, this, &RecipientsEditor::typeNumbersRequested);
    load();
    showMode();
}

void RecipientsEditor::showMode()
{
    const bool campaign = m_document->isCampaign();
    // The focused control stays where the person is: the button that changed the mode.
    const bool hadFocus = isAncestorOf(focusWidget()) && focusWidget() && focusWidget()->hasFocus();
    m_typed->setVisible(!campaign);
    m_campaign->setVisible(campaign);
    setFocusProxy(campaign ? static_cast<QWidget *>(m_changeFile) : m_text);
    if (hadFocus)
        (campaign ? static_cast<QWidget *>(m_changeFile) : m_text)->setFocus();
}

void RecipientsEditor::showCampaignSummary(const QString &text)
{
    m_campaignLabel->setText(text);
}

void RecipientsEditor::load()
{
    m_debounce->stop();
    const QString &to = m_document->message().to;
    // What was typed, when it is what the message holds (a restore after a crash); otherwise one
    // number a line, which reads better than a long comma-separated line. The message is
    // unchanged until the user edits the list.
    const QString &typed = m_document->recipientsText();
    QList<Recipient> recipients = RecipientList::fromPastedText(typed);
    QString text = typed;
    if (typed.isEmpty() || RecipientList::toField(recipients) != to) {
        recipients = RecipientList::parse(to);
        QStringList lines;
        for (const Recipient &r : recipients)
            lines.append(r.input);
        text = lines.join(QLatin1Char('\n'));
    }
    m_loading = true;
    m_text->setPlainText(text);
    m_loading = false;
    showRecipients(recipients);
}

void RecipientsEditor::onTextChanged()
{
    if (m_loading)
        return;
    if (m_text->document()->characterCount() < kImmediateLength)
        apply();
    else
        m_debounce->start();
}

void RecipientsEditor::apply()
{
    m_debounce->stop();
    const QString text = m_text->toPlainText();
    const QList<Recipient> recipients = RecipientList::fromPastedText(text);
    const QString field = RecipientList::toField(recipients);
    m_document->setRecipientsText(text);
    m_document->edit([&](Message &m) { m.to = field; });
    showRecipients(recipients);
}

void RecipientsEditor::showRecipients(const QList<Recipient> &recipients)
{
    int invalid = 0;
    int duplicates = 0;
    int abroad = 0;
    int total = 0;
    m_list->clear();
    for (const Recipient &r : recipients) {
        if (r.problem == Recipient::Problem::Empty)
            continue;
        ++total;
        if (r.duplicate)
            ++duplicates;
        if (!r.valid)
            ++invalid;
        else if (!r.indian)
            ++abroad;
        if (m_list->count() >= kMaxListedRecipients)
            continue;
        QString text;
        QIcon icon;
        if (!r.valid) {
            text = r.problemText.isEmpty() ? tr("%1 is not a valid number").arg(r.input) : r.problemText;
            icon = EditorIcons::severity(Severity::Error);
        } else if (r.duplicate) {
            text = tr("%1 — listed twice; it gets the message once").arg(r.e164);
            icon = EditorIcons::severity(Severity::Warning);
        } else if (!r.indian) {
            text = tr("%1 — not an Indian number; the service is for India").arg(r.e164);
            icon = EditorIcons::severity(Severity::Warning);
        } else {
            text = r.e164 == r.input ? r.e164 : tr("%1  (typed %2)").arg(r.e164, r.input);
            icon = EditorIcons::ok();
        }
        auto *item = new QListWidgetItem(icon, text, m_list);
        item->setData(Qt::UserRole, r.valid);
    }
    if (total > m_list->count())
        m_list->addItem(tr("… and %n more", nullptr, total - m_list->count()));
    // As tall as its rows, up to five; longer lists scroll.
    const int rowHeight = qMax(m_list->sizeHintForRow(0), m_list->fontMetrics().height() + 4);
    m_list->setFixedHeight(rowHeight * qBound(1, m_list->count(), 5) + 2 * m_list->frameWidth() + 2);

    QStringList parts;
    parts.append(tr("%n recipient(s)", nullptr, total));
    if (invalid > 0)
        parts.append(tr("%n invalid", nullptr, invalid));
    if (duplicates > 0)
        parts.append(tr("%n duplicate(s)", nullptr, duplicates));
    if (abroad > 0)
        parts.append(tr("%n outside India", nullptr, abroad));
    m_summary->setText(total == 0 ? tr("No recipients yet") : parts.join(QStringLiteral(", ")));
    m_list->setVisible(total > 0);
    m_removeDuplicates->setEnabled(duplicates > 0);
    m_removeDuplicates->setToolTip(duplicates > 0 ? tr("Keep each number once") : tr("No number is listed twice"));
}

void RecipientsEditor::removeDuplicates()
{
    const QList<Recipient> kept =
        RecipientList::withoutDuplicates(RecipientList::fromPastedText(m_text->toPlainText()));
    QStringList lines;
    for (const Recipient &r : kept)
        lines.append(r.input);
    m_text->setPlainText(lines.join(QLatin1Char('\n')));
    apply();
}

} // namespace soip
