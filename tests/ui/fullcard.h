#pragma once

// A card with everything the composer can show at once, for the keyboard and mouse tests of the
// form and of the whole window; and a readable name for a widget in their failure messages.
#include "model/message.h"

#include <QWidget>

namespace {

// A card with everything the form can show at once: 4 titles, 4 buttons of different types and
// two app links on one of them.
inline soip::Message fullCard(const QString &type)
{
    soip::Message m;
    m.type = type;
    m.to = QStringLiteral("+919812345678");
    m.from = QStringLiteral("KLRHXA");
    m.body = QStringLiteral("Our store opens on Friday.");
    m.titles = {QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three"), QStringLiteral("Four")};
    m.category = QStringLiteral("Retail");
    soip::RichMedia media;
    media.mediaType = 2; // video: brings the cover row
    media.url = QStringLiteral("https://example.com/v.mp4");
    media.cover = QStringLiteral("https://example.com/c.png");
    media.displayRatio = QStringLiteral("tall");
    m.richMedia = {media};
    soip::Action link;
    link.type = 1;
    link.label = QStringLiteral("Shop");
    link.rank = QStringLiteral("0");
    link.target = QStringLiteral("https://example.com");
    soip::Action calendar;
    calendar.type = 2;
    calendar.label = QStringLiteral("Remind me");
    calendar.rank = QStringLiteral("1");
    calendar.event = {QStringLiteral("2026-12-25"), QStringLiteral("18:30"), QStringLiteral("Opening"),
                      QStringLiteral("Doors open")};
    soip::Action app;
    app.type = 3;
    app.label = QStringLiteral("Open app");
    app.rank = QStringLiteral("2");
    app.deepLinks = {{QStringLiteral("android.intent.action.MAIN"), QStringLiteral("com.example.shop"),
                      QStringLiteral("com.example.shop.Main")},
                     {QStringLiteral("android.intent.action.VIEW"), QStringLiteral("com.example.pay"), QString()}};
    soip::Action call;
    call.type = 5;
    call.label = QStringLiteral("Call us");
    call.rank = QStringLiteral("3");
    call.target = QStringLiteral("+919812345678");
    m.actions = {link, calendar, app, call};
    return m;
}

inline QString describe(const QWidget *w)
{
    if (!w)
        return QStringLiteral("nothing");
    QString name = w->objectName();
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (p->objectName().startsWith(QLatin1String("actionEditor")) ||
            p->objectName().startsWith(QLatin1String("deepLinkRow")))
            name = p->objectName() + QLatin1Char('/') + name;
    }
    return name.isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : name;
}

} // namespace
