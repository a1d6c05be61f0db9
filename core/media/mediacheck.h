#pragma once

#include "mediaprobe.h"
#include "validation/issue.h"

#include <QCoreApplication>
#include <QList>

namespace soip {

struct RichMedia;

// What is known about a rich media card's image or video beyond the API's rules, as issues for
// the Problems list, the field marks, the send confirmation and `soip validate --check-media`.
// All are warnings: the API takes the message, but phones may not show the card as meant.
// Codes (docs/validation-codes.md): SOIP-MEDIA-UNREACHABLE, SOIP-MEDIA-TYPE, SOIP-MEDIA-SIZE,
// SOIP-MEDIA-NOT-PICTURE, SOIP-MEDIA-HTTP, SOIP-MEDIA-EXTENSION.
class MediaCheck final {
    Q_DECLARE_TR_FUNCTIONS(soip::MediaCheck)

public:
    enum class Part { Media, Cover };
    // Whether the downloaded picture opened (core cannot decode it; the caller does).
    enum class Picture { NotTried, Opens, DoesNotOpen };

    // Phones load big images slowly; the vendor's guidance.
    static constexpr qint64 kMaxImageBytes = 2 * 1024 * 1024;

    // The JSON path of the part's address: rich_media[0].url or rich_media[0].cover.
    static QString pathOf(Part part);

    // From the addresses alone, without the network: http instead of https, a video whose
    // address names a picture file (`.png`) or a picture whose address names a video file.
    static QList<Issue> addressIssues(const RichMedia &media);

    // From fetching one part. `mediaType` is the card's (1 image, 2 video); a cover is a picture.
    static QList<Issue> probeIssues(const MediaProbeResult &result, Part part, int mediaType,
                                    Picture picture = Picture::NotTried);

    // Whether `code` is one of this class's.
    static bool isCheckCode(const QString &code);

    // Whether the probe of `part` should download the file to look at it.
    static bool wantsPicture(Part part, int mediaType);
};

} // namespace soip
