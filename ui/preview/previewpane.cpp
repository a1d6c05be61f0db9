#include "previewpane.h"

#include "preview/layoutchecks.h"
#include "preview/phonepresets.h"
#include "preview/pngexportdialog.h"
#include "preview/previewimagecache.h"
#include "preview/previewrenderer.h"
#include "preview/previewwidget.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace soip {

namespace {

constexpr int kZoomPercents[] = {50, 75, 100, 125, 150, 200, 300};

// Asks for room to show every item whole, but gives way down to `characters` when the window is
// narrow (the open list still shows the names whole). Qt's own "minimum contents length" policy
// does both at once: found by hand, it cut "Largest (1.3×)" in a window with room to spare.
void letShorten(QComboBox *box, int characters)
{
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(characters);
    const int shortest = box->minimumSizeHint().width();
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    box->setMinimumWidth(shortest);
}

} // namespace

PreviewPane::PreviewPane(QNetworkAccessManager *network, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("previewPane"));
    setAccessibleName(tr("Preview"));

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("previewThemeComboBox"));
    m_theme->setAccessibleName(tr("Phone theme"));
    m_theme->setToolTip(tr("The phone's light or dark theme"));
    m_theme->addItem(tr("Light"), int(PreviewOptions::Theme::Light));
    m_theme->addItem(tr("Dark"), int(PreviewOptions::Theme::Dark));

    m_width = new QComboBox(this);
    m_width->setObjectName(QStringLiteral("previewWidthComboBox"));
    m_width->setAccessibleName(tr("Phone"));
    m_width->setToolTip(tr("The phone: its screen width in dp and its display density"));
    for (const PhonePresets::Phone &phone : PhonePresets::all())
        m_width->addItem(tr("%1 (%2 dp)").arg(phone.name).arg(phone.widthDp), phone.id);
    m_width->setCurrentIndex(m_width->findData(QStringLiteral("redmi-12-5g")));
    // Found by hand: as wide as its longest phone name at the least, the bar held the phone at 660
    // pixels and squeezed the form to a third of a 900-pixel window.
    letShorten(m_width, 8);

    m_fontSize = new QComboBox(this);
    m_fontSize->setObjectName(QStringLiteral("previewFontSizeComboBox"));
    m_fontSize->setAccessibleName(tr("Phone font size"));
    m_fontSize->setToolTip(tr("The font size chosen in the phone's settings"));
    for (const qreal scale : {PreviewOptions::kFontScaleSmall, PreviewOptions::kFontScaleDefault,
                              PreviewOptions::kFontScaleLarge, PreviewOptions::kFontScaleLargest})
        m_fontSize->addItem(LayoutChecks::fontScaleName(scale), scale);
    m_fontSize->setCurrentIndex(m_fontSize->findData(PreviewOptions::kFontScaleDefault));
    letShorten(m_fontSize, 6);

    m_zoom = new QComboBox(this);
    m_zoom->setObjectName(QStringLiteral("previewZoomComboBox"));
    m_zoom->setAccessibleName(tr("Zoom"));
    m_zoom->setToolTip(tr("Zoom; an exported PNG has this many pixels per dp"));
    for (int percent : kZoomPercents)
        m_zoom->addItem(tr("%1%").arg(percent), percent);
    m_zoom->setCurrentIndex(m_zoom->findData(100));

    m_export = new QPushButton(tr("Export PNG\u2026"), this);
    m_export->setObjectName(QStringLiteral("previewExportButton"));
    m_export->setAccessibleName(tr("Export preview as PNG"));
    m_export->setToolTip(tr("Save this drawing (theme, width and zoom as shown) as a PNG image"));

    m_images = new PreviewImageCache(this);
    m_preview = new PreviewWidget;
    m_preview->setImageCache(m_images);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("previewScrollArea"));
    m_scroll->setAccessibleName(tr("Phone screen"));
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setWidgetResizable(false);
    m_scroll->setWidget(m_preview);
    // Found by hand: Tab stopped on it and showed no focus; the wheel and its scroll bars move it.
    m_scroll->setFocusPolicy(Qt::NoFocus);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("previewStatusLabel"));
    m_status->setAccessibleName(tr("What the button does"));
    m_status->setWordWrap(true);
    m_status->setContentsMargins(4, 2, 4, 2);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setText(idleStatus());

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_theme);
    controls->addWidget(m_width, 1);
    controls->addWidget(m_fontSize);
    controls->addWidget(m_zoom);
    controls->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_status);

    for (QComboBox *box : {m_theme, m_width, m_fontSize, m_zoom})
        connect(box, &QComboBox::currentIndexChanged, this, &PreviewPane::applyControls);
    connect(m_export, &QPushButton::clicked, this, [this] { exportPng(this); });
    connect(m_preview, &PreviewWidget::actionHovered, this, [this](const QString &description) {
        showStatus(description.isEmpty() ? idleStatus() : description);
    });
    connect(m_preview, &PreviewWidget::actionClicked, this,
            [this](const QString &label, const QString &description) {
                showStatus(tr("Tapping \u201C%1\u201D on the phone: %2").arg(label, description));
            });

    setNetworkAccessManager(network);
    applyControls();
}

