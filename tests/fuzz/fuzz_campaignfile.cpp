// The campaign file (.soipcampaign): it comes back from disk, email or another version of the app.
// Property: what decodes encodes and decodes again to the same template and spreadsheet.
#include "campaign/campaignfile.h"
#include "fuzzcheck.h"

#include <cstdint>

using namespace soip;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString where = QStringLiteral("/campaigns/diwali.soipcampaign");
    const CampaignFile file = CampaignFile::decode(bytes, where);
    if (!file.error.isEmpty() || !file.templateRead.readable)
        return 0;
    SOIP_FUZZ_CHECK(!file.recipients.path.contains(QChar(0)), "the spreadsheet's path can name a file (no NUL)");
    const QByteArray encoded = CampaignFile::encode(file.templateRead.message, file.recipients, where, file.name);
    const CampaignFile again = CampaignFile::decode(encoded, where);
    SOIP_FUZZ_CHECK(again.error.isEmpty() && again.templateRead.readable, "an encoded campaign decodes");
    SOIP_FUZZ_CHECK(again.recipients == file.recipients, "the spreadsheet survives a round trip");
    SOIP_FUZZ_CHECK(CampaignFile::encode(again.templateRead.message, again.recipients, where, again.name) ==
                        encoded,
                    "a campaign's encoding is stable");
    return 0;
}
