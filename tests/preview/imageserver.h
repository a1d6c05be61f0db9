#pragma once

#include "model/message.h"

#include "loopbackserver.h"

#include <QByteArray>
#include <QImage>
#include <QUrl>

#include <memory>

// An HTTP server on 127.0.0.1 for the preview tests, so no test touches the internet:
//   /photo.png   a generated 800×600 landscape picture
//   /cover.png   a generated 600×800 portrait picture
//   /text.png    text/plain, not an image
//   anything else: 404
// plus the address of a port that accepts connections and never answers, and of a closed port.
class ImageServer final {
public:
    ImageServer();
    bool start();

    QUrl url(const QString &path) const;
    QUrl silentUrl() const;
    static QUrl closedPortUrl();

    static QImage photo();
    static QImage cover();

    // A vendor sample (tests/data/vendor/request-NAME.json) with its media URLs pointed here.
    soip::Message sample(const QString &name) const;

private:
    std::unique_ptr<LoopbackServer> m_http;
    std::unique_ptr<LoopbackServer> m_silent;
};
