#include "layoutchecks.h"

#include "previewfonts.h"

#include <QHash>

#include <cmath>

namespace soip {

namespace {

using Role = PreviewLayout::Role;
using TextRun = PreviewLayout::TextRun;

const QString kTextCut = QStringLiteral("SOIP-LAYOUT-TEXT-CUT");
const QString kBodyCut = QStringLiteral("SOIP-LAYOUT-BODY-CUT");
const QString kLabelsAlike = QStringLiteral("SOIP-LAYOUT-LABELS-ALIKE");
const QString kImageBlurred = QStringLiteral("SOIP-LAYOUT-IMAGE-BLURRED");
const QString kImageCropped = QStringLiteral("SOIP-LAYOUT-IMAGE-CROPPED");
const QString kTofu = QStringLiteral("SOIP-LAYOUT-TOFU");

// A title's number as a person counts them: title[2] is title 3.
int titleNumber(const QString &path)
{
    const qsizetype open = path.indexOf(u'[');
    return QStringView(path).mid(open + 1, path.size() - open - 2).toInt() + 1;
}

QString cutSentence(const TextRun &run)
{
    const QString shown = run.shownLastLine();
    switch (run.role) {
    case Role::Title:
        return LayoutChecks::tr("Title %1 does not fit on the card: the phone shows \u201C%2\u201D.")
            .arg(titleNumber(run.path))
            .arg(shown);
    case Role::CoreEntity:
        return LayoutChecks::tr("The core entity does not fit: the phone shows \u201C%1\u201D.").arg(shown);
    case Role::Category:
        return LayoutChecks::tr("The category line does not fit: the phone shows \u201C%1\u201D.").arg(shown);
    case Role::ButtonLabel:
        return LayoutChecks::tr("The button label \u201C%1\u201D does not fit: the phone shows \u201C%2\u201D.")
            .arg(run.text, shown);
    case Role::Body:
        return LayoutChecks::tr("The message text is cut after %n line(s); the rest does not show.", nullptr,
                                run.metrics.lines);
    case Role::Chrome:
    case Role::Sender:
        break;
    }
    return {};
}

void checkText(const PreviewLayout &layout, QList<LayoutChecks::Finding> *out)
{
    for (const TextRun &run : layout.texts) {
        if (run.placeholder || run.path.isEmpty())
            continue;
        // Characters first: a box on the screen is wrong whether or not the line fits.
        const QString &text = run.text;
        for (qsizetype i = 0; i < text.size(); ++i) {
            char32_t ucs4 = text.at(i).unicode();
            if (QChar::isHighSurrogate(ucs4) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                ucs4 = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
                ++i;
            }
            if (!PreviewFonts::canDraw(ucs4)) {
                out->append(
                    {kTofu, run.path,
                     LayoutChecks::tr("The phone's fonts cannot draw \u201C%1\u201D (U+%2): it shows as an "
                                      "empty box.")
                         .arg(QString::fromUcs4(&ucs4, 1))
                         .arg(uint(ucs4), 4, 16, QLatin1Char('0'))});
                break;
            }
        }
        if (!run.metrics.elided || run.role == Role::Sender)
            continue;
        out->append({run.role == Role::Body ? kBodyCut : kTextCut, run.path, cutSentence(run)});
    }
}

void checkButtons(const PreviewLayout &layout, QList<LayoutChecks::Finding> *out)
{
    for (qsizetype i = 1; i < layout.buttons.size(); ++i) {
        const TextRun &later = layout.texts.at(layout.buttons.at(i).label);
        for (qsizetype j = 0; j < i; ++j) {
            const TextRun &earlier = layout.texts.at(layout.buttons.at(j).label);
            if (later.placeholder || earlier.placeholder || later.text == earlier.text ||
                !(later.metrics.elided || earlier.metrics.elided) ||
                later.shownLastLine() != earlier.shownLastLine())
                continue;
            out->append({kLabelsAlike, later.path,
                         LayoutChecks::tr("The buttons \u201C%1\u201D and \u201C%2\u201D both show as "
                                          "\u201C%3\u201D: the reader cannot tell them apart.")
                             .arg(earlier.text, later.text, later.shownLastLine())});
            break;
        }
    }
}

void checkPicture(const PreviewLayout &layout, QList<LayoutChecks::Finding> *out)
{
    const PreviewLayout::Media &media = layout.media;
    if (media.state != PreviewImageCache::State::Ready || media.sourceSize.isEmpty() || media.rect.isEmpty())
        return;
    const QSizeF slot = media.rect.size() * layout.options.density;
    const QSizeF source = media.sourceSize;
    // The picture is scaled to fill its slot and centre-cropped (PreviewImageCache::fitted()).
    const qreal enlargement = qMax(slot.width() / source.width(), slot.height() / source.height());
    if (enlargement > LayoutChecks::kMaxEnlargement) {
        out->append({kImageBlurred, media.path,
                     LayoutChecks::tr("The picture is %1\u00D7%2 pixels, but its place on the card is %3\u00D7%4 "
                                      "pixels on this phone: it is enlarged and looks blurred.")
                         .arg(media.sourceSize.width())
                         .arg(media.sourceSize.height())
                         .arg(qRound(slot.width()))
                         .arg(qRound(slot.height()))});
    }
    const qreal sourceAspect = source.width() / source.height();
    const qreal slotAspect = slot.width() / slot.height();
    const qreal cut = 1 - qMin(sourceAspect, slotAspect) / qMax(sourceAspect, slotAspect);
    if (cut > LayoutChecks::kMaxCroppedShare) {
        out->append(
            {kImageCropped, media.path,
             LayoutChecks::tr("The picture's shape differs from its place on the card, so %1% of it is "
                              "cut away. Use a picture of about the slot's shape (%2).")
                 .arg(qRound(cut * 100))
                 .arg(media.rect.height() > media.rect.width() ? QStringLiteral("3:4") : QStringLiteral("16:9"))});
    }
}

} // namespace

QList<LayoutChecks::Target> LayoutChecks::defaultTargets()
{
    return targets(PhonePresets::all(), {PreviewOptions::kFontScaleDefault, PreviewOptions::kFontScaleLargest});
}

QList<LayoutChecks::Target> LayoutChecks::targets(const QList<PhonePresets::Phone> &phones,
                                                  const QList<qreal> &fontScales)
{
    QList<Target> out;
    for (const qreal scale : fontScales) {
        for (const PhonePresets::Phone &phone : phones)
            out.append({phone, scale});
    }
    return out;
}

QList<LayoutChecks::Finding> LayoutChecks::findings(const PreviewLayout &layout)
{
    QList<Finding> out;
    checkText(layout, &out);
    checkButtons(layout, &out);
    checkPicture(layout, &out);
    return out;
}

QList<Issue> LayoutChecks::check(const Message &message, const QList<Target> &targets,
                                 const PreviewImageCache *images)
{
    struct Seen {
        Finding first;
        Target where;
        int more = 0;
    };
    QList<Seen> seen;
    QHash<QString, qsizetype> index; // code + path -> seen
    for (const Target &target : targets) {
        PreviewOptions options = PhonePresets::on(target.phone, PreviewOptions());
        options.fontScale = target.fontScale;
        for (const Finding &finding : findings(PreviewLayout::of(message, options, images))) {
            const QString key = finding.code + u' ' + finding.path;
            const auto it = index.constFind(key);
            if (it == index.constEnd()) {
                index.insert(key, seen.size());
                seen.append({finding, target, 0});
            } else {
                ++seen[*it].more;
            }
        }
    }
    QList<Issue> issues;
    for (const Seen &s : std::as_const(seen)) {
        QString where = tr("Seen on %1.").arg(describe(s.where));
        if (s.more > 0)
            where = tr("Seen on %1 and %n more phone and font size combination(s).", nullptr, s.more)
                        .arg(describe(s.where));
        issues.append({Severity::Warning, s.first.code, s.first.path, s.first.what + u' ' + where});
    }
    return issues;
}

QString LayoutChecks::fontScaleName(qreal fontScale)
{
    const QString factor = QStringLiteral("%1\u00D7").arg(fontScale);
    auto near = [fontScale](qreal named) { return std::abs(fontScale - named) < 0.005; };
    if (near(PreviewOptions::kFontScaleSmall))
        return tr("Small (%1)").arg(factor);
    if (near(PreviewOptions::kFontScaleDefault))
        return tr("Default (%1)").arg(factor);
    if (near(PreviewOptions::kFontScaleLarge))
        return tr("Large (%1)").arg(factor);
    if (near(PreviewOptions::kFontScaleLargest))
        return tr("Largest (%1)").arg(factor);
    return factor;
}

QString LayoutChecks::describe(const Target &target)
{
    return tr("%1 at font size %2").arg(target.phone.name, fontScaleName(target.fontScale));
}

} // namespace soip
