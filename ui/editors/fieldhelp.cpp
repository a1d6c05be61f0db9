#include "fieldhelp.h"

#include <QHash>
#include <QRegularExpression>
#include <QWidget>

namespace soip {

namespace {
QString helpKey(const QString &objectName)
{
    static const QRegularExpression numbered(
        QStringLiteral("^(title(?:LineEdit|UpButton|DownButton|RemoveButton))\\d$"));
    if (const QRegularExpressionMatch m = numbered.match(objectName); m.hasMatch())
        return m.captured(1);
    return objectName;
}
} // namespace

QString FieldHelp::forObjectName(const QString &objectName)
{
    return texts().value(helpKey(objectName));
}

QHash<QString, QString> FieldHelp::texts()
{
    // Built on each call, so the words follow a change of language.
    return {
        {QStringLiteral("typeComboBox"),
         tr("What kind of message this is. Text is a plain message, like an SMS. A rich media card shows a "
            "picture or a video with titles, text and buttons. A call-to-action card shows titles, text and one "
            "to four buttons.")},
        {QStringLiteral("recipientsTextEdit"),
         tr("The mobile numbers that get the message, each with its country code (+91 for India). You can "
            "paste a whole column from a spreadsheet.")},
        {QStringLiteral("senderComboBox"),
         tr("Sender ID: the name or number the message comes from, as registered for your Kaleyra account "
            "(for example TEST-NUM).")},
        {QStringLiteral("routeComboBox"),
         tr("Route: what kind of message this is for the phone networks. Marketing is for offers, "
            "Transactional for updates a customer expects, One-time password for verification codes. It must "
            "be a route your sender ID is registered for.")},
        {QStringLiteral("sourceLineEdit"),
         tr("Source: a label for where the message came from, shown in your Kaleyra reports. Empty means "
            "API.")},
        {QStringLiteral("campaignLineEdit"),
         tr("Campaign name: your own name for this message, to find it in Kaleyra's reports. Save As also "
            "suggests it as the file name.")},
        {QStringLiteral("callbackProfileLineEdit"),
         tr("Callback profile: the ID of a delivery report address set up in your Kaleyra account. Whether "
            "each phone received the message is reported there. Leave it empty if you have none.")},
        {QStringLiteral("titleLineEdit"),
         tr("Titles: the bold lines at the top of the card. A card has one to four.")},
        {QStringLiteral("titleUpButton"), tr("Moves this title one place up on the card.")},
        {QStringLiteral("titleDownButton"), tr("Moves this title one place down on the card.")},
        {QStringLiteral("titleRemoveButton"), tr("Removes this title from the card.")},
        {QStringLiteral("addTitleButton"), tr("Adds another title line to the card, up to four.")},
        {QStringLiteral("categoryLineEdit"),
         tr("Category: a short word on the card that says what it is about, such as Offers or Orders.")},
        {QStringLiteral("subCategoryLineEdit"),
         tr("Sub-category: an optional second word under the category, such as Festive or Shipping.")},
        {QStringLiteral("coreEntityLineEdit"),
         tr("Core entity: the one thing the card is about, such as an order number or a product. A "
            "call-to-action card needs one.")},
        {QStringLiteral("mediaTypeComboBox"), tr("Whether the card shows a picture or a video at the top.")},
        {QStringLiteral("mediaUrlLineEdit"),
         tr("Media URL: the public https:// address of the picture or video. Each phone loads it from there, "
            "so it must open without a login.")},
        {QStringLiteral("mediaCheckButton"),
         tr("Fetches the address now, to see whether phones will be able to load it. What it finds is also "
            "listed under Problems.")},
        {QStringLiteral("displayRatioComboBox"),
         tr("Display ratio: how much of the card's height the picture takes. Normal is a landscape strip, "
            "Tall gives it more height. Videos are always tall.")},
        {QStringLiteral("coverUrlLineEdit"),
         tr("Cover image: the https:// address of a picture shown in place of the video until it plays.")},
        {QStringLiteral("bodyTextEdit"), tr("The text of the message, as the person will read it.")},
        {QStringLiteral("actionTypeComboBox"),
         tr("What happens when the button is tapped: a web page opens, an event is added to the calendar, an "
            "app opens, a text such as a coupon code is copied, or a number is called.")},
        {QStringLiteral("actionRankComboBox"),
         tr("Position: the button's place on the card, 0 first. Each button has its own; choosing the position "
            "of another button swaps the two.")},
        {QStringLiteral("actionLabelLineEdit"), tr("The words on the button, at most 28 characters.")},
        {QStringLiteral("actionUpButton"), tr("Moves this button one place up on the card.")},
        {QStringLiteral("actionDownButton"), tr("Moves this button one place down on the card.")},
        {QStringLiteral("actionRemoveButton"), tr("Removes this button from the card.")},
        {QStringLiteral("addActionButton"), tr("Adds a button to the card, up to four.")},
        {QStringLiteral("actionUrlLineEdit"), tr("The web page the button opens, an https:// address.")},
        {QStringLiteral("calendarDateEdit"),
         tr("The day of the event. Type it as you write it (25/12/2026, 25 Dec 2026) or pick it from the "
            "calendar with Alt+Down.")},
        {QStringLiteral("calendarTimeEdit"), tr("The time the event starts, for example 18:30, 1830 or 6:30 pm.")},
        {QStringLiteral("calendarTitleLineEdit"), tr("The event's name, as it appears in the phone's calendar.")},
        {QStringLiteral("calendarDescriptionLineEdit"), tr("A line about the event, kept in the calendar entry.")},
        {QStringLiteral("addDeepLinkButton"),
         tr("Adds another app for this button to try, for example a second app that can show the same "
            "content.")},
        {QStringLiteral("deepLinkRemoveButton"), tr("Removes this app link from the button.")},
        {QStringLiteral("savedAppComboBox"),
         tr("Apps you saved before: choosing one fills in its package and class.")},
        {QStringLiteral("saveAppButton"), tr("Keeps this app's package and class in the list, to use again.")},
        {QStringLiteral("deepLinkActionComboBox"),
         tr("Intent action: how Android is asked to open the app. MAIN opens its start screen, VIEW opens a "
            "page inside it. If you are not sure, use MAIN.")},
        {QStringLiteral("deepLinkPackageLineEdit"),
         tr("Package name: the app's name on Android, as in its Play Store address after id= (for example "
            "com.flipkart.android).")},
        {QStringLiteral("deepLinkClassLineEdit"),
         tr("Class: the screen of the app to open (its developers can tell you), or the app's Play Store link, "
            "which opens the store when the app is not installed.")},
        {QStringLiteral("playStoreButton"), tr("Fills in the app's Play Store link from its package name.")},
        {QStringLiteral("copyTextLineEdit"),
         tr("The text put on the phone's clipboard when the button is tapped, for example a coupon code.")},
        {QStringLiteral("phoneLineEdit"),
         tr("The number the phone calls when the button is tapped. Indian numbers may leave out +91; it is "
            "saved like the recipients.")},
        {QStringLiteral("removeDuplicatesButton"), tr("Keeps each number in the recipients once.")},
        {QStringLiteral("recipientsFromFileButton"),
         tr("Sends the message to every row of a spreadsheet (CSV or Excel) instead of typed numbers. Its "
            "columns can go into any text of the message as {{column name}}, so each customer gets their own.")},
        {QStringLiteral("recipientsChangeFileButton"),
         tr("Chooses another spreadsheet, another sheet of it or another column with the phone numbers.")},
        {QStringLiteral("recipientsRemoveFileButton"),
         tr("Goes back to typed numbers; the spreadsheet is no longer used.")},
    };
}

void FieldHelp::apply(QWidget *root)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    // Once for the whole tree: building the table for each of the form's hundreds of widgets was a
    // twentieth of the window's start-up (bench_startup).
    const QHash<QString, QString> help = texts();
    for (QWidget *w : std::as_const(widgets)) {
        if (w->objectName().isEmpty())
            continue;
        const QString text = help.value(helpKey(w->objectName()));
        if (text.isEmpty())
            continue;
        w->setWhatsThis(text);
        if (w->toolTip().isEmpty())
            w->setToolTip(text);
        if (w->accessibleDescription().isEmpty())
            w->setAccessibleDescription(text);
    }
}

} // namespace soip
