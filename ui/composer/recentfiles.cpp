#include "recentfiles.h"

#include "settings/settings.h"

#include <QFileInfo>

namespace soip {

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
    , m_files(Settings::recentFiles.value())
{}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_files.removeAll(absolute);
    m_files.prepend(absolute);
    while (m_files.size() > kMaxFiles)
        m_files.removeLast();
    store();
}

void RecentFiles::remove(const QString &path)
{
    if (m_files.removeAll(path) > 0)
        store();
}

void RecentFiles::clear()
{
    m_files.clear();
    store();
}

void RecentFiles::store()
{
    Settings::recentFiles.setValue(m_files);
    emit changed();
}

} // namespace soip
