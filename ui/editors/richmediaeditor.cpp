#include "richmediaeditor.h"

#include "checkfindings.h"
#include "combovalues.h"
#include "composer/composerdocument.h"
#include "markedfield.h"
#include "media/mediacheck.h"
#include "videopreview.h"
#include "wrappingbox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace soip {

namespace {
enum Row { TypeRow, UrlRow, ResultRow, RatioRow, CoverRow };
} // namespace

RichMediaEditor::RichMediaEditor(ComposerDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    m_probe = new MediaProbe(this);
    m_coverProbe = new MediaProbe(this);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("mediaTypeComboBox"));
    m_type->setAccessibleName(tr("Media type"));
    m_type->addItem(tr("Image"), QStringLiteral("1"));
    m_type->addItem(tr("Video"), QStringLiteral("2"));

    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("mediaUrlLineEdit"));
    m_url->setAccessibleName(tr("Media URL"));
    m_url->setPlaceholderText(tr("https://… a public address every phone can load"));
    m_check = new QPushButton(tr("Chec&k"), this);
    m_check->setObjectName(QStringLiteral("mediaCheckButton"));
    m_check->setAccessibleName(tr("Check the media URL"));
    m_check->setToolTip(tr("Fetch the address to see what it holds"));

    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("mediaInfoLabel"));
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::RichText);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_thumbnail = new QLabel(this);
    m_thumbnail->setObjectName(QStringLiteral("mediaThumbnailLabel"));
    m_thumbnail->setAccessibleName(tr("Image thumbnail"));
    m_thumbnail->hide();
    m_video = new VideoPreview(this);
    m_video->setObjectName(QStringLiteral("videoPreview"));
    m_video->hide();

    m_ratio = new QComboBox(this);
    m_ratio->setObjectName(QStringLiteral("displayRatioComboBox"));
    m_ratio->setAccessibleName(tr("Display ratio"));
    m_ratio->addItem(tr("Normal"), kDisplayRatioNormal);
    m_ratio->addItem(tr("Tall"), kDisplayRatioTall);
    m_ratioReason = new QLabel(this);
    m_ratioReason->setObjectName(QStringLiteral("displayRatioReasonLabel"));
    m_ratioReason->setWordWrap(true);
    m_ratioReason->setForegroundRole(QPalette::PlaceholderText);

    m_cover = new QLineEdit(this);
    m_cover->setObjectName(QStringLiteral("coverUrlLineEdit"));
    m_cover->setAccessibleName(tr("Cover image URL"));
    m_cover->setPlaceholderText(tr("Optional: https://… picture shown before the video plays"));
    m_coverInfo = new QLabel(this);
    m_coverInfo->setObjectName(QStringLiteral("coverInfoLabel"));
    m_coverInfo->setWordWrap(true);
    m_coverInfo->setTextFormat(Qt::RichText);
    m_coverInfo->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_coverThumbnail = new QLabel(this);
    m_coverThumbnail->setObjectName(QStringLiteral("coverThumbnailLabel"));
    m_coverThumbnail->setAccessibleName(tr("Cover image thumbnail"));
    m_coverThumbnail->hide();

    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_check);

    auto *result = new WrappingBox(this);
    auto *resultLayout = new QHBoxLayout(result);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(m_thumbnail, 0, Qt::AlignTop);
    resultLayout->addWidget(m_video, 0, Qt::AlignTop);
    resultLayout->addWidget(m_info, 1);

    auto *ratioRow = new QHBoxLayout;
    ratioRow->addWidget(new MarkedField(m_ratio, this), 0, Qt::AlignTop);
    m_ratioReason->setMinimumHeight(m_ratio->sizeHint().height());
    ratioRow->addWidget(m_ratioReason, 1, Qt::AlignTop);

    auto *coverBox = new WrappingBox(this);
    auto *coverLayout = new QVBoxLayout(coverBox);
    coverLayout->setContentsMargins(0, 0, 0, 0);
    coverLayout->setSpacing(4);
    coverLayout->addWidget(new MarkedField(m_cover, coverBox));
    auto *coverResult = new QHBoxLayout;
    coverResult->addWidget(m_coverThumbnail, 0, Qt::AlignTop);
    coverResult->addWidget(m_coverInfo, 1);
    coverLayout->addLayout(coverResult);
    coverBox->setFocusProxy(m_cover);

    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(tr("Media t&ype:"), new MarkedField(m_type, this));
    auto *urlLabel = new QLabel(tr("Media U&RL:"), this);
    urlLabel->setBuddy(m_url);
    m_form->addRow(urlLabel, new MarkedField(urlRow, m_url, this));
    m_form->addRow(QString(), result);
    auto *ratioLabel = new QLabel(tr("Displa&y ratio:"), this);
    ratioLabel->setBuddy(m_ratio);
    m_form->addRow(ratioLabel, ratioRow);
    auto *coverLabel = new QLabel(tr("Cover &image:"), this);
    coverLabel->setBuddy(m_cover);
    m_form->addRow(coverLabel, coverBox);

    connect(m_type, &QComboBox::currentIndexChanged, this, &RichMediaEditor::onTypeChosen);
    connect(m_ratio, &QComboBox::currentIndexChanged, this, &RichMediaEditor::onRatioChosen);
    connect(m_url, &QLineEdit::textChanged, this, [this](const QString &text) {
        clearResults();
        if (!m_loading)
            editMedia([&](RichMedia &media) { media.url = text.trimmed(); });
    });
    connect(m_cover, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_coverProbe->cancel();
        CheckFindings::showThumbnail(m_coverThumbnail, {});
        if (!m_loading)
            editMedia([&](RichMedia &media) { media.cover = text.trimmed(); });
        setProbeIssues(MediaCheck::Part::Cover, {});
    });
    connect(m_url, &QLineEdit::returnPressed, this, &RichMediaEditor::check);
    connect(m_check, &QPushButton::clicked, this, &RichMediaEditor::check);
    connect(m_probe, &MediaProbe::finished, this, &RichMediaEditor::showMediaResult);
    connect(m_coverProbe, &MediaProbe::finished, this, &RichMediaEditor::showCoverResult);
    connect(m_video, &VideoPreview::failed, this, [this](const QString &message) {
        m_info->setText(m_info->text() + CheckFindings::warningLine(message, Severity::Warning, palette()));
    });
    // The address checks follow every edit of the media; the Problems list reads them.
    connect(m_document, &ComposerDocument::changed, this, &RichMediaEditor::refreshIssues);
    connect(m_document, &ComposerDocument::replaced, this, &RichMediaEditor::load);
    load();
}

