#pragma once

#include <QCoreApplication>
#include <QString>

namespace soip {

// Checks a URL a phone must open: a link button's target, a media file, a video's cover image.
class WebAddress final {
    Q_DECLARE_TR_FUNCTIONS(soip::WebAddress)

public:
    // An empty string when `url` is an http(s) address with a host; otherwise why not, as a
    // translated sentence.
    static QString problem(const QString &url);
};

} // namespace soip
