#include "draftfile.h"

#include "campaign/campaignfile.h"
#include "storage/savetarget.h"
#include "json/inputfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace soip {

namespace {
// A campaign file is the payload with a little around it.
constexpr qint64 kMaxCampaignBytes = MessageCodec::kMaxInputBytes + 64 * 1024;
} // namespace

QByteArray DraftFile::payload(const Message &message)
{
    return MessageCodec::toBytes(message.withOnlyFieldsOfType());
}

bool DraftFile::isCampaignPath(const QString &path)
{
    return QFileInfo(path).suffix().compare(CampaignFile::extension(), Qt::CaseInsensitive) == 0;
}

bool DraftFile::save(const Message &message, const RecipientSource &recipients, const QString &path,
                     QString *error)
{
    const QByteArray bytes = payload(message);
    if (const QString problem = MessageCodec::writeProblem(bytes); !problem.isEmpty()) {
        if (error)
            *error = tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), problem);
        return false;
    }
    return write(recipients.isEmpty() ? bytes : CampaignFile::encode(message, recipients, path), path, error);
}

bool DraftFile::write(const QByteArray &bytes, const QString &path, QString *error)
{
    if (const QString refusal = SaveTarget::refusal(path); !refusal.isEmpty()) {
        if (error)
            *error = tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), refusal);
        return false;
    }
    // Unbuffered, as AutosaveStore::save(): a full disk must fail the save, not empty the file.
    QSaveFile file(path);
    const auto fail = [&] {
        if (error)
            *error = tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    };
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail();
    if (file.write(bytes) < 0)
        return fail();
    if (!file.commit())
        return fail();
    return true;
}

DraftFile::Opened DraftFile::open(const QString &path)
{
    Opened opened;
    if (!isCampaignPath(path)) {
        opened.read = MessageCodec::readFile(path);
        return opened;
    }
    const InputFile::Result file = InputFile::read(path, kMaxCampaignBytes);
    if (!file.ok) {
        opened.read.error =
            file.tooLarge
                ? tr("The file is larger than a campaign file can be (%1 KiB).").arg(kMaxCampaignBytes / 1024)
                : file.error;
        return opened;
    }
    CampaignFile campaign = CampaignFile::decode(file.bytes, QFileInfo(path).absoluteFilePath());
    if (!campaign.error.isEmpty()) {
        opened.read.error = campaign.error;
        return opened;
    }
    opened.read = std::move(campaign.templateRead);
    opened.recipients = campaign.recipients;
    return opened;
}

} // namespace soip
