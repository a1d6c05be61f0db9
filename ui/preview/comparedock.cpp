#include "comparedock.h"

#include "preview/contactsheetwidget.h"
#include "preview/phonepresets.h"
#include "preview/pngexportdialog.h"
#include "preview/previewimagecache.h"
#include "preview/previewrenderer.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace soip {

namespace {

constexpr int kZoomPercents[] = {25, 35, 50, 75, 100};
constexpr int kDefaultZoomPercent = 50;

} // namespace

CompareDock::CompareDock(PreviewImageCache *images, QWidget *parent)
    : QDockWidget(tr("Compare phones"), parent)
    , m_images(images)
{
    setObjectName(QStringLiteral("compareDock"));
    setAccessibleName(tr("Compare phones"));
    auto *content = new QWidget(this);

    QToolButton *phones = choiceButton(tr("Phones"), QStringLiteral("comparePhonesButton"), &m_phones);
    for (const PhonePresets::Phone &phone : PhonePresets::all())
        addChoice(m_phones, tr("%1 (%2 dp)").arg(phone.name).arg(phone.widthDp),
                  QStringLiteral("comparePhone-") + phone.id, phone.id, true);
    QToolButton *themes = choiceButton(tr("Themes"), QStringLiteral("compareThemesButton"), &m_themes);
    addChoice(m_themes, tr("Light"), QStringLiteral("compareTheme-light"), int(PreviewOptions::Theme::Light),
              true);
    addChoice(m_themes, tr("Dark"), QStringLiteral("compareTheme-dark"), int(PreviewOptions::Theme::Dark), false);
    QToolButton *fontSizes =
        choiceButton(tr("Font sizes"), QStringLiteral("compareFontSizesButton"), &m_fontSizes);
    for (const qreal scale : {PreviewOptions::kFontScaleSmall, PreviewOptions::kFontScaleDefault,
                              PreviewOptions::kFontScaleLarge, PreviewOptions::kFontScaleLargest}) {
        addChoice(m_fontSizes, LayoutChecks::fontScaleName(scale), QStringLiteral("compareFontSize-%1").arg(scale),
                  scale, scale == PreviewOptions::kFontScaleDefault || scale == PreviewOptions::kFontScaleLargest);
    }

    m_zoom = new QComboBox(content);
    m_zoom->setObjectName(QStringLiteral("compareZoomComboBox"));
    m_zoom->setAccessibleName(tr("Zoom of the compared phones"));
    for (const int percent : kZoomPercents)
        m_zoom->addItem(tr("%1%").arg(percent), percent);
    m_zoom->setCurrentIndex(m_zoom->findData(kDefaultZoomPercent));

    m_export = new QPushButton(tr("Export sheet\u2026"), content);
    m_export->setObjectName(QStringLiteral("compareExportButton"));
    m_export->setAccessibleName(tr("Export the compared phones as one PNG"));
    m_export->setToolTip(tr("Save every phone shown here as one labelled PNG contact sheet"));

    // A campaign's worst cases side by side: the rows whose cards carry the most text.
    m_longest = new QToolButton(content);
    m_longest->setObjectName(QStringLiteral("compareLongestRowsButton"));
    m_longest->setText(tr("Longest rows"));
    m_longest->setAccessibleName(tr("Show the campaign's longest rows"));
    m_longest->setToolTip(tr("Show the campaign rows whose cards have the most text, instead of the row shown"));
    m_longest->setCheckable(true);
    m_longest->setVisible(false);

    m_sheet = new ContactSheetWidget;
    m_sheet->setZoom(kDefaultZoomPercent / 100.0);
    auto *scroll = new QScrollArea(content);
    scroll->setObjectName(QStringLiteral("compareScrollArea"));
    scroll->setAccessibleName(tr("Compared phones"));
    scroll->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    scroll->setWidget(m_sheet);

    auto *controls = new QHBoxLayout;
    for (QToolButton *button : {phones, themes, fontSizes})
        controls->addWidget(button);
    controls->addWidget(m_longest);
    controls->addStretch(1);
    controls->addWidget(m_zoom);
    controls->addWidget(m_export);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addWidget(scroll, 1);
    setWidget(content);

    connect(m_zoom, &QComboBox::currentIndexChanged, this,
            [this] { m_sheet->setZoom(m_zoom->currentData().toInt() / 100.0); });
    connect(m_export, &QPushButton::clicked, this, &CompareDock::exportPng);
    connect(m_longest, &QToolButton::toggled, this, &CompareDock::refresh);
    if (images) {
        connect(images, &PreviewImageCache::imageChanged, this, [this](const QUrl &url) {
            if (PreviewRenderer::imageUrls(m_message).contains(url))
                rebuild();
        });
    }
}