void RichMediaEditor::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    m_probe->setNetworkAccessManager(manager);
    m_coverProbe->setNetworkAccessManager(manager);
}

void RichMediaEditor::setShownMessage(ShownMessage shown)
{
    m_shown = std::move(shown);
    shownChanged();
}

void RichMediaEditor::shownChanged()
{
    // What was fetched belongs to the address of the row shown before.
    if (shownMedia().url != m_shownUrl)
        clearResults();
    refreshIssues();
}

RichMedia RichMediaEditor::shownMedia() const
{
    const Message &message = m_document->message();
    return (m_shown ? m_shown(message) : message).richMedia.value(0);
}

void RichMediaEditor::refreshIssues()
{
    m_shownUrl = shownMedia().url;
    if (const QList<Issue> now = checkIssues(); now != m_shownIssues) {
        m_shownIssues = now;
        showIssueLines();
        emit checkIssuesChanged();
    }
}

int RichMediaEditor::currentMediaType() const
{
    return ComboValues::current(m_type).toInt();
}

void RichMediaEditor::load()
{
    m_loading = true;
    const QList<RichMedia> &list = m_document->message().richMedia;
    const RichMedia media = list.value(0);
    // A message without media shows the defaults a new one gets (image, normal); one read from a
    // file shows exactly what it has, blanks included.
    const bool isNew = list.isEmpty();
    if (isNew || media.mediaType != 0)
        ComboValues::select(m_type, QString::number(isNew ? int(MediaType::Image) : media.mediaType),
                            tr("Unknown (%1)").arg(media.mediaType));
    else
        ComboValues::select(m_type, QString(), QString(), -1);
    if (isNew || !media.displayRatio.isEmpty())
        ComboValues::select(m_ratio, isNew ? kDisplayRatioNormal : media.displayRatio,
                            tr("%1 (unknown)").arg(media.displayRatio));
    else
        ComboValues::select(m_ratio, QString(), QString(), -1);
    if (m_url->text() != media.url)
        m_url->setText(media.url);
    if (m_cover->text() != media.cover)
        m_cover->setText(media.cover);
    m_imageRatio.clear();
    m_loading = false;
    clearResults();
    setProbeIssues(MediaCheck::Part::Cover, {});
    updateRatioState();
}

