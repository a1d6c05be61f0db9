#pragma once

#include "previewoptions.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace soip {

// The phones the preview offers: Xiaomi, Redmi and POCO models sold in India, each with the width
// Android gives apps in dp (its screen's pixels / density) and its density. Where each figure
// comes from: docs/preview.md.
class PhonePresets final {
public:
    struct Phone {
        QString id;   // for the command line: redmi-13c
        QString name; // a product name, shown as is in every language
        int widthDp = 0;
        qreal density = 0; // device pixels per dp
    };

    static const QList<Phone> &all();
    // The phone with `id`, or a screen `id` dp wide when `id` is a whole number in range (at the
    // default density); nullptr-like empty Phone (widthDp 0) when neither.
    static Phone find(const QString &id);
    // Parses a comma-separated list of ids; on a bad entry returns {} and names it in `bad`.
    static QList<Phone> parseList(const QString &list, QString *bad);
    static QStringList ids();

    // `options` as drawn on `phone` (its width and density; theme, zoom and font size kept).
    static PreviewOptions on(const Phone &phone, PreviewOptions options);
};

} // namespace soip
