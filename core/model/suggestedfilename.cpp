#include "suggestedfilename.h"

#include "message.h"

namespace soip {

namespace {
constexpr qsizetype kMaxStemLength = 48;

// Lower case words joined by hyphens; only letters, marks (Devanagari vowel signs) and digits.
QString stemOf(const QString &text)
{
    QString stem;
    bool gap = false;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.isMark()) {
            if (gap && !stem.isEmpty())
                stem.append(u'-');
            gap = false;
            stem.append(c.toLower());
        } else {
            gap = true;
        }
        if (stem.size() >= kMaxStemLength)
            break;
    }
    while (stem.endsWith(u'-'))
        stem.chop(1);
    return stem;
}
} // namespace

QString SuggestedFileName::forMessage(const Message &message)
{
    for (const QString &source : {message.campaignName, message.titles.value(0), message.body}) {
        if (const QString stem = stemOf(source); !stem.isEmpty())
            return stem + QStringLiteral(".json");
    }
    return QStringLiteral("message.json");
}

} // namespace soip
