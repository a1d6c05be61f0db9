#pragma once

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>

namespace soip {

// Waits for `future` with a local event loop and returns its result. For the command-line tool
// and tests only: the app continues with QFuture::then(context, ...) instead of waiting.
template <typename T> T waitForFuture(QFuture<T> future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

} // namespace soip
