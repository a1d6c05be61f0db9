<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>soip::CampaignComposer</name>
    <message numerus="yes">
        <source>%Ln recipient(s) from %1</source>
        <translation>
            <numerusform>%Ln recipient from %1</numerusform>
            <numerusform>%Ln recipients from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <translation>
            <numerusform>%Ln invalid</numerusform>
            <numerusform>%Ln invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln listed twice</source>
        <translation>
            <numerusform>%Ln listed twice</numerusform>
            <numerusform>%Ln listed twice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1, %Ln character(s)</source>
        <translation>
            <numerusform>Row %1, %Ln character</numerusform>
            <numerusform>Row %1, %Ln characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soip::CampaignConfirmDialog</name>
    <message numerus="yes">
        <source>%1 — %Ln row(s) (%2): %3</source>
        <translation>
            <numerusform>%1 — %Ln row (%2): %3</numerusform>
            <numerusform>%1 — %Ln rows (%2): %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send “%1” to %Ln number(s)?</source>
        <translation>
            <numerusform>Send “%1” to %Ln number?</numerusform>
            <numerusform>Send “%1” to %Ln numbers?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (up to %Ln number(s) each)</source>
        <translation>
            <numerusform>%1 (up to %Ln number each)</numerusform>
            <numerusform>%1 (up to %Ln numbers each)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) repeat an earlier number and are sent once</source>
        <translation>
            <numerusform>%Ln row repeats an earlier number and is sent once</numerusform>
            <numerusform>%Ln rows repeat an earlier number and are sent once</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) will not be sent</source>
        <translation>
            <numerusform>%Ln row will not be sent</numerusform>
            <numerusform>%Ln rows will not be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %1 requests per second, %Ln at once</source>
        <translation>
            <numerusform>at most %1 requests per second, %Ln at once</numerusform>
            <numerusform>at most %1 requests per second, %Ln at once</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no limit, %Ln request(s) at once</source>
        <translation>
            <numerusform>no limit, %Ln request at once</numerusform>
            <numerusform>no limit, %Ln requests at once</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soip::CampaignController</name>
    <message numerus="yes">
        <source>“%1” was already sent to this spreadsheet on %2: %Ln row(s) accepted.</source>
        <translation>
            <numerusform>“%1” was already sent to this spreadsheet on %2: %Ln row accepted.</numerusform>
            <numerusform>“%1” was already sent to this spreadsheet on %2: %Ln rows accepted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the message again to %Ln unknown row(s)?</source>
        <translation>
            <numerusform>Send the message again to %Ln unknown row?</numerusform>
            <numerusform>Send the message again to %Ln unknown rows?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending, held back %n second(s) by the service (too many requests)</source>
        <extracomment>The service answered 429: &quot;Sending, held back 30 seconds by the service (too many requests)&quot;</extracomment>
        <translation>
            <numerusform>Sending, held back %n second by the service (too many requests)</numerusform>
            <numerusform>Sending, held back %n seconds by the service (too many requests)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soip::CampaignDraft</name>
    <message numerus="yes">
        <source>%1 has changed since it was chosen; the campaign goes to its rows as they are now (%Ln row(s)).</source>
        <translation>
            <numerusform>%1 has changed since it was chosen; the campaign goes to its rows as they are now (%Ln row).</numerusform>
            <numerusform>%1 has changed since it was chosen; the campaign goes to its rows as they are now (%Ln rows).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s): %1</source>
        <translation>
            <numerusform>%Ln row: %1</numerusform>
            <numerusform>%Ln rows: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s): %1 — column “%2”</source>
        <translation>
            <numerusform>%Ln row: %1 — column “%2”</numerusform>
            <numerusform>%Ln rows: %1 — column “%2”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soip::CampaignLayoutProblems</name>
    <message numerus="yes">
        <source>%Ln row(s): %1</source>
        <translation>
            <numerusform>%Ln row: %1</numerusform>
            <numerusform>%Ln rows: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s): %1 — column “%2” is long</source>
        <translation>
            <numerusform>%Ln row: %1 — column “%2” is long</numerusform>
            <numerusform>%Ln rows: %1 — column “%2” is long</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s): %1 — column “%2”</source>
        <translation>
            <numerusform>%Ln row: %1 — column “%2”</numerusform>
            <numerusform>%Ln rows: %1 — column “%2”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soip::CampaignMeter</name>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>about %n second</numerusform>
            <numerusform>about %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soip::CampaignQuestions</name>
    <message numerus="yes">
        <source>%Ln row(s) not sent yet.</source>
        <translation>
            <numerusform>%Ln row not sent yet.</numerusform>
            <numerusform>%Ln rows not sent yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) accepted, %1 rejected.</source>
        <translation>
            <numerusform>%Ln row accepted, %1 rejected.</numerusform>
            <numerusform>%Ln rows accepted, %1 rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) unknown: their request went out but the answer was lost, so they may have been delivered. History lists them; check those numbers on the Kaleyra console before sending them again. Resume does not send them.</source>
        <translation>
            <numerusform>%Ln row unknown: its request went out but the answer was lost, so it may have been delivered. History lists it; check that number on the Kaleyra console before sending it again. Resume does not send it.</numerusform>
            <numerusform>%Ln rows unknown: their request went out but the answer was lost, so they may have been delivered. History lists them; check those numbers on the Kaleyra console before sending them again. Resume does not send them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soip::CampaignReport</name>
    <message numerus="yes">
        <source>%1: %n row(s), %2 accepted, %3 rejected, %4 not sent, %5 unknown.</source>
        <translation>
            <numerusform>%1: %n row, %2 accepted, %3 rejected, %4 not sent, %5 unknown.</numerusform>
            <numerusform>%1: %n rows, %2 accepted, %3 rejected, %4 not sent, %5 unknown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s)): %2</source>
        <translation>
            <numerusform>%1 (%n row): %2</numerusform>
            <numerusform>%1 (%n rows): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) unknown: the request went out, but its answer was lost (the program was stopped or the connection broke on the way), so the message may have arrived. They are never sent again by themselves. Check those numbers (State: Unknown) on the Kaleyra console; only then choose to re-send them when the campaign is resumed.</source>
        <translation>
            <numerusform>%n row unknown: the request went out, but its answer was lost (the program was stopped or the connection broke on the way), so the message may have arrived. It is never sent again by itself. Check that number (State: Unknown) on the Kaleyra console; only then choose to re-send it when the campaign is resumed.</numerusform>
            <numerusform>%n rows unknown: the request went out, but its answer was lost (the program was stopped or the connection broke on the way), so the message may have arrived. They are never sent again by themselves. Check those numbers (State: Unknown) on the Kaleyra console; only then choose to re-send them when the campaign is resumed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not sent: nothing left for them (the service could not be reached), so they did not arrive.</source>
        <translation>
            <numerusform>%n row not sent: nothing left for it (the service could not be reached), so it did not arrive.</numerusform>
            <numerusform>%n rows not sent: nothing left for them (the service could not be reached), so they did not arrive.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soip::HistoryDetails</name>
    <message numerus="yes">
        <source>Started %1 with the account “%2”, from %3: %n recipient(s).</source>
        <translation>
            <numerusform>Started %1 with the account “%2”, from %3: %n recipient.</numerusform>
            <numerusform>Started %1 with the account “%2”, from %3: %n recipients.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soip::HistoryModel</name>
    <message numerus="yes">
        <source>Campaign, %n recipient(s)</source>
        <translation>
            <numerusform>Campaign, %n recipient</numerusform>
            <numerusform>Campaign, %n recipients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soip::HistoryWindow</name>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Type at least %n character(s) to search.</source>
        <translation>
            <numerusform>Type at least %n character to search.</numerusform>
            <numerusform>Type at least %n characters to search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asked for %1 of %n message(s)…</source>
        <translation>
            <numerusform>Asked for %1 of %n message…</numerusform>
            <numerusform>Asked for %1 of %n messages…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) exported.</source>
        <translation>
            <numerusform>%n entry exported.</numerusform>
            <numerusform>%n entries exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soip::IssueCollector</name>
    <message numerus="yes">
        <source>%n more problems of this kind are not listed one by one.</source>
        <translation>
            <numerusform>%n more problem of this kind is not listed one by one.</numerusform>
            <numerusform>%n more problems of this kind are not listed one by one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soip::LayoutChecks</name>
    <message numerus="yes">
        <source>The message text is cut after %n line(s); the rest does not show.</source>
        <translation>
            <numerusform>The message text is cut after %n line; the rest does not show.</numerusform>
            <numerusform>The message text is cut after %n lines; the rest does not show.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seen on %1 and %n more phone and font size combination(s).</source>
        <translation>
            <numerusform>Seen on %1 and %n more phone and font size combination.</numerusform>
            <numerusform>Seen on %1 and %n more phone and font size combinations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soip::MessageCodec</name>
    <message numerus="yes">
        <source>“%1” has %n entries, far more than a SOIP message has (a card has at most four titles and four buttons), so the file is not one.</source>
        <translation>
            <numerusform>“%1” has %n entry, far more than a SOIP message has (a card has at most four titles and four buttons), so the file is not one.</numerusform>
            <numerusform>“%1” has %n entries, far more than a SOIP message has (a card has at most four titles and four buttons), so the file is not one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soip::ProblemsPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soip::RecipientImportDialog</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln valid number(s)</source>
        <translation>
            <numerusform>%Ln valid number</numerusform>
            <numerusform>%Ln valid numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <translation>
            <numerusform>%Ln invalid</numerusform>
            <numerusform>%Ln invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln listed twice (sent once)</source>
        <translation>
            <numerusform>%Ln listed twice (sent once)</numerusform>
            <numerusform>%Ln listed twice (sent once)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soip::RecipientsEditor</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n recipient</numerusform>
            <numerusform>%n recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalid</numerusform>
            <numerusform>%n invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outside India</source>
        <translation>
            <numerusform>%n outside India</numerusform>
            <numerusform>%n outside India</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soip::SendOutcome</name>
    <message numerus="yes">
        <source>Kaleyra accepted the message for %n recipient(s). Delivery happens next; ask for the delivery status with the message ids.</source>
        <translation>
            <numerusform>Kaleyra accepted the message for %n recipient. Delivery happens next; ask for the delivery status with the message ids.</numerusform>
            <numerusform>Kaleyra accepted the message for %n recipients. Delivery happens next; ask for the delivery status with the message ids.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The message was not sent because it has %n problem(s) to fix first.</source>
        <translation>
            <numerusform>The message was not sent because it has %n problem to fix first.</numerusform>
            <numerusform>The message was not sent because it has %n problems to fix first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kaleyra is receiving too many requests from this account (HTTP 429) and did not take the message. Try again in %n second(s).</source>
        <translation>
            <numerusform>Kaleyra is receiving too many requests from this account (HTTP 429) and did not take the message. Try again in %n second.</numerusform>
            <numerusform>Kaleyra is receiving too many requests from this account (HTTP 429) and did not take the message. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soip::SendWorkflow</name>
    <message numerus="yes">
        <source>Send this %1 message to %n recipient(s)?</source>
        <translation>
            <numerusform>Send this %1 message to %n recipient?</numerusform>
            <numerusform>Send this %1 message to %n recipients?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent with %1: accepted for %n recipient(s).</source>
        <translation>
            <numerusform>Sent with %1: accepted for %n recipient.</numerusform>
            <numerusform>Sent with %1: accepted for %n recipients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix %n problem(s) to send</source>
        <translation>
            <numerusform>Fix %n problem to send</numerusform>
            <numerusform>Fix %n problems to send</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soip::StatusOutcome</name>
    <message numerus="yes">
        <source>Kaleyra reported the status of %n message(s).</source>
        <translation>
            <numerusform>Kaleyra reported the status of %n message.</numerusform>
            <numerusform>Kaleyra reported the status of %n messages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soip::Validator</name>
    <message numerus="yes">
        <source>The recipients field has %n entries; one message can go to at most %1 numbers: split the list into several messages.</source>
        <translation>
            <numerusform>The recipients field has %n entry; one message can go to at most %1 numbers: split the list into several messages.</numerusform>
            <numerusform>The recipients field has %n entries; one message can go to at most %1 numbers: split the list into several messages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soip::cli::Cli</name>
    <message numerus="yes">
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>No answer within %n second</numerusform>
            <numerusform>No answer within %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The message is valid, with %n warning(s).</source>
        <translation>
            <numerusform>The message is valid, with %n warning.</numerusform>
            <numerusform>The message is valid, with %n warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The message is not valid: %n error(s).</source>
        <translation>
            <numerusform>The message is not valid: %n error.</numerusform>
            <numerusform>The message is not valid: %n errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n row: </numerusform>
            <numerusform>%n rows: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>soip campaign: %n row(s) were in flight when the last run stopped; they are unknown now and are not sent again.
