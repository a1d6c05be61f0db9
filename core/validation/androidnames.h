#pragma once

#include <QString>

namespace soip::android {

// Well-formedness of the names in an "open app" button's deep link, as Android defines them.

// `com.flipkart.android`: two or more parts separated by dots, each a letter followed by letters,
// digits or underscores.
bool isPackageName(const QString &name);

// `com.flipkart.android.SplashActivity`: two or more Java identifiers separated by dots.
bool isClassName(const QString &name);

// `android.intent.action.MAIN`: two or more identifiers separated by dots.
bool isIntentAction(const QString &name);

// Whether `text` is written as a web address (starts with a scheme such as https://).
bool looksLikeUrl(const QString &text);

// The package of a Play Store app page, `https://play.google.com/store/apps/details?id=<package>`
// (further query items allowed). Empty when `url` is not such a page or the id is not a package name.
QString playStorePackage(const QString &url);

} // namespace soip::android