void RichMediaEditor::editMedia(const std::function<void(RichMedia &)> &change)
{
    if (m_loading)
        return;
    const int type = currentMediaType();
    const QString ratio = ComboValues::current(m_ratio);
    m_document->edit([&](Message &m) {
        if (m.richMedia.isEmpty()) {
            RichMedia media;
            media.mediaType = type;
            media.displayRatio = ratio;
            m.richMedia.append(media);
        }
        change(m.richMedia.first());
    });
}

void RichMediaEditor::onTypeChosen()
{
    if (m_loading)
        return;
    const int type = currentMediaType();
    const bool video = type == int(MediaType::Video);
    m_loading = true;
    if (video) {
        // Videos are shown tall only; keep the image's ratio to give it back on switching back.
        m_imageRatio = ComboValues::current(m_ratio);
        ComboValues::select(m_ratio, kDisplayRatioTall, QString());
    } else if (!m_imageRatio.isEmpty()) {
        ComboValues::select(m_ratio, m_imageRatio, QString());
    }
    m_loading = false;
    const QString ratio = ComboValues::current(m_ratio);
    editMedia([&](RichMedia &media) {
        media.mediaType = type;
        if (!ratio.isEmpty())
            media.displayRatio = ratio;
    });
    clearResults();
    updateRatioState();
}

void RichMediaEditor::onRatioChosen()
{
    updateRatioState();
    if (m_loading)
        return;
    const QString ratio = ComboValues::current(m_ratio);
    editMedia([&](RichMedia &media) { media.displayRatio = ratio; });
}

void RichMediaEditor::updateRatioState()
{
    const bool video = currentMediaType() == int(MediaType::Video);
    const bool tall = ComboValues::current(m_ratio) == kDisplayRatioTall;
    // Locked only when already right, so a wrong ratio read from a file can still be fixed.
    m_ratio->setEnabled(!(video && tall));
    if (video)
        m_ratioReason->setText(tall ? tr("Videos are always shown tall.")
                                    : tr("A video can only be shown tall: choose Tall."));
    else
        m_ratioReason->setText(ComboValues::current(m_ratio) == kDisplayRatioTall
                                   ? tr("The picture takes more of the card's height.")
                                   : tr("A landscape picture across the card."));
    m_form->setRowVisible(CoverRow, video);
}

QList<Issue> RichMediaEditor::checkIssues() const
{
    const QList<RichMedia> &list = m_document->message().richMedia;
    if (list.isEmpty() || m_document->message().kind() != MessageKind::RichMedia)
        return {};
    return MediaCheck::addressIssues(shownMedia()) + m_mediaIssues + m_coverIssues;
}

void RichMediaEditor::setProbeIssues(MediaCheck::Part part, const QList<Issue> &issues)
{
    (part == MediaCheck::Part::Media ? m_mediaIssues : m_coverIssues) = issues;
    if (part == MediaCheck::Part::Media)
        m_mediaFacts.clear();
    else
        m_coverFacts.clear();
    const QList<Issue> now = checkIssues();
    const bool changed = now != m_shownIssues;
    m_shownIssues = now;
    showIssueLines();
    // Every load clears the results: the window revalidates the whole message on a change only.
    if (changed)
        emit checkIssuesChanged();
}

void RichMediaEditor::showIssueLines()
{
    // The check's findings under each address, in the words of the Problems list.
    const QString mediaPath = MediaCheck::pathOf(MediaCheck::Part::Media);
    QString media = m_mediaFacts;
    QString cover = m_coverFacts;
    for (const Issue &issue : std::as_const(m_shownIssues)) {
        const QString line = CheckFindings::warningLine(issue.message, issue.severity, palette());
        (issue.parameter == mediaPath ? media : cover) += line;
    }
    m_info->setText(media);
    m_form->setRowVisible(ResultRow, !media.isEmpty() || m_thumbnail->isVisible() || m_video->isVisible());
    m_coverInfo->setText(cover);
}

