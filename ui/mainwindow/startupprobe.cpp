#include "startupprobe.h"

#include "dialogs/apptheme.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QPalette>
#include <QPixmap>
#include <QStyle>
#include <QStyleFactory>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace soip {

StartupProbe::StartupProbe(QWidget *window, std::function<void()> then)
    : QObject(window)
    , m_window(window)
    , m_then(std::move(then))
{
    qApp->installEventFilter(this);
}

void StartupProbe::afterFirstPaint(QWidget *window, std::function<void()> then)
{
    new StartupProbe(window, std::move(then));
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        if (m_window && (widget == m_window || m_window->isAncestorOf(widget))) {
            m_done = true;
            qApp->removeEventFilter(this);
            // After the whole paint pass has been flushed to the screen.
            QTimer::singleShot(0, this, [this] {
                m_then();
                deleteLater();
            });
        }
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::usePalette(QApplication &app, bool dark)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (!dark) {
        app.setPalette(app.style()->standardPalette());
        return;
    }
    app.setPalette(AppTheme::darkPalette()); // the palette View → Theme → Dark uses
}

bool StartupProbe::saveScreenshot(QWidget *window, const QString &path)
{
    const QPixmap pixmap = window->grab();
    if (pixmap.isNull() || !pixmap.save(path, "PNG")) {
        std::fprintf(stderr, "soip-composer: could not write the screenshot %s\n", qPrintable(path));
        return false;
    }
    return true;
}

qint64 StartupProbe::residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace soip
