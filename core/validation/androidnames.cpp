#include "androidnames.h"

#include <QUrl>
#include <QUrlQuery>

namespace soip::android {

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Dotted names: at least two parts, each starting with a character `first` accepts and going on
// with characters `rest` accepts.
template <typename First, typename Rest> bool isDottedName(const QString &name, First first, Rest rest)
{
    if (name.isEmpty())
        return false;
    int parts = 0;
    for (QStringView part : QStringView(name).split(u'.')) {
        if (part.isEmpty() || !first(part.front()))
            return false;
        for (QChar c : part.mid(1)) {
            if (!rest(c))
                return false;
        }
        ++parts;
    }
    return parts >= 2;
}

} // namespace

bool isPackageName(const QString &name)
{
    return isDottedName(name, isAsciiLetter,
                        [](QChar c) { return isAsciiLetter(c) || isAsciiDigit(c) || c == u'_'; });
}

bool isClassName(const QString &name)
{
    const auto first = [](QChar c) { return isAsciiLetter(c) || c == u'_' || c == u'$'; };
    const auto rest = [](QChar c) { return isAsciiLetter(c) || isAsciiDigit(c) || c == u'_' || c == u'$'; };
    return isDottedName(name, first, rest);
}

bool isIntentAction(const QString &name)
{
    const auto first = [](QChar c) { return isAsciiLetter(c) || c == u'_'; };
    const auto rest = [](QChar c) { return isAsciiLetter(c) || isAsciiDigit(c) || c == u'_'; };
    return isDottedName(name, first, rest);
}

bool looksLikeUrl(const QString &text)
{
    return text.contains(QLatin1String("://"));
}

QString playStorePackage(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") ||
        url.host() != QLatin1String("play.google.com") || url.path() != QLatin1String("/store/apps/details"))
        return {};
    const QString id = QUrlQuery(url).queryItemValue(QStringLiteral("id"));
    return isPackageName(id) ? id : QString();
}

} // namespace soip::android
