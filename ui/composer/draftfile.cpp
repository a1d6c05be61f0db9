#include "draftfile.h"

#include <QDir>
#include <QSaveFile>

namespace soip {

QByteArray DraftFile::payload(const Message &message)
{
    return MessageCodec::toBytes(message.withOnlyFieldsOfType());
}

bool DraftFile::save(const Message &message, const QString &path, QString *error)
{
    QSaveFile file(path);
    const auto fail = [&] {
        if (error)
            *error = tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail();
    if (file.write(payload(message)) < 0)
        return fail();
    if (!file.commit())
        return fail();
    return true;
}

ReadResult DraftFile::open(const QString &path)
{
    return MessageCodec::readFile(path);
}

} // namespace soip
