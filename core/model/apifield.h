#pragma once

#include "json/jsonpath.h"

#include <QByteArrayView>
#include <QLatin1StringView>
#include <QList>
#include <QString>

namespace soip {

// Every field of the SOIP API. With ApiFields, the one table of the API's field names and JSON
// paths: the codec and the canonical writer read and write these keys, the validator's rules
// build their paths from them, the vendor-error mapping and the wrong-type check take their codes
// from it, and the desktop's field labels and path -> widget map look paths up in it. Adding a
// field: CONTRIBUTING.md, "Adding a field".
enum class ApiField {
    None, // not a field of the API (an unknown key)
    To,
    From,
    Body,
    Type,
    Source,
    Route,
    CampaignName,
    CallbackProfileId,
    Title, // a list of texts
    Category,
    SubCategory,
    CoreEntity,
    RichMedia, // a list of objects:
    MediaType,
    Url,
    DisplayRatio,
    Cover,
    Actions, // a list of objects:
    ActionType,
    ActionContent,
    ActionRank,
    ActionTo, // a text, or for a calendar button an object:
    EventDate,
    EventTime,
    EventTitle,
    EventDescription,
    DeepLinks, // a list of objects:
    DeepLinkAction,
    PackageName,
    ClassName,
    // Only in a response echo: request metadata, not part of the message.
    Kid,
    Data,
};

class ApiFields final {
public:
    struct Info {
        ApiField field = ApiField::None;
        ApiField parent = ApiField::None; // the object it is in; None at the top level
        QLatin1StringView key;
        // The vendor's code for a value of the wrong JSON type here, and for an entry of the
        // wrong type in this list (`"title": [null]`); empty where its rejection table has none.
        QLatin1StringView wrongTypeCode;
        QLatin1StringView wrongEntryTypeCode;
        // Every code of the vendor's rejection table about this field (for answers that name a
        // code but no `parameter`).
        QList<QLatin1StringView> vendorCodes;
    };

    static const Info &info(ApiField field);
    // The key, as text (made once: the rules build paths from it for every message) and as bytes.
    static const QString &key(ApiField field);
    static QByteArrayView keyBytes(ApiField field)
    {
        return QByteArrayView(info(field).key.data(), info(field).key.size());
    }

    // The field a path points at, indices ignored: `actions[2].action_to.date` is EventDate;
    // None for a path that is not an API field.
    static ApiField at(const JsonPath &path);
    static ApiField at(const QString &path);

    // The vendor's code for a value of the wrong JSON type at `path` (`title` or `title[2]`), or
    // an empty string where it has none.
    static QString wrongTypeCode(const JsonPath &path);

    // The top-level field a vendor code is about (E750 and INV-NUMBER: To; INV-ACTION-TO:
    // Actions), for answers whose `parameter` is missing; None for a code of no field.
    static ApiField topLevelFieldOfCode(const QString &code);
};

} // namespace soip
