#pragma once

#include "settingvalue.h"

#include <QByteArray>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

// Every setting SOIP Composer and `soip` keep, with its key and default: the one place that knows
// them. QSettings decides where they live (the user's config folder; tests point it elsewhere).
// API keys are never settings: they live in the OS keychain (accounts/credentialstore.h).
namespace soip::Settings {

// The main window's size and place, its docks and tool bars, and the form/preview split.
inline const SettingValue<QByteArray> windowGeometry{"mainWindow/geometry"};
inline const SettingValue<QByteArray> windowState{"mainWindow/state"};
inline const SettingValue<QByteArray> splitterState{"mainWindow/splitter"};
// Where the last draft was opened or saved: the next file dialog starts there.
inline const SettingValue<QString> lastDirectory{"mainWindow/lastDirectory"};
// The History window's size and place, and its list/details split.
inline const SettingValue<QByteArray> historyGeometry{"history/geometry"};
inline const SettingValue<QByteArray> historySplitter{"history/splitter"};
// Where the last CSV export went.
inline const SettingValue<QString> lastExportDirectory{"history/lastExportDirectory"};
// Drafts opened or saved, most recent first.
inline const SettingValue<QStringList> recentFiles{"recentFiles"};
// Sender IDs sent with successfully, most recent first.
inline const SettingValue<QStringList> rememberedSenderIds{"composer/senderIds"};
// The user's saved apps for "Open app" buttons (a list of maps; see editors/savedappstore.h).
inline const SettingValue<QVariantList> savedApps{"composer/savedApps"};
// The look of the whole app: "system", "light" or "dark" (View → Theme); empty is "system".
inline const SettingValue<QString> appTheme{"appearance/theme"};

// The phone preview's bar across starts. The theme only once the person chose one other than the
// app's look ("light" or "dark"; empty: the phone follows the app); the phone by its preset id;
// the font size and zoom as factors (0: the default).
inline const SettingValue<QString> previewTheme{"preview/theme"};
inline const SettingValue<QString> previewPhone{"preview/phone"};
inline const SettingValue<double> previewFontScale{"preview/fontScale", 0};
inline const SettingValue<double> previewZoom{"preview/zoom", 0};
// Whether the Problems list shows each problem's code (INV-MEDIA-URL, E750, …), for people who
// quote them to support: off by default, the words say what is wrong.
inline const SettingValue<bool> problemCodesShown{"problems/codesShown", false};
// The interface language ("en", "hi"); empty follows the system.
inline const SettingValue<QString> uiLanguage{"ui/language"};

// The saved accounts (an array of groups, written by AccountStore) and the one used by default.
// How long each account's service took to answer a campaign's request, on average (seconds, by
// account id): the next campaign's "Takes:" goes by it.
inline const SettingValue<QVariantMap> campaignAnswerSeconds{"campaigns/answerSeconds"};

inline constexpr char accountsGroup[] = "accounts";
inline const SettingValue<QString> defaultAccountId{"defaultAccount"};

} // namespace soip::Settings
