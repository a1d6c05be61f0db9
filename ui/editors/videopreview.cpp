#include "videopreview.h"

#include <QAudioOutput>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaPlayer>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <QVideoSink>
#include <QVideoWidget>

namespace soip {

VideoPreview::VideoPreview(QWidget *parent)
    : QWidget(parent)
{
    m_play = new QToolButton(this);
    m_play->setObjectName(QStringLiteral("videoPlayButton"));
    m_mute = new QToolButton(this);
    m_mute->setObjectName(QStringLiteral("videoMuteButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("videoStatusLabel"));
    m_status->setWordWrap(true);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_play);
    controls->addWidget(m_mute);
    controls->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);

    connect(m_play, &QToolButton::clicked, this, &VideoPreview::togglePlay);
    connect(m_mute, &QToolButton::clicked, this, &VideoPreview::toggleMute);
    updateButtons();
}

void VideoPreview::ensurePlayer()
{
    if (m_player)
        return;
    // Creating a QVideoWidget starts the multimedia back end (GStreamer, PulseAudio): tens of
    // milliseconds and megabytes, so it waits until there is a video to show.
    m_video = new QVideoWidget(this);
    m_video->setObjectName(QStringLiteral("videoWidget"));
    m_video->setAccessibleName(tr("Video preview"));
    // Tall cards show video in portrait; keep the preview small in the form.
    m_video->setFixedSize(180, 240);
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, m_video, 0, Qt::AlignLeft);

    m_player = new QMediaPlayer(this);
    m_audio = new QAudioOutput(this);
    m_player->setAudioOutput(m_audio);
    m_player->setVideoOutput(m_video);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &VideoPreview::updateButtons);
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &text) {
        m_posterPending = false;
        m_status->setText(tr("Cannot play this video: %1").arg(text));
        emit failed(m_status->text());
        updateButtons();
    });
    // The first decoded frame becomes the poster: stop there, and give the sound back.
    connect(m_video->videoSink(), &QVideoSink::videoFrameChanged, this, [this] {
        if (!m_posterPending)
            return;
        m_posterPending = false;
        m_player->pause();
        m_audio->setMuted(m_userMuted);
        m_status->setText(tr("Ready"));
        updateButtons();
    });
}

void VideoPreview::setSource(const QUrl &url)
{
    ensurePlayer();
    m_player->stop();
    m_status->setText(tr("Loading…"));
    m_posterPending = true;
    m_audio->setMuted(true);
    m_player->setSource(url);
    m_player->play();
    updateButtons();
}

void VideoPreview::stop()
{
    if (!m_player)
        return;
    m_posterPending = false;
    m_player->stop();
    m_player->setSource(QUrl());
    m_status->clear();
    updateButtons();
}

void VideoPreview::togglePlay()
{
    if (!m_player)
        return;
    if (m_player->playbackState() == QMediaPlayer::PlayingState && !m_posterPending) {
        m_player->pause();
    } else {
        m_posterPending = false;
        m_audio->setMuted(m_userMuted);
        m_player->play();
        m_status->clear();
    }
    updateButtons();
}

void VideoPreview::toggleMute()
{
    m_userMuted = !m_userMuted;
    if (m_audio && !m_posterPending)
        m_audio->setMuted(m_userMuted);
    updateButtons();
}

void VideoPreview::updateButtons()
{
    const bool playing = m_player && m_player->playbackState() == QMediaPlayer::PlayingState && !m_posterPending;
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(playing ? tr("Pause") : tr("Play"));
    m_play->setAccessibleName(m_play->toolTip());
    m_play->setEnabled(m_player && !m_player->source().isEmpty());
    m_mute->setIcon(style()->standardIcon(m_userMuted ? QStyle::SP_MediaVolumeMuted : QStyle::SP_MediaVolume));
    m_mute->setToolTip(m_userMuted ? tr("Unmute") : tr("Mute"));
    m_mute->setAccessibleName(m_mute->toolTip());
}

} // namespace soip
