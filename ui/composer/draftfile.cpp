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
    const QByteArray bytes = payload(message);
    if (const QString problem = MessageCodec::writeProblem(bytes); !problem.isEmpty()) {
        if (error)
            *error = tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), problem);
        return false;
    }
    QSaveFile file(path);
    const auto fail = [&] {
        if (error)
            *error = tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail();
    if (file.write(bytes) < 0)
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
