#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace soip {

namespace {
QString plainText(const QAction *action)
{
    QString text = action->text().remove(QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    else if (text.endsWith(QLatin1String("...")))
        text.chop(3);
    return text.trimmed();
}
} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Does")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);

    QList<std::pair<QString, QString>> rows;
    QSet<QString> seen;
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (action->menu())
            continue;
        for (const QKeySequence &keys : action->shortcuts()) {
            const QString key = keys.toString(QKeySequence::NativeText);
            if (!key.isEmpty() && !seen.contains(key)) {
                seen.insert(key);
                rows.append({key, plainText(action)});
            }
        }
    }
    // Keys no action carries: the form's own. The window's What's This? action carries Shift+F1,
    // where there is one (found by hand: it was listed twice); its words say more than the action's.
    rows.append({tr("Tab, Shift+Tab"), tr("Next or previous control, in reading order")});
    rows.append({tr("Alt+Down, F4"), tr("Open the calendar of an event's date")});
    const QString explain = QKeySequence(Qt::SHIFT | Qt::Key_F1).toString(QKeySequence::NativeText);
    const QString explainText = tr("Explain the control that has the focus");
    const auto listed =
        std::find_if(rows.begin(), rows.end(), [&](const auto &row) { return row.first == explain; });
    if (listed != rows.end())
        listed->second = explainText;
    else
        rows.append({explain, explainText});
    for (const auto &[keys, does] : rows) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(keys));
        m_table->setItem(row, 1, new QTableWidgetItem(does));
    }
    m_table->resizeColumnToContents(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(520, 420);
}

} // namespace soip
