#include "recipientsource.h"

#include <QDir>
#include <QFileInfo>

namespace soip {

namespace {
const QString kFile = QStringLiteral("file");
const QString kAbsolutePath = QStringLiteral("absolute_path");
const QString kSha256 = QStringLiteral("sha256");
const QString kSheet = QStringLiteral("sheet");
const QString kPhoneColumn = QStringLiteral("phone_column");
const QString kDelimiter = QStringLiteral("delimiter");
} // namespace

QJsonObject RecipientSource::toJson(const QString &besideFile) const
{
    QJsonObject object{{kAbsolutePath, QDir::fromNativeSeparators(path)}, {kSha256, QString::fromLatin1(sha256)}};
    if (!besideFile.isEmpty())
        object.insert(kFile, QDir(QFileInfo(besideFile).absolutePath()).relativeFilePath(path));
    if (!sheet.isEmpty())
        object.insert(kSheet, sheet);
    if (!phoneColumn.isEmpty())
        object.insert(kPhoneColumn, phoneColumn);
    if (!delimiter.isNull())
        object.insert(kDelimiter, QString(delimiter));
    return object;
}

RecipientSource RecipientSource::fromJson(const QJsonObject &object, const QString &besideFile)
{
    RecipientSource source;
    // A name with a NUL in it names no file (Qt warns and refuses it): as good as no name.
    const auto fileName = [&object](const QString &key) {
        const QString name = object.value(key).toString();
        return name.contains(QChar(0)) ? QString() : name;
    };
    const QString relative = fileName(kFile);
    const QString absolute = fileName(kAbsolutePath);
    const QString beside = relative.isEmpty() || besideFile.isEmpty()
                               ? QString()
                               : QDir(QFileInfo(besideFile).absolutePath()).absoluteFilePath(relative);
    // Next to the campaign file first (both were moved together), else where it was.
    const QString chosen =
        !beside.isEmpty() && (QFileInfo::exists(beside) || absolute.isEmpty()) ? beside : absolute;
    source.path = chosen.isEmpty() ? QString() : QDir::cleanPath(chosen);
    source.sha256 = object.value(kSha256).toString().toLatin1();
    source.sheet = object.value(kSheet).toString();
    source.phoneColumn = object.value(kPhoneColumn).toString();
    const QString delimiter = object.value(kDelimiter).toString();
    if (delimiter.size() == 1)
        source.delimiter = delimiter.at(0);
    return source;
}

} // namespace soip
