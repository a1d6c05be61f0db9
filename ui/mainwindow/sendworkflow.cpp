#include "sendworkflow.h"

#include "accounts/senderidhistory.h"
#include "campaign/campaigncontroller.h"
#include "net/soiprequest.h"
#include "recipients/recipientlist.h"
#include "resultpanel.h"
#include "services/appservices.h"
#include "services/sendcontroller.h"
#include "storage/sendhistory.h"

#include <QApplication>
#include <QClipboard>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace soip {

namespace {

QString routeText(const QString &route)
{
    switch (routeFromString(route)) {
    case Route::Transactional:
        return SendWorkflow::tr("TXN (transactional)");
    case Route::Otp:
        return SendWorkflow::tr("OTP (one-time password)");
    default:
        return SendWorkflow::tr("MKT (marketing)");
    }
}

} // namespace

SendWorkflow::Services SendWorkflow::servicesOf(const AppServices *services)
{
    return {services->sending(), services->history(), services->senderIds(), services->campaigns(),
            services->historyError()};
}

SendWorkflow::SendWorkflow(const Services &services, ResultPanel *result, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_services(services)
    , m_result(result)
    , m_dialogParent(dialogParent)
{
    connect(m_services.sending, &SendController::sendFinished, this, &SendWorkflow::onSendFinished);
    connect(m_services.sending, &SendController::statusFinished, this, &SendWorkflow::onStatusFinished);
    connect(m_services.sending, &SendController::requestSent, this,
            [this] { m_result->showSending(tr("Sent the request; waiting for the answer…")); });
}

QString SendWorkflow::blocker(const QString &accountId, int errors) const
{
    if (m_confirming)
        return tr("Waiting for you to confirm the send");
    if (m_sending)
        return tr("Sending…");
    if (const QString campaign = m_services.campaigns ? m_services.campaigns->sendBlocker() : QString();
        !campaign.isEmpty())
        return campaign;
    if (accountId.isEmpty())
        return tr("Choose an account to send with");
    if (errors > 0)
        return tr("Fix %n problem(s) to send", nullptr, errors);
    return {};
}

bool SendWorkflow::confirm(const Account &account, const Message &message, const QByteArray &payload,
                           const QList<Issue> &warnings)
{
    const int count = int(RecipientList::withoutDuplicates(RecipientList::parse(message.to)).size());
    const QString question = tr("Send this %1 message to %n recipient(s)?", nullptr, count).arg(message.type);
    QString details = tr("Recipients: %1\nRoute: %2\nSender ID: %3\nAccount: %4")
                          .arg(count)
                          .arg(routeText(message.route), message.from, account.name);
    if (account.isSandbox())
        details += u'\n' + tr("This is the built-in sandbox: nothing reaches a phone.");
    for (const Issue &warning : warnings)
        details += u'\n' + tr("Warning: %1").arg(warning.message);

    const bool duplicate =
        !m_lastSend.payload.isEmpty() && m_lastSend.payload == payload && m_lastSend.accountId == account.id;
    QMessageBox box(duplicate ? QMessageBox::Warning : QMessageBox::Question, tr("Send message"), question,
                    QMessageBox::NoButton, m_dialogParent);
    box.setObjectName(duplicate ? QStringLiteral("duplicateSendMessageBox")
                                : QStringLiteral("sendConfirmMessageBox"));
    if (duplicate) {
        box.setText(tr("You sent this exact message at %1 — send again?")
                        .arg(QLocale().toString(m_lastSend.at.toLocalTime().time(), QLocale::ShortFormat)));
        details = question + u'\n' + details;
    }
    box.setInformativeText(details);
    QPushButton *sendButton = box.addButton(duplicate ? tr("Send &again") : tr("&Send"), QMessageBox::AcceptRole);
    sendButton->setObjectName(QStringLiteral("confirmSendPushButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelSendPushButton"));
    // A second Return must not send twice by accident: a repeat send defaults to Cancel.
    box.setDefaultButton(duplicate ? cancel : sendButton);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == sendButton;
}

void SendWorkflow::send(const QString &accountId, const Message &message, const QList<Issue> &warnings)
{
    // m_sending is set before the question, so neither a second click nor Ctrl+Return pressed
    // again while it is open can start a second send.
    if (m_sending)
        return;
    const std::optional<Account> account = m_services.sending->account(accountId);
    if (!account)
        return;
    m_sending = true;
    m_confirming = true;
    emit stateChanged();
    const QByteArray payload = SoipRequest::body(message);
    const bool confirmed = confirm(*account, message, payload, warnings);
    m_confirming = false;
    if (!confirmed) {
        m_sending = false;
        emit stateChanged();
        return;
    }
    m_inFlight = message;
    m_inFlightPayload = payload;
    emit stateChanged();
    m_result->showSending(tr("Sending with %1…").arg(account->name));
    emit resultShown();
    emit statusMessage(tr("Sending…"), 0);
    m_services.sending->send(account->id, message);
}

void SendWorkflow::onSendFinished(const SendOutcome &outcome, const Account &account)
{
    m_sending = false;
    emit statusMessage({}, 0);
    if (outcome.mayHaveBeenSent()) {
        m_lastSend.payload = m_inFlightPayload;
        m_lastSend.accountId = account.id;
        m_lastSend.at = QDateTime::currentDateTime();
        m_lastSend.messageIds.clear();
    }
    // The answer is shown whatever became of the history: the send went out once either way.
    const QString notRecorded = recordInHistory(account, outcome);
    switch (outcome.kind) {
    case SendOutcome::Kind::Accepted: {
        QList<ResultPanel::Row> rows;
        for (const SentRecipient &recipient : outcome.recipients) {
            rows.append({recipient.recipient, recipient.messageId, tr("Accepted"), false});
            m_lastSend.messageIds.append(recipient.messageId);
        }
        m_result->showSent(
            tr("Sent with %1: accepted for %n recipient(s).", nullptr, int(outcome.recipients.size()))
                .arg(account.name),
            outcome.kid, rows);
        // A sender ID that was accepted is worth offering again.
        m_services.senderIds->remember(m_inFlight.from);
        emit statusMessage(tr("Sent. Use Check status to follow delivery."), 8000);
        break;
    }
    case SendOutcome::Kind::Unknown:
        m_result->showUnknown(outcome.title(), outcome.explanation());
        break;
    default: {
        QString details = outcome.explanation();
        if (outcome.kind == SendOutcome::Kind::NotSent && !outcome.detail.isEmpty() &&
            !details.contains(outcome.detail))
            details += u'\n' + outcome.detail;
        m_result->showFailed(outcome.title(), details);
        break;
    }
    }
    if (!notRecorded.isEmpty())
        m_result->addNote(notRecorded);
    m_inFlight = {};
    m_inFlightPayload.clear();
    emit resultShown();
    emit stateChanged();
    const QString field = outcome.fieldToFix();
    if (!field.isEmpty())
        emit fieldToFix(field);
}

QString SendWorkflow::recordInHistory(const Account &account, const SendOutcome &outcome)
{
    if (!m_services.history) {
        // No history on purpose ("-") says nothing; one that could not be opened does, every time.
        return m_services.historyError.isEmpty()
                   ? QString()
                   : tr("This send is not in the history, which cannot be used: %1").arg(m_services.historyError);
    }
    if (m_services.history->record(account, m_inFlight, outcome) != 0)
        return {};
    return tr("This send is not in the history. %1").arg(m_services.history->errorString());
}

void SendWorkflow::checkStatus()
{
    if (!canCheckStatus())
        return;
    m_checkingStatus = true;
    emit stateChanged();
    emit statusMessage(tr("Asking for the delivery status…"), 0);
    m_services.sending->checkStatus(m_lastSend.accountId, m_lastSend.messageIds);
}

void SendWorkflow::onStatusFinished(const StatusOutcome &outcome)
{
    m_checkingStatus = false;
    emit statusMessage({}, 0);
    if (outcome.kind == StatusOutcome::Kind::Ok) {
        QList<ResultPanel::Row> rows;
        for (const DeliveryStatus &status : outcome.statuses) {
            QString text = status.isFinal() ? status.explanation() : tr("Waiting for delivery…");
            if (!status.status.isEmpty())
                text = tr("%1 (%2)").arg(text, status.status);
            rows.append({status.recipient, status.messageId, text, status.isFinal() && !status.isDelivered()});
        }
        m_result->showStatuses(
            tr("Delivery status as of %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)),
            rows);
    } else {
        m_result->showStatuses(outcome.title() + u' ' + outcome.explanation(), {});
    }
    emit resultShown();
    emit stateChanged();
}

void SendWorkflow::copyCurl(const QString &accountId, const Message &message)
{
    QString error;
    const QString command = m_services.sending->curlCommand(accountId, message, &error);
    if (command.isEmpty()) {
        QMessageBox::warning(m_dialogParent, tr("Copy as cURL"), error);
        return;
    }
    QApplication::clipboard()->setText(command);
    emit statusMessage(tr("Copied a curl command. Set KALEYRA_API_KEY in your shell before running it."), 8000);
}

bool SendWorkflow::mayQuit()
{
    if (!m_sending)
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Sending"), tr("A message is being sent. Quit anyway?"),
                    QMessageBox::NoButton, m_dialogParent);
    box.setObjectName(QStringLiteral("quitWhileSendingMessageBox"));
    box.setInformativeText(tr("If you quit now you will not see whether it was accepted."));
    QPushButton *quit = box.addButton(tr("&Quit"), QMessageBox::DestructiveRole);
    box.setDefaultButton(box.addButton(tr("&Wait"), QMessageBox::RejectRole));
    box.exec();
    return box.clickedButton() == quit;
}

} // namespace soip
