#include "previewfonts.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QHash>
#include <QPair>
#include <QResource>

#include <algorithm>
#include <cstdio>

// The fonts are compiled in with qt_add_big_resources; naming the init function keeps the linker
// from dropping them from the static library.
static void initFontResources()
{
    Q_INIT_RESOURCE(fonts);
}

namespace soip {

namespace {

const char *const kFontFiles[] = {
    "NotoSans-Regular.ttf",         "NotoSans-Bold.ttf",           "NotoSansDevanagari-Regular.ttf",
    "NotoSansDevanagari-Bold.ttf",  "NotoSansBengali-Regular.ttf", "NotoSansGujarati-Regular.ttf",
    "NotoSansGurmukhi-Regular.ttf", "NotoSansKannada-Regular.ttf", "NotoSansMalayalam-Regular.ttf",
    "NotoSansOriya-Regular.ttf",    "NotoSansTamil-Regular.ttf",   "NotoSansTelugu-Regular.ttf",
    "NotoColorEmoji.ttf",
};

QtMessageHandler g_previousHandler = nullptr;

// With an explicit family list Qt tries each family for each script and warns, once per family and
// script, about every font that lacks the script ("OpenType support missing for ..."), although
// the next family in the list draws it. That is expected here, so those lines are dropped;
// everything else goes on to the handler that was installed before.
void filterFallbackWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.contains(QLatin1String("OpenType support missing for")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
    else
        std::fputs(qPrintable(qFormatLogMessage(type, context, message) + QLatin1Char('\n')), stderr);
}

bool loadAll()
{
    g_previousHandler = qInstallMessageHandler(filterFallbackWarnings);
    initFontResources();
    bool ok = true;
    for (const char *file : kFontFiles) {
        // Registered from the resource's own bytes: addApplicationFont(path) would copy each file
        // into the heap, and FreeType again for every face it opens (about 14 MB resident, most of
        // it the emoji font, of which a message needs a few glyphs). Uncompressed data in the
        // program image costs memory only for the pages FreeType actually reads.
        const QResource resource(QStringLiteral(":/soip/fonts/") + QLatin1String(file));
        const QByteArray data =
            resource.compressionAlgorithm() == QResource::NoCompression
                ? QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()), resource.size())
                : resource.uncompressedData();
        if (data.isEmpty() || QFontDatabase::addApplicationFontFromData(data) < 0)
            ok = false;
    }
    return ok;
}

} // namespace

bool PreviewFonts::ensureLoaded()
{
    static const bool loaded = loadAll();
    return loaded;
}

QStringList PreviewFonts::families()
{
    static const QStringList list = {
        QStringLiteral("Noto Sans"),           QStringLiteral("Noto Sans Devanagari"),
        QStringLiteral("Noto Sans Bengali"),   QStringLiteral("Noto Sans Gujarati"),
        QStringLiteral("Noto Sans Gurmukhi"),  QStringLiteral("Noto Sans Kannada"),
        QStringLiteral("Noto Sans Malayalam"), QStringLiteral("Noto Sans Oriya"),
        QStringLiteral("Noto Sans Tamil"),     QStringLiteral("Noto Sans Telugu"),
        QStringLiteral("Noto Color Emoji"),
    };
    return list;
}

QFont PreviewFonts::font(qreal pixelSize, QFont::Weight weight)
{
    // The renderer asks for the same few fonts on every redraw; building a QFont with a family list
    // each time is a measurable part of a keystroke's redraw. One cache a thread: QFont is
    // reentrant, not thread-safe, and a campaign's layout checks run on a thread of their own.
    thread_local QHash<QPair<int, int>, QFont> cache;
    const QPair<int, int> key(qMax(1, qRound(pixelSize)), int(weight));
    const auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    ensureLoaded();
    QFont font;
    font.setFamilies(families());
    font.setPixelSize(qMax(1, qRound(pixelSize)));
    font.setWeight(weight);
    // Hinting depends on the machine's FreeType settings; without it glyphs are placed the same
    // everywhere, which the golden images rely on.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setKerning(true);
    cache.insert(key, font);
    return font;
}

bool PreviewFonts::canDraw(char32_t ucs4)
{
    // Latin up to Latin Extended-B is all in Noto Sans: most text of a card needs no lookup.
    constexpr char32_t kEndOfLatinExtendedB = 0x0250;
    if (ucs4 < kEndOfLatinExtendedB)
        return true;
    const QChar::Category category = QChar::category(ucs4);
    const bool variationSelector = (ucs4 >= 0xFE00 && ucs4 <= 0xFE0F) || (ucs4 >= 0xE0100 && ucs4 <= 0xE01EF);
    if (QChar::isSpace(ucs4) || category == QChar::Other_Format || category == QChar::Other_Control ||
        variationSelector)
        return true;
    // Per thread, as font() above.
    thread_local QList<QFontMetricsF> faces;
    thread_local QHash<char32_t, bool> known;
    if (faces.isEmpty()) {
        ensureLoaded();
        for (const QString &family : families()) {
            QFont face(family);
            // Only this family: Qt's fallback to the machine's fonts would hide what the phone lacks.
            face.setStyleStrategy(QFont::NoFontMerging);
            faces.append(QFontMetricsF(face));
        }
    }
    const auto it = known.constFind(ucs4);
    if (it != known.constEnd())
        return *it;
    const bool drawable =
        std::any_of(faces.cbegin(), faces.cend(), [ucs4](const QFontMetricsF &fm) { return fm.inFontUcs4(ucs4); });
    known.insert(ucs4, drawable);
    return drawable;
}

} // namespace soip
