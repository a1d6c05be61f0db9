#pragma once

#include "campaign/recipientsource.h"
#include "model/message.h"
#include "json/messagecodec.h"

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
    // The envelope holds the message four times (as it is and with every button of each target
    // kind) and the recipients as typed, each at most what the codec reads; a larger file is not
    // one of ours.
    static constexpr qint64 kMaxBytes = 5 * MessageCodec::kMaxInputBytes + 64 * 1024;

    Message message;
    QString filePath;
    bool modified = false;
    QDateTime savedAt;
    RecipientSource recipients; // a campaign's spreadsheet, when one was chosen
    QString recipientsText;     // the recipients as typed (ComposerDocument::recipientsText())

    QByteArray encode() const;
    static std::optional<AutosaveSnapshot> decode(const QByteArray &bytes);
};

} // namespace soip
