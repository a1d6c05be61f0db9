#include "previewoptions.h"

namespace soip {

PreviewOptions::Theme PreviewOptions::themeFromString(const QString &name, bool *ok)
{
    const bool dark = name.compare(QLatin1String("dark"), Qt::CaseInsensitive) == 0;
    if (ok)
        *ok = dark || name.compare(QLatin1String("light"), Qt::CaseInsensitive) == 0;
    return dark ? Theme::Dark : Theme::Light;
}

QString PreviewOptions::themeToString(Theme theme)
{
    return theme == Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light");
}

} // namespace soip
