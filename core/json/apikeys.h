#pragma once

#include "model/apifield.h"

#include <QString>

// The API's field names as the codec spells them, taken from the field table (ApiFields), so
// the reader reads like the reference. Private to core/json.
namespace soip::key {
inline const QString to = ApiFields::key(ApiField::To);
inline const QString from = ApiFields::key(ApiField::From);
inline const QString body = ApiFields::key(ApiField::Body);
inline const QString type = ApiFields::key(ApiField::Type);
inline const QString source = ApiFields::key(ApiField::Source);
inline const QString route = ApiFields::key(ApiField::Route);
inline const QString campaignName = ApiFields::key(ApiField::CampaignName);
inline const QString callbackProfileId = ApiFields::key(ApiField::CallbackProfileId);
inline const QString title = ApiFields::key(ApiField::Title);
inline const QString category = ApiFields::key(ApiField::Category);
inline const QString subCategory = ApiFields::key(ApiField::SubCategory);
inline const QString coreEntity = ApiFields::key(ApiField::CoreEntity);
inline const QString richMedia = ApiFields::key(ApiField::RichMedia);
inline const QString actions = ApiFields::key(ApiField::Actions);
inline const QString mediaType = ApiFields::key(ApiField::MediaType);
inline const QString url = ApiFields::key(ApiField::Url);
inline const QString displayRatio = ApiFields::key(ApiField::DisplayRatio);
inline const QString cover = ApiFields::key(ApiField::Cover);
inline const QString actionType = ApiFields::key(ApiField::ActionType);
inline const QString actionContent = ApiFields::key(ApiField::ActionContent);
inline const QString actionRank = ApiFields::key(ApiField::ActionRank);
inline const QString actionTo = ApiFields::key(ApiField::ActionTo);
inline const QString deepLinks = ApiFields::key(ApiField::DeepLinks);
inline const QString date = ApiFields::key(ApiField::EventDate);
inline const QString time = ApiFields::key(ApiField::EventTime);
inline const QString event = ApiFields::key(ApiField::EventDescription);
inline const QString action = ApiFields::key(ApiField::DeepLinkAction);
inline const QString packageName = ApiFields::key(ApiField::PackageName);
inline const QString className = ApiFields::key(ApiField::ClassName);
// Only in a response echo: request metadata, not part of the message.
inline const QString kid = ApiFields::key(ApiField::Kid);
inline const QString data = ApiFields::key(ApiField::Data);
} // namespace soip::key
