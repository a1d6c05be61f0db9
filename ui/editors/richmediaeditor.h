#pragma once

#include "media/mediacheck.h"
#include "media/mediaprobe.h"
#include "validation/issue.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace soip {

class ComposerDocument;
struct Message;
struct RichMedia;
class VideoPreview;

// rich_media[0] of an RMC: image or video, its URL with a "Check" that fetches it (content type,
// size, a thumbnail or the video playing inline, and warnings), the display ratio (tall for video,
// with the reason shown) and, for video, the cover image with its thumbnail.
class RichMediaEditor final : public QWidget {
    Q_OBJECT

public:
    explicit RichMediaEditor(ComposerDocument *document, QWidget *parent = nullptr);

    void setNetworkAccessManager(QNetworkAccessManager *manager);

    // The message as the phone preview shows it: for a campaign, the template filled with the row
    // chosen. The addresses checked are that message's, so "{{image}}" is checked as row 3 has
    // it. Call shownChanged() when another row is shown.
    using ShownMessage = std::function<Message(const Message &)>;
    void setShownMessage(ShownMessage shown);
    void shownChanged();

    QComboBox *mediaTypeComboBox() const { return m_type; }
    QLineEdit *urlLineEdit() const { return m_url; }
    QPushButton *checkButton() const { return m_check; }
    QComboBox *displayRatioComboBox() const { return m_ratio; }
    QLineEdit *coverLineEdit() const { return m_cover; }
    QLabel *infoLabel() const { return m_info; }
    QLabel *thumbnailLabel() const { return m_thumbnail; }
    QLabel *coverInfoLabel() const { return m_coverInfo; }
    QLabel *coverThumbnailLabel() const { return m_coverThumbnail; }
    VideoPreview *videoPreview() const { return m_video; }

    // Starts the check of the URL (and the cover of a video); results arrive asynchronously.
    void check();

    // What is known about the media beyond the API's rules (MediaCheck): the addresses' own
    // warnings and the findings of the last check of the current addresses. For the Problems list.
    QList<Issue> checkIssues() const;

signals:
    // A check finished; the labels show its outcome.
    void checkFinished();
    void checkIssuesChanged();

private:
    void load();
    void editMedia(const std::function<void(RichMedia &)> &change);
    void onTypeChosen();
    void onRatioChosen();
    void updateRatioState();
    void clearResults();
    void showMediaResult(const MediaProbeResult &result);
    void showCoverResult(const MediaProbeResult &result);
    void updateCheckButton();
    int currentMediaType() const;
    void setProbeIssues(MediaCheck::Part part, const QList<Issue> &issues);
    void showIssueLines();
    RichMedia shownMedia() const;
    void refreshIssues();

    ComposerDocument *m_document = nullptr;
    MediaProbe *m_probe = nullptr;
    MediaProbe *m_coverProbe = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_url = nullptr;
    QPushButton *m_check = nullptr;
    QLabel *m_info = nullptr;
    QLabel *m_thumbnail = nullptr;
    VideoPreview *m_video = nullptr;
    QComboBox *m_ratio = nullptr;
    QLabel *m_ratioReason = nullptr;
    QLineEdit *m_cover = nullptr;
    QLabel *m_coverInfo = nullptr;
    QLabel *m_coverThumbnail = nullptr;
    QList<Issue> m_mediaIssues; // from the last check of the media address
    QList<Issue> m_coverIssues; // from the last check of the cover address
    QList<Issue> m_shownIssues; // checkIssues() as the labels show them
    QString m_mediaFacts;       // what the last check found: type, size, pixels (HTML)
    QString m_coverFacts;
    QString m_imageRatio; // the ratio an image had before the user switched to video
    bool m_loading = false;
    ShownMessage m_shown;
    QString m_shownUrl; // the address shownMedia() had when last looked at
};

} // namespace soip
