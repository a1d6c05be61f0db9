#include "vendorerror.h"

#include "model/apifield.h"

#include <QJsonDocument>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace soip {

std::optional<VendorError> VendorError::fromBody(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonValue error = document.object().value(u"error"_s);
    if (!error.isObject())
        return std::nullopt;
    return fromJson(error.toObject());
}

std::optional<VendorError> VendorError::fromJson(const QJsonObject &error)
{
    auto text = [&](const QString &key) {
        const QJsonValue value = error.value(key);
        return value.isDouble() ? QString::number(value.toDouble()) : value.toString();
    };
    VendorError result;
    result.code = text(u"code"_s);
    result.type = text(u"type"_s);
    result.parameter = text(u"parameter"_s);
    result.message = text(u"message"_s);
    result.reference = text(u"reference"_s);
    if (result.isEmpty())
        return std::nullopt;
    return result;
}

QJsonObject VendorError::toJson() const
{
    return {{u"code"_s, code},
            {u"type"_s, type},
            {u"parameter"_s, parameter},
            {u"message"_s, message},
            {u"reference"_s, reference}};
}

QString VendorError::explain(const QString &code)
{
    const QString c = code.trimmed().toUpper();
    if (c == u"E750"_s || c == u"INV-NUMBER"_s || c == u"INV-MOB-PATTRN"_s)
        return c == u"E750"_s ? tr("Add at least one recipient number in \"To\".")
                              : tr("A recipient's mobile number is not valid. Check the numbers in \"To\": each "
                                   "needs its country code (91 for India).");
    if (c == u"E752"_s || c == u"INV-ROUTE"_s)
        return tr("The route must be MKT (marketing), TXN (transactional) or OTP.");
    if (c == u"E754"_s || c == u"INV-TYPE"_s)
        return tr("The message type must be TXT (text), RMC (rich media card) or CTA (call to action).");
    if (c == u"E757"_s)
        return tr("A call-to-action (CTA) message needs at least one button.");
    if (c == u"E761"_s || c == u"INV-TITLE"_s)
        return tr("Rich media and call-to-action messages need one to four titles.");
    if (c == u"MOB-NOTALLOWED"_s)
        return tr("With the default sender ID (KLRHXA) you can only send to members of your own team. Ask "
                  "Kaleyra for your own sender ID, or send to a team member's number.");
    if (c == u"INV-SENDER"_s)
        return tr("The sender ID (\"From\") is missing or not assigned to this account.");
    if (c == u"INV-SOURCE"_s)
        return tr("The source is not valid; leave it empty to use API.");
    if (c == u"INV-MESSAGE-BODY"_s)
        return tr("The message text is missing or longer than 4000 characters.");
    if (c == u"INV-CATEGORY"_s)
        return tr("Rich media and call-to-action messages need a category.");
    if (c == u"INV-ACTION-CONTENT"_s)
        return tr("Every button needs a label.");
    if (c == u"INV-ACTION-TYPE"_s)
        return tr("A button has an unknown kind; use open link, add to calendar, open app, copy text or call.");
    if (c == u"INV-ACTION-RANK"_s)
        return tr("A button's position (rank) must be 0, 1, 2 or 3.");
    if (c == u"INV-ACTION-TO"_s)
        return tr("A button is missing its target (the link, calendar event, text to copy or phone number).");
    if (c == u"INV-DEEP-LINKS"_s)
        return tr("An \"open app\" button needs the app to open (its deep link).");
    if (c == u"INV-MEDIA-TYPE"_s)
        return tr("The media must be an image or a video.");
    if (c == u"INV-MEDIA-URL"_s)
        return tr("The image or video address is not valid; it must be a public web address.");
    if (c == u"INV-MEDIA-DISPLAY-RATIO"_s)
        return tr("The display ratio must be normal or tall (a video supports only tall).");
    if (c == u"CAPABILITY-CHECK-ERROR"_s)
        return tr("The recipient's phone cannot receive SOIP messages (it failed the capability check: the MI "
                  "message app may be missing or turned off). Nothing can be delivered to this number.");
    if (c == u"NO-CREDITS"_s)
        return tr("The account has run out of credits. Top it up in the Kaleyra.io console, then send again.");
    return {};
}

QString VendorError::parameterFor(const QString &code)
{
    const ApiField field = ApiFields::topLevelFieldOfCode(code);
    return field == ApiField::None ? QString() : ApiFields::key(field);
}

} // namespace soip
