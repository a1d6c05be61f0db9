#include "messageinput.h"

#include <QFile>

#include <cstdio>

namespace soip::cli {

ReadResult readMessageInput(const QString &path)
{
    if (path != QLatin1String("-"))
        return MessageCodec::readFile(path);
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        ReadResult result;
        result.error = MessageCodec::tr("Cannot read standard input: %1").arg(input.errorString());
        return result;
    }
    // One byte over the limit is enough for the codec to say the input is too large.
    QByteArray bytes;
    while (bytes.size() <= MessageCodec::kMaxInputBytes) {
        const QByteArray chunk = input.read(MessageCodec::kMaxInputBytes + 1 - bytes.size());
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    return MessageCodec::read(bytes);
}

} // namespace soip::cli
