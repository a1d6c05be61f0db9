#include "recentfilesmenu.h"

#include "composer/recentfiles.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace soip {

RecentFilesMenu::RecentFilesMenu(QMenu *menu, RecentFiles *files, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
    , m_files(files)
{
    connect(m_files, &RecentFiles::changed, this, &RecentFilesMenu::rebuild);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    m_menu->clear();
    const QStringList files = m_files->files();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        const QString name = QFileInfo(path).fileName();
        QAction *action = m_menu->addAction(i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(name) : name, this,
                                            [this, path] { emit fileChosen(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (!files.isEmpty()) {
        m_menu->addSeparator();
        m_menu->addAction(tr("&Clear list"), m_files, &RecentFiles::clear);
    }
    m_menu->setEnabled(!files.isEmpty());
}

} // namespace soip
