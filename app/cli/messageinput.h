#pragma once

#include "json/messagecodec.h"

#include <QString>

namespace soip::cli {

// Reads a message file named on the command line; `-` is standard input.
ReadResult readMessageInput(const QString &path);

// The code an unreadable file is reported with in `soip validate --json`.
inline const QString kUnreadableCode = QStringLiteral("SOIP-UNREADABLE");

} // namespace soip::cli
