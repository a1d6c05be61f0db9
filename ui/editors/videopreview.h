#pragma once

#include <QUrl>
#include <QWidget>

class QAudioOutput;
class QLabel;
class QMediaPlayer;
class QToolButton;
class QVideoWidget;

namespace soip {

// Plays a rich-media video inline: its first frame as a poster, then play/pause and mute.
// The player is created on the first setSource(), so a form without a video costs nothing.
class VideoPreview final : public QWidget {
    Q_OBJECT

public:
    explicit VideoPreview(QWidget *parent = nullptr);

    void setSource(const QUrl &url);
    void stop();
    QMediaPlayer *player() const { return m_player; }

signals:
    void failed(const QString &message);

private:
    void ensurePlayer();
    void togglePlay();
    void toggleMute();
    void updateButtons();

    QVideoWidget *m_video = nullptr;
    QToolButton *m_play = nullptr;
    QToolButton *m_mute = nullptr;
    QLabel *m_status = nullptr;
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    bool m_posterPending = false; // playing muted only to show the first frame
    bool m_userMuted = false;
};

} // namespace soip
