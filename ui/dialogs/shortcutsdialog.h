#pragma once

#include <QDialog>

class QTableWidget;

namespace soip {

// Help → Keyboard shortcuts: every command of `window` that has a shortcut, read from its actions
// (menus and toolbars), so the list can never go stale; plus the keys the form itself knows.
class ShortcutsDialog final : public QDialog {
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

} // namespace soip
