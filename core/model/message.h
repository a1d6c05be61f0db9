#pragma once

#include "messagetype.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace soip {

// Plain value types for one SOIP request. Fields hold what the user (or a file) gave, even when it
// is wrong: the validator, not the model, decides what is acceptable. Numbers the vendor sends as
// JSON numbers are ints here, with 0 meaning "absent".

// `action_to` of an "add calendar event" button.
struct CalendarEvent {
    QString date; // YYYY-MM-DD
    QString time; // HH:MM, 24-hour
    QString title;
    QString description; // the vendor's key is `event`

    bool isEmpty() const;
    friend bool operator==(const CalendarEvent &, const CalendarEvent &) = default;
};

// One entry of `deep_links` of an "open app" button.
struct DeepLink {
    QString action; // Android intent action
    QString packageName;
    QString className; // activity class, or a Play Store URL

    friend bool operator==(const DeepLink &, const DeepLink &) = default;
};

// One button. A button keeps the targets of every type it has had, so switching its type in the
// composer and back loses nothing; only the target of its current type is written out.
struct Action {
    int type = 0;              // action_type, see ActionType
    QString label;             // action_content
    QString rank;              // action_rank, "0".."3"
    QString target;            // action_to of types 1 (URL), 4 (text to copy) and 5 (phone number)
    CalendarEvent event;       // action_to of type 2
    QList<DeepLink> deepLinks; // type 3
    // What the user typed as action_to for the other one-line types (1, 4, 5), by type, so that
    // switching a button's type back brings it back. Part of the document (and its autosave), never
    // of what is sent or saved: withOnlyFieldsOfType() drops it and the codec does not write it.
    QMap<int, QString> otherTargets = {};

    friend bool operator==(const Action &, const Action &) = default;
};

// `rich_media[0]`.
struct RichMedia {
    int mediaType = 0; // media_type, see MediaType
    QString url;
    QString displayRatio; // "normal" or "tall"
    QString cover;        // cover image URL, for a video

    bool isEmpty() const;
    friend bool operator==(const RichMedia &, const RichMedia &) = default;
};

struct Message {
    // Every type.
    QString to;   // comma-separated recipients, as typed
    QString from; // sender ID
    QString body;
    QString type;   // "TXT", "RMC" or "CTA"; see MessageKind
    QString source; // empty means "API"
    QString route;  // "MKT", "TXN" or "OTP"; empty means MKT
    QString campaignName;
    QString callbackProfileId;

    // RMC and CTA.
    QStringList titles;
    QString category;
    QString subCategory;
    QString coreEntity;         // CTA
    QList<RichMedia> richMedia; // the API wants exactly one; a list so a file with more can be reported
    QList<Action> actions;

    // Top-level keys this version does not know, kept verbatim so nothing a user wrote is lost.
    QJsonObject unknownFields;

    MessageKind kind() const { return messageKindFromString(type); }

    // The message as it goes out for its type: fields the type does not use are dropped (the
    // composer keeps them while the user switches types; a saved or sent message does not).
    Message withOnlyFieldsOfType() const;

    // What the phone shows of the buttons: indices into `actions` in action_rank order (ties and
    // bad ranks keep their order in the file, bad ranks last), at most kMaxActions.
    QList<qsizetype> buttonOrder() const;
    // The picture a card shows: an RMC's image, or its video's cover image (the video itself is
    // not shown until tapped). Empty for a TXT or CTA, or when the URL is blank.
    QString shownPictureUrl() const;

    friend bool operator==(const Message &, const Message &) = default;
};

} // namespace soip
