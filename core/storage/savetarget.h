#pragma once

#include <QCoreApplication>
#include <QString>

namespace soip {

// Whether a file the person named can be written as a whole new file. Every save here writes a
// temporary file beside the target and renames it over (QSaveFile: all or nothing), which would
// replace whatever the name points at: run as root, `--png /dev/full` turned the device into a
// regular file, and a FIFO's reader never saw the data. Only a regular file, or no file yet, is
// written.
struct SaveTarget final {
    Q_DECLARE_TR_FUNCTIONS(soip::SaveTarget)

public:
    // Why `path` is not written (a folder, a device, a pipe or a socket), in words; empty when it
    // may be.
    static QString refusal(const QString &path);
};

} // namespace soip