</source>
        <translation>
            <numerusform>soip campaign: %n row was in flight when the last run stopped; it is unknown now and is not sent again.
</numerusform>
            <numerusform>soip campaign: %n rows were in flight when the last run stopped; they are unknown now and are not sent again.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), </source>
        <translation>
            <numerusform>%n row, </numerusform>
            <numerusform>%n rows, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid, </source>
        <translation>
            <numerusform>%n valid, </numerusform>
            <numerusform>%n valid, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to send.
</source>
        <translation>
            <numerusform>%n request to send.
</numerusform>
            <numerusform>%n requests to send.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source># Dry run: nothing was sent. %n request(s); the first ones:
</source>
        <translation>
            <numerusform># Dry run: nothing was sent. %n request:
</numerusform>
            <numerusform># Dry run: nothing was sent. %n requests; the first ones:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>soip campaign resume: sending %n unknown row(s) again, as asked.
</source>
        <translation>
            <numerusform>soip campaign resume: sending %n unknown row again, as asked.
</numerusform>
            <numerusform>soip campaign resume: sending %n unknown rows again, as asked.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) accepted</source>
        <translation>
            <numerusform>%1 of %n row accepted</numerusform>
            <numerusform>%1 of %n rows accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  warning, %n row(s)</source>
        <translation>
            <numerusform>  warning, %n row</numerusform>
            <numerusform>  warning, %n rows</numerusform>
        </translation>
    </message>
</context>
</TS>
