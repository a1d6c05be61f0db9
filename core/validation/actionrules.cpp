#include "androidnames.h"
#include "model/apifield.h"
#include "model/messagetype.h"
#include "recipients/phonenumbercheck.h"
#include "rules.h"
#include "textlength.h"
#include "validator.h"
#include "webaddress.h"
#include "json/jsonpath.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <algorithm>

namespace soip::rules {

namespace {

const QString kInvActionTo = QStringLiteral("INV-ACTION-TO");
const QString kInvDeepLinks = QStringLiteral("INV-DEEP-LINKS");

bool isDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

void checkLabel(const Action &action, const QString &path, Findings &findings)
{
    const QString labelPath = jsonpath::field(path, ApiFields::key(ApiField::ActionContent));
    if (isBlank(action.label)) {
        findings.error(QStringLiteral("INV-ACTION-CONTENT"), labelPath,
                       Validator::tr("The button has no label: write the text shown on it, e.g. Track Order."));
        return;
    }
    if (action.label.size() <= kMaxActionLabelLength)
        return; // fewer UTF-16 units than the limit: fewer characters too
    const qsizetype length = visibleLength(action.label);
    if (length > kMaxActionLabelLength) {
        findings.error(QStringLiteral("SOIP-LABEL-LENGTH"), labelPath,
                       Validator::tr("The button label has %1 characters; at most %2 fit on the button.")
                           .arg(length)
                           .arg(kMaxActionLabelLength));
    }
}

void checkType(const Action &action, const QString &path, Findings &findings)
{
    const QString typePath = jsonpath::field(path, ApiFields::key(ApiField::ActionType));
    if (action.type == 0) {
        findings.error(QStringLiteral("INV-ACTION-TYPE"), typePath,
                       Validator::tr("The button has no action type: use 1 (open link), 2 (add calendar event), "
                                     "3 (open app), 4 (copy text) or 5 (phone call)."));
    } else if (!isValidActionType(action.type)) {
        findings.error(QStringLiteral("INV-ACTION-TYPE"), typePath,
                       Validator::tr("%1 is not an action type: use 1 (open link), 2 (add calendar event), "
                                     "3 (open app), 4 (copy text) or 5 (phone call).")
                           .arg(action.type));
    }
}

void checkDate(const QString &date, const QString &path, Findings &findings)
{
    const bool shaped = date.size() == 10 && date.at(4) == u'-' && date.at(7) == u'-' &&
                        isDigits(QStringView(date).mid(0, 4)) && isDigits(QStringView(date).mid(5, 2)) &&
                        isDigits(QStringView(date).mid(8, 2));
    if (!shaped) {
        findings.error(kInvActionTo, path,
                       Validator::tr("“%1” is not a date in the form YYYY-MM-DD, e.g. 2025-10-19.").arg(date));
        return;
    }
    const QDate parsed(QStringView(date).mid(0, 4).toInt(), QStringView(date).mid(5, 2).toInt(),
                       QStringView(date).mid(8, 2).toInt());
    if (!parsed.isValid()) {
        findings.error(kInvActionTo, path, Validator::tr("%1 is not a real date.").arg(date));
    } else if (parsed < QDateTime::currentDateTimeUtc().date()) {
        // UTC, not local time: reading the local time zone costs a file system call per check, and
        // for India (UTC+5:30) the UTC date is never later than the local one, so no false alarm.
        findings.warning(QStringLiteral("SOIP-DATE-PAST"), path,
                         Validator::tr("The event's date %1 is in the past.").arg(date));
    }
}

void checkTime(const QString &time, const QString &path, Findings &findings)
{
    const bool shaped = time.size() == 5 && time.at(2) == u':' && isDigits(QStringView(time).mid(0, 2)) &&
                        isDigits(QStringView(time).mid(3, 2));
    if (!shaped) {
        findings.error(
            kInvActionTo, path,
            Validator::tr("“%1” is not a time in the form HH:MM (24-hour), e.g. 09:30 or 22:30.").arg(time));
        return;
    }
    if (!QTime(QStringView(time).mid(0, 2).toInt(), QStringView(time).mid(3, 2).toInt()).isValid()) {
        findings.error(
            kInvActionTo, path,
            Validator::tr("%1 is not a time of day: hours go from 00 to 23 and minutes from 00 to 59.").arg(time));
    }
}

void checkEvent(const CalendarEvent &event, const QString &path, Findings &findings)
{
    if (event.isEmpty()) {
        findings.error(
            kInvActionTo, path,
            Validator::tr("The calendar event is missing: give its date, time, title and description."));
        return;
    }
    const QString datePath = jsonpath::field(path, ApiFields::key(ApiField::EventDate));
    if (isBlank(event.date))
        findings.error(kInvActionTo, datePath, Validator::tr("The event's date is missing (YYYY-MM-DD)."));
    else
        checkDate(event.date, datePath, findings);
    const QString timePath = jsonpath::field(path, ApiFields::key(ApiField::EventTime));
    if (isBlank(event.time))
        findings.error(kInvActionTo, timePath, Validator::tr("The event's time is missing (HH:MM, 24-hour)."));
    else
        checkTime(event.time, timePath, findings);
    if (isBlank(event.title)) {
        findings.error(kInvActionTo, jsonpath::field(path, ApiFields::key(ApiField::EventTitle)),
                       Validator::tr("The event's title is missing."));
    }
    if (isBlank(event.description)) {
        findings.error(kInvActionTo, jsonpath::field(path, ApiFields::key(ApiField::EventDescription)),
                       Validator::tr("The event's description is missing."));
    }
}

void checkDeepLink(const DeepLink &link, const QString &path, Findings &findings)
{
    if (isBlank(link.action) && isBlank(link.packageName) && isBlank(link.className)) {
        findings.error(
            kInvDeepLinks, path,
            Validator::tr("This app link is empty: fill in its action, package and class, or remove it."));
        return;
    }
    const QString actionPath = jsonpath::field(path, ApiFields::key(ApiField::DeepLinkAction));
    if (isBlank(link.action)) {
        findings.error(kInvDeepLinks, actionPath,
                       Validator::tr("The app link's action is missing, e.g. android.intent.action.MAIN."));
    } else if (!android::isIntentAction(link.action)) {
        findings.error(kInvDeepLinks, actionPath,
                       Validator::tr("“%1” is not an Android intent action: write its full name, e.g. "
                                     "android.intent.action.MAIN.")
                           .arg(link.action));
    }

    const QString packagePath = jsonpath::field(path, ApiFields::key(ApiField::PackageName));
    if (isBlank(link.packageName)) {
        findings.error(kInvDeepLinks, packagePath,
                       Validator::tr("The app's package name is missing, e.g. com.flipkart.android."));
    } else if (!android::isPackageName(link.packageName)) {
        findings.error(kInvDeepLinks, packagePath,
                       Validator::tr("“%1” is not an Android package name: it has parts separated by dots, each "
                                     "starting with a letter, e.g. com.flipkart.android.")
                           .arg(link.packageName));
    }

    const QString classPath = jsonpath::field(path, ApiFields::key(ApiField::ClassName));
    if (isBlank(link.className)) {
        findings.error(kInvDeepLinks, classPath,
                       Validator::tr("The app's class name is missing: give the activity, e.g. "
                                     "com.flipkart.android.SplashActivity, or the app's Play Store address."));
    } else if (android::looksLikeUrl(link.className)) {
        const QString storePackage = android::playStorePackage(link.className);
        if (storePackage.isEmpty()) {
            findings.error(kInvDeepLinks, classPath,
                           Validator::tr("A web address here must be the app's Play Store page, e.g. "
                                         "https://play.google.com/store/apps/details?id=com.flipkart.android."));
        } else if (android::isPackageName(link.packageName) && storePackage != link.packageName) {
            findings.warning(QStringLiteral("SOIP-PLAY-STORE-PACKAGE"), classPath,
                             Validator::tr("The Play Store page is for %1, but the package name is %2.")
                                 .arg(storePackage, link.packageName));
        }
    } else if (!android::isClassName(link.className)) {
        findings.error(kInvDeepLinks, classPath,
                       Validator::tr("“%1” is not an Android class name: write the full name, e.g. "
                                     "com.flipkart.android.SplashActivity, or the app's Play Store address.")
                           .arg(link.className));
    }
}

void checkTarget(const Action &action, const QString &path, Findings &findings)
{
    const QString toPath = jsonpath::field(path, ApiFields::key(ApiField::ActionTo));
    const QString deepLinksPath = jsonpath::field(path, ApiFields::key(ApiField::DeepLinks));
    switch (ActionType(action.type)) {
    case ActionType::OpenLink:
        if (isBlank(action.target))
            findings.error(kInvActionTo, toPath, Validator::tr("The button has no web address to open."));
        else if (const QString problem = WebAddress::problem(action.target); !problem.isEmpty())
            findings.error(kInvActionTo, toPath, problem);
        break;
    case ActionType::CopyText:
        if (isBlank(action.target))
            findings.error(kInvActionTo, toPath, Validator::tr("The button has no text to copy."));
        break;
    case ActionType::Call:
        if (isBlank(action.target))
            findings.error(kInvActionTo, toPath, Validator::tr("The button has no phone number to call."));
        else if (const QString problem = PhoneNumberCheck::checkDialable(action.target); !problem.isEmpty())
            findings.error(kInvActionTo, toPath, problem);
        break;
    case ActionType::AddToCalendar:
        checkEvent(action.event, toPath, findings);
        break;
    case ActionType::OpenApp:
        if (action.deepLinks.isEmpty()) {
            findings.error(kInvDeepLinks, deepLinksPath,
                           Validator::tr("The button does not say which app to open: add an app link."));
        }
        for (qsizetype j = 0; j < action.deepLinks.size(); ++j)
            checkDeepLink(action.deepLinks.at(j), jsonpath::index(deepLinksPath, j), findings);
        if (!action.target.isEmpty()) {
            findings.warning(
                QStringLiteral("SOIP-FIELD-IGNORED"), toPath,
                Validator::tr("An open-app button does not use action_to; it is left out when sent."));
        }
        return;
    }
    if (isValidActionType(action.type) && !action.deepLinks.isEmpty()) {
        findings.warning(QStringLiteral("SOIP-FIELD-IGNORED"), deepLinksPath,
                         Validator::tr("Only an open-app button uses app links; they are left out when sent."));
    }
}

} // namespace

void checkActions(const Message &message, Findings &findings)
{
    const MessageKind kind = message.kind();
    if (kind == MessageKind::Text)
        return; // reported as an ignored field
    const QString path = ApiFields::key(ApiField::Actions);
    if (message.actions.isEmpty()) {
        if (kind == MessageKind::CallToAction) {
            findings.error(QStringLiteral("E757"), path,
                           Validator::tr("A call-to-action card needs at least one button."));
        }
        return;
    }
    if (message.actions.size() > kMaxActions) {
        findings.error(QStringLiteral("SOIP-ACTION-COUNT"), path,
                       Validator::tr("There are %1 buttons; a card can have at most %2.")
                           .arg(message.actions.size())
                           .arg(kMaxActions));
    }

    QStringList ranksSeen;
    for (qsizetype i = 0; i < message.actions.size(); ++i) {
        const Action &action = message.actions.at(i);
        const QString actionPath = jsonpath::index(path, i);
        checkType(action, actionPath, findings);
        checkLabel(action, actionPath, findings);

        const QString rankPath = jsonpath::field(actionPath, ApiFields::key(ApiField::ActionRank));
        const bool rankValid = action.rank.size() == 1 && action.rank.at(0) >= u'0' && action.rank.at(0) <= u'3';
        if (isBlank(action.rank)) {
            findings.error(QStringLiteral("INV-ACTION-RANK"), rankPath,
                           Validator::tr("The button has no rank: give 0, 1, 2 or 3 (its place on the card)."));
        } else if (!rankValid) {
            findings.error(QStringLiteral("INV-ACTION-RANK"), rankPath,
                           Validator::tr("“%1” is not a rank: use 0, 1, 2 or 3.").arg(action.rank));
        } else if (ranksSeen.contains(action.rank)) {
            findings.error(
                QStringLiteral("INV-ACTION-RANK"), rankPath,
                Validator::tr("Two buttons have rank %1: give each button its own rank.").arg(action.rank));
        } else {
            ranksSeen.append(action.rank);
        }

        checkTarget(action, actionPath, findings);
    }
}

} // namespace soip::rules
