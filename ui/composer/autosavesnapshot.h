#pragma once

#include "model/message.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace soip {

// Everything the composer has on screen, as an autosave keeps it: the whole message (including the
// fields the current type hides and every button's targets for other button types), the file it
// belongs to and whether it had unsaved changes. Encoded as a small JSON envelope around the
// codec's payload so the codec stays the only code that knows the API's field names.
struct AutosaveSnapshot {
    Message message;
    QString filePath;
    bool modified = false;
    QDateTime savedAt;

    QByteArray encode() const;
    static std::optional<AutosaveSnapshot> decode(const QByteArray &bytes);
};

} // namespace soip
