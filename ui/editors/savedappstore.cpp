#include "savedappstore.h"

#include "settings/settings.h"

#include <QVariantMap>

namespace soip {

namespace {
const QString kName = QStringLiteral("name");
const QString kAction = QStringLiteral("action");
const QString kPackage = QStringLiteral("package");
const QString kClass = QStringLiteral("class");

QString playStore(const QString &package)
{
    return QStringLiteral("https://play.google.com/store/apps/details?id=") + package;
}
} // namespace

QList<SavedApp> SavedAppStore::defaults()
{
    const QString main = QStringLiteral("android.intent.action.MAIN");
    return {
        {QStringLiteral("Flipkart"),
         {main, QStringLiteral("com.flipkart.android"), QStringLiteral("com.flipkart.android.SplashActivity")}},
        {QStringLiteral("WhatsApp"),
         {main, QStringLiteral("com.whatsapp"), playStore(QStringLiteral("com.whatsapp"))}},
        {QStringLiteral("Paytm"),
         {main, QStringLiteral("net.one97.paytm"), playStore(QStringLiteral("net.one97.paytm"))}},
    };
}

QList<SavedApp> SavedAppStore::load()
{
    if (!Settings::savedApps.isSet())
        return defaults();
    QList<SavedApp> apps;
    for (const QVariant &entry : Settings::savedApps.value()) {
        const QVariantMap map = entry.toMap();
        SavedApp app{
            map.value(kName).toString(),
            {map.value(kAction).toString(), map.value(kPackage).toString(), map.value(kClass).toString()}};
        if (!app.name.isEmpty())
            apps.append(app);
    }
    return apps;
}

void SavedAppStore::add(const SavedApp &app)
{
    QList<SavedApp> apps = load();
    apps.removeIf([&](const SavedApp &a) { return a.name == app.name; });
    apps.append(app);
    QVariantList list;
    for (const SavedApp &a : apps) {
        list.append(QVariantMap{{kName, a.name},
                                {kAction, a.link.action},
                                {kPackage, a.link.packageName},
                                {kClass, a.link.className}});
    }
    Settings::savedApps.setValue(list);
}

} // namespace soip