void RichMediaEditor::clearResults()
{
    m_probe->cancel();
    m_video->stop();
    m_video->hide();
    CheckFindings::showThumbnail(m_thumbnail, {});
    setProbeIssues(MediaCheck::Part::Media, {});
    updateCheckButton();
}

void RichMediaEditor::updateCheckButton()
{
    const bool running = m_probe->isRunning() || m_coverProbe->isRunning();
    m_check->setText(running ? tr("Checking…") : tr("Chec&k"));
    m_check->setEnabled(!running && !m_url->text().trimmed().isEmpty());
}

void RichMediaEditor::check()
{
    clearResults();
    const RichMedia media = shownMedia();
    m_shownUrl = media.url;
    const QUrl url(media.url, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        // A campaign's address comes from the row shown; say what that row made of it.
        const QString text = media.url == m_url->text().trimmed()
                                 ? tr("This is not a web address: it must start with https://.")
                                 : tr("For the row shown the address is “%1”, which is not a web address: it must "
                                      "start with https://.")
                                       .arg(media.url);
        m_info->setText(CheckFindings::warningLine(text, Severity::Error, palette()));
        m_form->setRowVisible(ResultRow, true);
        emit checkFinished();
        return;
    }
    m_mediaFacts = CheckFindings::factLine(tr("Checking %1…").arg(url.host()));
    showIssueLines();
    m_probe->start(url, MediaCheck::wantsPicture(MediaCheck::Part::Media, currentMediaType()));
    const QUrl cover(media.cover, QUrl::StrictMode);
    if (currentMediaType() == int(MediaType::Video) && cover.isValid() && !cover.host().isEmpty()) {
        m_coverFacts = CheckFindings::factLine(tr("Checking the cover image…"));
        showIssueLines();
        m_coverProbe->start(cover, true);
    }
    updateCheckButton();
}

void RichMediaEditor::showMediaResult(const MediaProbeResult &result)
{
    const int type = currentMediaType();
    const bool image = type == int(MediaType::Image);
    const QImage picture = image ? QImage::fromData(result.picture) : QImage();
    const auto opens = !image || result.picture.isEmpty() ? MediaCheck::Picture::NotTried
                       : picture.isNull()                 ? MediaCheck::Picture::DoesNotOpen
                                                          : MediaCheck::Picture::Opens;
    setProbeIssues(MediaCheck::Part::Media, MediaCheck::probeIssues(result, MediaCheck::Part::Media, type, opens));
    if (result.reachable) {
        QString facts = result.contentType.isEmpty() ? tr("No content type given") : result.contentType;
        if (result.size >= 0)
            facts += QStringLiteral(" · ") + QLocale().formattedDataSize(result.size);
        if (!picture.isNull())
            facts += QStringLiteral(" · ") + tr("%1 × %2 pixels").arg(picture.width()).arg(picture.height());
        m_mediaFacts = CheckFindings::factLine(facts);
    }
    CheckFindings::showThumbnail(m_thumbnail, picture);
    if (!image && result.reachable) {
        m_video->show();
        m_video->setSource(result.url);
    }
    showIssueLines();
    m_form->setRowVisible(ResultRow, true);
    updateCheckButton();
    emit checkFinished();
}

void RichMediaEditor::showCoverResult(const MediaProbeResult &result)
{
    const QImage picture = QImage::fromData(result.picture);
    const auto opens = result.picture.isEmpty() ? MediaCheck::Picture::NotTried
                       : picture.isNull()       ? MediaCheck::Picture::DoesNotOpen
                                                : MediaCheck::Picture::Opens;
    setProbeIssues(MediaCheck::Part::Cover,
                   MediaCheck::probeIssues(result, MediaCheck::Part::Cover, currentMediaType(), opens));
    if (result.reachable && !picture.isNull())
        m_coverFacts = CheckFindings::factLine(result.contentType + QStringLiteral(" · ") +
                                               QLocale().formattedDataSize(result.size));
    showIssueLines();
    CheckFindings::showThumbnail(m_coverThumbnail, picture);
    updateCheckButton();
}

} // namespace soip
