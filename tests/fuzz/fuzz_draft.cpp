// Reader + validator + canonical writer of drafts and API payloads. Property: reading what the
// writer wrote gives the same canonical bytes again, and what the writer writes the reader reads
// back (or the writer refuses it as too large, as `soip format` and Save then do).
#include "fuzzcheck.h"
#include "validation/validator.h"
#include "json/messagecodec.h"

#include <cstdint>

using namespace soip;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const ReadResult read = MessageCodec::read(bytes);
    if (!read.readable) {
        SOIP_FUZZ_CHECK(!read.error.isEmpty(), "an unreadable input says why");
        return 0;
    }
    for (const Issue &issue : Validator::validate(read))
        SOIP_FUZZ_CHECK(!issue.code.isEmpty() && !issue.message.isEmpty(), "every issue has a code and words");

    for (const auto format : {QJsonDocument::Indented, QJsonDocument::Compact}) {
        const QByteArray written = MessageCodec::toBytes(read.message, format);
        if (!MessageCodec::writeProblem(written).isEmpty())
            continue;
        const ReadResult again = MessageCodec::read(written);
        SOIP_FUZZ_CHECK(again.readable, "the reader reads what the writer wrote");
        SOIP_FUZZ_CHECK(MessageCodec::toBytes(again.message, format) == written,
                        "reading what the writer wrote gives the same canonical bytes");
    }
    return 0;
}
