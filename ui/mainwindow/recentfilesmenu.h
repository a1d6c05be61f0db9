#pragma once

#include <QObject>

class QMenu;

namespace soip {

class RecentFiles;

// Keeps File → Open Recent filled from the recent files, with numbered mnemonics so the list works
// from the keyboard, and "Clear list". Choosing a file emits fileChosen().
class RecentFilesMenu final : public QObject {
    Q_OBJECT

public:
    // `menu` and `files` are not owned.
    RecentFilesMenu(QMenu *menu, RecentFiles *files, QObject *parent);

signals:
    void fileChosen(const QString &path);

private:
    void rebuild();

    QMenu *m_menu = nullptr;
    RecentFiles *m_files = nullptr;
};

} // namespace soip
