#pragma once

#include "preview/layoutchecks.h"
#include "preview/phonepresets.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace soip {
class PreviewImageCache;
}

namespace soip::cli {

// The phones and font sizes a layout is looked at on: `--phones` and `--font-scales`, shared by
// `soip preview --sheet` and `soip validate --layout`. Defaults: every preset phone at the
// Default and Largest font sizes, as in the app.
struct LayoutSelection {
    QList<PhonePresets::Phone> phones = PhonePresets::all();
    QList<qreal> fontScales = {PreviewOptions::kFontScaleDefault, PreviewOptions::kFontScaleLargest};

    static bool isOption(const QString &option)
    {
        return option == QLatin1String("--phones") || option == QLatin1String("--font-scales");
    }
    // Takes one of the two options with its value; returns an error message (empty when fine).
    QString take(const QString &option, const QString &value);

    QList<LayoutChecks::Target> targets() const { return LayoutChecks::targets(phones, fontScales); }
};

// Parses "1,1.3" into font scales; on a bad entry returns {} and names it in `bad`.
QList<qreal> parseFontScales(const QString &list, QString *bad);

// Fetches the pictures a preview shows, waiting at most `seconds`; a phone would show the broken
// state for what does not arrive, and so does the drawing. Reports failures on standard error,
// prefixed with `command` ("soip preview").
void loadPreviewImages(PreviewImageCache *images, const QList<QUrl> &urls, int seconds, const QString &command);

// `soip validate --layout`: the layout checks' warnings for `message` on the selection, with its
// picture loaded first (at most 10 seconds).
QList<Issue> layoutIssues(const Message &message, const LayoutSelection &selection);

} // namespace soip::cli
