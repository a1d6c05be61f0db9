#pragma once

#include "model/message.h"
#include "net/sendoutcome.h"
#include "net/statusoutcome.h"
#include "validation/issue.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QStringList>

class QWidget;

namespace soip {

class AppServices;
class CampaignController;
class ResultPanel;
class SendController;
class SendHistory;
class SenderIdHistory;
struct Account;

// Sending one message from the window: the confirmation (a warning when the exact payload went out
// to the same account before), the in-flight state that refuses a second send, the outcome in the
// result panel and the send history, and the status query for the last send.
class SendWorkflow final : public QObject {
    Q_OBJECT

public:
    struct Services {
        SendController *sending = nullptr;
        SendHistory *history = nullptr; // may be null: then nothing is recorded
        SenderIdHistory *senderIds = nullptr;
        CampaignController *campaigns = nullptr; // may be null: a campaign under way refuses Send
        QString historyError;                    // why there is no history, when `history` is null for a reason
    };
    // The app's services as the workflow uses them.
    static Services servicesOf(const AppServices *services);

    SendWorkflow(const Services &services, ResultPanel *result, QWidget *dialogParent);

    // From the confirmation until the answer arrives (or the user cancelled).
    bool isSending() const { return m_sending; }
    // The confirmation question is open: nothing is on the network yet.
    bool isConfirming() const { return m_confirming; }
    bool canCheckStatus() const { return !m_checkingStatus && !m_lastSend.messageIds.isEmpty(); }
    // Why Send is not possible now (empty when it is): a send under way, no account, `errors`.
    QString blocker(const QString &accountId, int errors) const;

    // Asks, then sends `message` (as it is now: later edits do not change what is sent) with the
    // account `accountId`; the question names `warnings` (the media check's findings). Does nothing
    // while a send is under way.
    void send(const QString &accountId, const Message &message, const QList<Issue> &warnings = {});
    void checkStatus();
    // Copies a curl command that sends `message` with the account; the key stays $KALEYRA_API_KEY.
    void copyCurl(const QString &accountId, const Message &message);
    // Closing the window during a send asks first; false when the user chose to wait.
    bool mayQuit();

signals:
    void stateChanged();
    void statusMessage(const QString &text, int timeoutMs);
    // The result panel has news: the window brings it to the front.
    void resultShown();
    // The answer names a field the user should fix.
    void fieldToFix(const QString &jsonPath);

private:
    bool confirm(const Account &account, const Message &message, const QByteArray &payload,
                 const QList<Issue> &warnings);
    void onSendFinished(const SendOutcome &outcome, const Account &account);
    void onStatusFinished(const StatusOutcome &outcome);
    // Adds the send in flight to the history; empty, or what the person is told when it could not be.
    QString recordInHistory(const Account &account, const SendOutcome &outcome);

    // The last message that may have reached the server, to catch an accidental second send.
    struct LastSend {
        QByteArray payload;
        QString accountId;
        QDateTime at;
        QStringList messageIds;
    };

    Services m_services;
    ResultPanel *m_result = nullptr;
    QWidget *m_dialogParent = nullptr;
    bool m_sending = false;
    bool m_confirming = false;
    bool m_checkingStatus = false;
    // What is on the network now, byte for byte: recorded as the last send once the answer says it
    // may have gone out, whatever the user edited meanwhile.
    Message m_inFlight;
    QByteArray m_inFlightPayload;
    LastSend m_lastSend;
};

} // namespace soip
