// The autosave snapshot decoder: a file in the app's data folder that a crash, a full disk or
// another program may have left half-written or changed. Property: what decodes, encodes and
// decodes again to the same message.
#include "composer/autosavesnapshot.h"
#include "fuzzcheck.h"

#include <cstdint>

using namespace soip;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const std::optional<AutosaveSnapshot> snapshot = AutosaveSnapshot::decode(bytes);
    if (!snapshot)
        return 0;
    const std::optional<AutosaveSnapshot> again = AutosaveSnapshot::decode(snapshot->encode());
    SOIP_FUZZ_CHECK(again.has_value(), "an encoded snapshot decodes");
    SOIP_FUZZ_CHECK(again->filePath == snapshot->filePath && again->modified == snapshot->modified,
                    "the envelope survives a round trip");
    SOIP_FUZZ_CHECK(again->encode() == snapshot->encode(), "a snapshot's encoding is stable");
    return 0;
}
