#pragma once

#include <QString>

// The API's field names, as the codec reads and writes them. Private to core/json.
namespace soip::key {
inline const QString to = QStringLiteral("to");
inline const QString from = QStringLiteral("from");
inline const QString body = QStringLiteral("body");
inline const QString type = QStringLiteral("type");
inline const QString source = QStringLiteral("source");
inline const QString route = QStringLiteral("route");
inline const QString campaignName = QStringLiteral("campaign_name");
inline const QString callbackProfileId = QStringLiteral("callback_profile_id");
inline const QString title = QStringLiteral("title");
inline const QString category = QStringLiteral("category");
inline const QString subCategory = QStringLiteral("sub_category");
inline const QString coreEntity = QStringLiteral("core_entity");
inline const QString richMedia = QStringLiteral("rich_media");
inline const QString actions = QStringLiteral("actions");
inline const QString mediaType = QStringLiteral("media_type");
inline const QString url = QStringLiteral("url");
inline const QString displayRatio = QStringLiteral("display_ratio");
inline const QString cover = QStringLiteral("cover");
inline const QString actionType = QStringLiteral("action_type");
inline const QString actionContent = QStringLiteral("action_content");
inline const QString actionRank = QStringLiteral("action_rank");
inline const QString actionTo = QStringLiteral("action_to");
inline const QString deepLinks = QStringLiteral("deep_links");
inline const QString date = QStringLiteral("date");
inline const QString time = QStringLiteral("time");
inline const QString event = QStringLiteral("event");
inline const QString action = QStringLiteral("action");
inline const QString packageName = QStringLiteral("packageName");
inline const QString className = QStringLiteral("className");
// Only in a response echo: request metadata, not part of the message.
inline const QString kid = QStringLiteral("kid");
inline const QString data = QStringLiteral("data");
} // namespace soip::key
