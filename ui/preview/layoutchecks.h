#pragma once

#include "phonepresets.h"
#include "previewlayout.h"
#include "validation/issue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace soip {

class PreviewImageCache;

// Layout problems a QA person would see on the phone, found from the preview's own layout (the
// same PreviewLayout the preview draws, not a second copy of its rules): text cut or elided, two
// buttons that look the same once elided, a picture that will look blurred or is heavily cropped,
// characters the fonts cannot draw. Warnings with SOIP-LAYOUT-* codes and the field's JSON path,
// listed in docs/validation-codes.md. The problems list shows them next to the validator's.
class LayoutChecks final {
    Q_DECLARE_TR_FUNCTIONS(soip::LayoutChecks)

public:
    // One phone at one font size.
    struct Target {
        PhonePresets::Phone phone;
        qreal fontScale = PreviewOptions::kFontScaleDefault;
    };

    // A problem of one layout, before it is said on which phones it shows.
    struct Finding {
        QString code;
        QString path;
        QString what; // translated sentence
    };

    // Every preset phone at the Default and Largest font sizes: what QA checks unless it chose.
    static QList<Target> defaultTargets();
    // Every phone at every font scale.
    static QList<Target> targets(const QList<PhonePresets::Phone> &phones, const QList<qreal> &fontScales);

    // The problems of one layout. A pure function of it.
    static QList<Finding> findings(const PreviewLayout &layout);

    // Lays `message` out on every target (light theme; pictures from `images`, which may be null)
    // and reports each problem once, naming the first target it shows on and how many more.
    static QList<Issue> check(const Message &message, const QList<Target> &targets,
                              const PreviewImageCache *images);

    // "Largest (1.3×)", or "1.2×" for a scale without a name in Android's settings.
    static QString fontScaleName(qreal fontScale);
    // Of a target, for a person: "Redmi 13C / POCO C65 at font size Largest (1.3×)".
    static QString describe(const Target &target);

    // Past this enlargement a picture looks blurred; below it the difference does not show.
    static constexpr qreal kMaxEnlargement = 1.1;
    // A crop that cuts away more than this share of the picture loses what it was chosen for.
    static constexpr qreal kMaxCroppedShare = 0.25;
};

} // namespace soip
