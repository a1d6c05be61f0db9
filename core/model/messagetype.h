#pragma once

#include <QString>

namespace soip {

// The values the vendor defines for `type`, `route`, `media_type`, `display_ratio` and `action_type`.
// The model keeps the raw value read from a file (so the validator can name a wrong one); these
// helpers say what a raw value means.

enum class MessageKind { Unknown, Text, RichMedia, CallToAction };
MessageKind messageKindFromString(const QString &type);
QString messageKindToString(MessageKind kind);

enum class Route { Unknown, Marketing, Transactional, Otp };
Route routeFromString(const QString &route); // empty means the default, MKT
QString routeToString(Route route);

enum class MediaType : int { Image = 1, Video = 2 };
bool isValidMediaType(int mediaType);

enum class ActionType : int { OpenLink = 1, AddToCalendar = 2, OpenApp = 3, CopyText = 4, Call = 5 };
bool isValidActionType(int actionType);

inline constexpr int kMaxTitles = 4;
inline constexpr int kMaxActions = 4;
inline constexpr int kMaxBodyLength = 4000;
inline constexpr int kMaxActionLabelLength = 28;
// Not the vendor's limit (it documents none) but this program's: a list longer than this is
// refused before each number is checked, so a file of commas cannot cost gigabytes.
inline constexpr int kMaxRecipients = 100'000;

inline const QString kDisplayRatioNormal = QStringLiteral("normal");
inline const QString kDisplayRatioTall = QStringLiteral("tall");

} // namespace soip
