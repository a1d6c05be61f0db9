#pragma once

#include "model/message.h"
#include "preview/previewoptions.h"

#include <QImage>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QNetworkAccessManager;
class QPushButton;
class QScrollArea;

namespace soip {

class PreviewImageCache;
class PreviewWidget;

// The composer's preview pane: theme, phone, font size and zoom controls above the phone, and a status
// line below it that says what a button does when it is hovered or clicked. The main window calls
// setMessage() on every ComposerDocument::changed() and exportPng() from File → Export preview.
class PreviewPane final : public QWidget {
    Q_OBJECT

public:
    // `network` is the application's manager (not owned); without one the pane makes its own.
    explicit PreviewPane(QNetworkAccessManager *network = nullptr, QWidget *parent = nullptr);

    void setNetworkAccessManager(QNetworkAccessManager *network);
    void setMessage(const Message &message);

    PreviewOptions options() const;
    void setOptions(const PreviewOptions &options);

    PreviewWidget *previewWidget() const { return m_preview; }
    PreviewImageCache *imageCache() const { return m_images; }

    // The current drawing (chosen theme, width and zoom as the scale) as an image.
    QImage currentImage() const;
    // Saves currentImage() as PNG at `path`, atomically. On failure returns false and says why.
    bool saveImage(const QString &path, QString *error = nullptr) const;
    // Asks for a file (parented to `dialogParent`) and saves the drawing there; tells the user if
    // that fails. Returns true if a file was written.
    bool exportPng(QWidget *dialogParent);
    // Shows `image` for the current message's media and cover URLs without downloading them
    // (screenshots and the start-up benchmark run offline).
    void showLocalImage(const QImage &image);

signals:
    void optionsChanged(const PreviewOptions &options);

private:
    void applyControls();
    void showStatus(const QString &text);
    QString idleStatus() const;

    QComboBox *m_theme = nullptr;
    QComboBox *m_width = nullptr; // the phone
    QComboBox *m_fontSize = nullptr;
    QComboBox *m_zoom = nullptr;
    QPushButton *m_export = nullptr;
    QScrollArea *m_scroll = nullptr;
    PreviewWidget *m_preview = nullptr;
    QLabel *m_status = nullptr;
    PreviewImageCache *m_images = nullptr;
    QPointer<QNetworkAccessManager> m_ownNetwork;
    QString m_lastExportPath;
};

} // namespace soip
