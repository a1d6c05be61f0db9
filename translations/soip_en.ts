<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</context>
</TS>
