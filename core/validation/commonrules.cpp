#include "model/apifield.h"
#include "model/messagetype.h"
#include "rules.h"
#include "textlength.h"
#include "validator.h"

#include "json/jsonpath.h"
#include <algorithm>

namespace soip::rules {

bool isBlank(const QString &text)
{
    // Runs for every field of every message: no copy, unlike trimmed().
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

namespace {

void checkBody(const Message &message, Findings &findings)
{
    const QString path = ApiFields::key(ApiField::Body);
    if (isBlank(message.body)) {
        findings.error(QStringLiteral("INV-MESSAGE-BODY"), path, Validator::tr("The message text is empty."));
        return;
    }
    // A string can only have more characters than UTF-16 units are present, so short bodies need no
    // grapheme count.
    if (message.body.size() <= kMaxBodyLength)
        return;
    const qsizetype length = visibleLength(message.body);
    if (length > kMaxBodyLength) {
        findings.error(QStringLiteral("INV-MESSAGE-BODY"), path,
                       Validator::tr("The message text has %1 characters; at most %2 are allowed.")
                           .arg(length)
                           .arg(kMaxBodyLength));
    }
}

void checkType(const Message &message, Findings &findings)
{
    const QString path = ApiFields::key(ApiField::Type);
    if (isBlank(message.type)) {
        findings.error(QStringLiteral("INV-TYPE"), path,
                       Validator::tr("The message type is missing: choose TXT (text), RMC (rich media card) or "
                                     "CTA (call-to-action card)."));
    } else if (message.kind() == MessageKind::Unknown) {
        findings.error(QStringLiteral("E754"), path,
                       Validator::tr("“%1” is not a message type: use TXT, RMC or CTA, in capital letters.")
                           .arg(message.type));
    }
}

void checkRoute(const Message &message, Findings &findings)
{
    if (routeFromString(message.route) == Route::Unknown) {
        findings.error(QStringLiteral("E752"), ApiFields::key(ApiField::Route),
                       Validator::tr("“%1” is not a route: use MKT (marketing), TXN (transactional) or OTP "
                                     "(one-time password), in capital letters, or leave it empty for MKT.")
                           .arg(message.route));
    }
}

void checkSource(const Message &message, Findings &findings)
{
    // The vendor documents no source but the default; anything else may be refused, so warn.
    if (!message.source.isEmpty() && message.source != QLatin1String("API")) {
        findings.warning(QStringLiteral("INV-SOURCE"), ApiFields::key(ApiField::Source),
                         Validator::tr("“%1” is not a source the SOIP service documents; leave it empty or "
                                       "write API.")
                             .arg(message.source));
    }
}

void ignored(Findings &findings, const QString &path, const QString &type)
{
    findings.warning(QStringLiteral("SOIP-FIELD-IGNORED"), path,
                     Validator::tr("A %1 message does not use this field; it is left out when the message is "
                                   "sent.")
                         .arg(type));
}

// Fields a type does not use: the codec still writes them (nothing in a file is lost), but the
// sender leaves them out, so the user should know they have no effect.
void checkIgnoredFields(const Message &message, Findings &findings)
{
    const MessageKind kind = message.kind();
    if (kind == MessageKind::Text) {
        if (!message.titles.isEmpty())
            ignored(findings, ApiFields::key(ApiField::Title), message.type);
        if (!message.category.isEmpty())
            ignored(findings, ApiFields::key(ApiField::Category), message.type);
        if (!message.subCategory.isEmpty())
            ignored(findings, ApiFields::key(ApiField::SubCategory), message.type);
        if (!message.actions.isEmpty())
            ignored(findings, ApiFields::key(ApiField::Actions), message.type);
    }
    if (kind == MessageKind::Text || kind == MessageKind::RichMedia) {
        if (!message.coreEntity.isEmpty())
            ignored(findings, ApiFields::key(ApiField::CoreEntity), message.type);
    }
    if (kind == MessageKind::Text || kind == MessageKind::CallToAction) {
        if (!message.richMedia.isEmpty())
            ignored(findings, ApiFields::key(ApiField::RichMedia), message.type);
    }
}

} // namespace

void checkCommonFields(const Message &message, Findings &findings)
{
    if (isBlank(message.from)) {
        findings.error(QStringLiteral("INV-SENDER"), ApiFields::key(ApiField::From),
                       Validator::tr("The sender is missing: enter the sender ID assigned to your account."));
    }
    checkBody(message, findings);
    checkType(message, findings);
    checkSource(message, findings);
    checkRoute(message, findings);
    checkIgnoredFields(message, findings);
}

} // namespace soip::rules