void PreviewPane::setNetworkAccessManager(QNetworkAccessManager *network)
{
    if (!network) {
        if (!m_ownNetwork)
            m_ownNetwork = new QNetworkAccessManager(this);
        network = m_ownNetwork;
    } else if (m_ownNetwork && network != m_ownNetwork) {
        m_ownNetwork->deleteLater();
    }
    m_images->setNetworkAccessManager(network);
}

void PreviewPane::setMessage(const Message &message)
{
    m_preview->setMessage(message);
}

PreviewOptions PreviewPane::options() const
{
    return m_preview->options();
}

void PreviewPane::setOptions(const PreviewOptions &options)
{
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(int(options.theme))));
    // The phone of that width and density, else (settings that kept only the width) the first
    // of that width.
    int width = -1;
    for (int i = m_width->count() - 1; i >= 0; --i) {
        const PhonePresets::Phone phone = PhonePresets::find(m_width->itemData(i).toString());
        if (phone.widthDp == options.widthDp && (width < 0 || qFuzzyCompare(phone.density, options.density)))
            width = i;
    }
    if (width < 0) {
        m_width->addItem(tr("%1 dp").arg(options.widthDp), QString::number(options.widthDp));
        width = m_width->count() - 1;
    }
    m_width->setCurrentIndex(width);
    int fontSize = m_fontSize->findData(options.fontScale);
    if (fontSize < 0) {
        m_fontSize->addItem(LayoutChecks::fontScaleName(options.fontScale), options.fontScale);
        fontSize = m_fontSize->count() - 1;
    }
    m_fontSize->setCurrentIndex(fontSize);
    const int percent = qRound(options.scale * 100);
    int zoom = m_zoom->findData(percent);
    if (zoom < 0) {
        m_zoom->addItem(tr("%1%").arg(percent), percent);
        zoom = m_zoom->count() - 1;
    }
    m_zoom->setCurrentIndex(zoom);
    applyControls();
}

QImage PreviewPane::currentImage() const
{
    return m_preview->renderImage();
}

bool PreviewPane::saveImage(const QString &path, QString *error) const
{
    return PreviewRenderer::savePng(currentImage(), path, error);
}

bool PreviewPane::exportPng(QWidget *dialogParent)
{
    QString start = m_lastExportPath;
    if (start.isEmpty())
        start =
            QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)).filePath(tr("preview.png"));
    const QString path = PngExportDialog::save(dialogParent, tr("Export Preview as PNG"), start,
                                               tr("The preview could not be saved as %1:\n%2"), currentImage());
    if (path.isEmpty())
        return false;
    m_lastExportPath = path;
    showStatus(tr("Saved the preview as %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void PreviewPane::applyControls()
{
    PreviewOptions options;
    options.theme = PreviewOptions::Theme(m_theme->currentData().toInt());
    options = PhonePresets::on(PhonePresets::find(m_width->currentData().toString()), options);
    options.fontScale = m_fontSize->currentData().toReal();
    options.scale = m_zoom->currentData().toInt() / 100.0;
    if (options == m_preview->options())
        return;
    m_preview->setOptions(options);
    emit optionsChanged(options);
}

void PreviewPane::showStatus(const QString &text)
{
    m_status->setText(text);
}

QString PreviewPane::idleStatus() const
{
    return tr("Point at or click a button on the phone to see what it does.");
}

void PreviewPane::showLocalImage(const QImage &image)
{
    if (image.isNull())
        return;
    m_images->abortPending(tr("Replaced by a local image"));
    const Message message = m_preview->message();
    for (const RichMedia &media : message.richMedia) {
        for (const QString &url : {media.url, media.cover}) {
            if (!url.isEmpty())
                m_images->insert(QUrl(url), image);
        }
    }
    setMessage(message);
}

} // namespace soip
