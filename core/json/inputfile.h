#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace soip {

// Reads a file that came from outside (a draft, an autosave) without trusting what it is: only a
// regular file is read (a FIFO with no writer would block forever, /dev/zero never ends), it is
// opened without blocking, and at most one byte more than the caller's limit is read, so a file
// that grows while it is read is still caught as too large.
class InputFile final {
    Q_DECLARE_TR_FUNCTIONS(soip::InputFile)

public:
    struct Result {
        bool ok = false;
        bool tooLarge = false; // more than maxBytes; `size` says how many (at least maxBytes + 1)
        qint64 size = 0;
        QByteArray bytes;
        QString error; // when neither ok nor tooLarge: why, in words
    };

    static Result read(const QString &path, qint64 maxBytes);
};

} // namespace soip