QToolButton *CompareDock::choiceButton(const QString &text, const QString &objectName, QMenu **menu)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setText(text);
    button->setAccessibleName(text);
    button->setPopupMode(QToolButton::InstantPopup);
    *menu = new QMenu(button);
    (*menu)->setObjectName(objectName + QStringLiteral("Menu"));
    button->setMenu(*menu);
    return button;
}

void CompareDock::addChoice(QMenu *menu, const QString &text, const QString &objectName, const QVariant &data,
                            bool checked)
{
    QAction *action = menu->addAction(text);
    action->setObjectName(objectName);
    action->setCheckable(true);
    action->setChecked(checked);
    action->setData(data);
    connect(action, &QAction::triggered, this, [this, menu, action] { choiceToggled(menu, action); });
}

QList<QVariant> CompareDock::chosen(const QMenu *menu)
{
    QList<QVariant> values;
    for (const QAction *action : menu->actions()) {
        if (action->isChecked())
            values.append(action->data());
    }
    return values;
}

void CompareDock::choiceToggled(QMenu *menu, QAction *action)
{
    // A grid needs at least one of each: unchecking the last one is undone.
    if (chosen(menu).isEmpty())
        action->setChecked(true);
    rebuild();
    emit selectionChanged();
}

QList<PhonePresets::Phone> CompareDock::chosenPhones() const
{
    QList<PhonePresets::Phone> phones;
    for (const QVariant &id : chosen(m_phones))
        phones.append(PhonePresets::find(id.toString()));
    return phones;
}

QList<qreal> CompareDock::chosenFontScales() const
{
    QList<qreal> scales;
    for (const QVariant &scale : chosen(m_fontSizes))
        scales.append(scale.toReal());
    return scales;
}

QList<ContactSheet::Cell> CompareDock::cells() const
{
    QList<PreviewOptions::Theme> themes;
    for (const QVariant &theme : chosen(m_themes))
        themes.append(PreviewOptions::Theme(theme.toInt()));
    return ContactSheet::cells(chosenPhones(), themes, chosenFontScales());
}

QList<LayoutChecks::Target> CompareDock::layoutTargets() const
{
    return LayoutChecks::targets(chosenPhones(), chosenFontScales());
}

void CompareDock::setMessage(const Message &message)
{
    m_message = message;
    if (m_images) {
        for (const QUrl &url : PreviewRenderer::imageUrls(message))
            m_images->request(url);
    }
    if (!showsLongestRows()) // else the campaign's rows come through setLongestRows()
        refresh();
}

void CompareDock::refresh()
{
    // Hidden, it costs nothing per keystroke; it catches up when shown.
    if (isVisible())
        rebuild();
    else
        m_dirty = true;
}

void CompareDock::setLongestRows(const QList<ContactSheet::Sample> &rows)
{
    m_longestRows = rows;
    m_longest->setVisible(!rows.isEmpty());
    if (rows.isEmpty())
        m_longest->setChecked(false); // no campaign: a hidden choice must not stay on
    if (!m_longest->isChecked())
        return; // the sheet shows the row chosen, which did not change
    if (m_images) {
        for (const ContactSheet::Sample &row : rows) {
            for (const QUrl &url : PreviewRenderer::imageUrls(row.message))
                m_images->request(url);
        }
    }
    refresh();
}

bool CompareDock::showsLongestRows() const
{
    return m_longest->isChecked() && !m_longestRows.isEmpty();
}

QImage CompareDock::sheetImage() const
{
    return (m_dirty ? makeSheet() : m_sheet->sheet()).toImage(1.0);
}

bool CompareDock::exportPng()
{
    QString start = m_lastExportPath;
    if (start.isEmpty())
        start = QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                    .filePath(tr("contact-sheet.png"));
    const QString path =
        PngExportDialog::save(this, tr("Export Contact Sheet as PNG"), start,
                              tr("The contact sheet could not be saved as %1:\n%2"), sheetImage());
    if (path.isEmpty())
        return false;
    m_lastExportPath = path;
    return true;
}

void CompareDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    if (m_dirty)
        rebuild();
}

ContactSheet CompareDock::makeSheet() const
{
    const int columns = int(chosen(m_phones).size());
    return showsLongestRows() ? ContactSheet(m_longestRows, cells(), columns, m_images)
                              : ContactSheet(m_message, cells(), columns, m_images);
}

void CompareDock::rebuild()
{
    m_dirty = false;
    m_sheet->setSheet(makeSheet());
}

} // namespace soip
