<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
