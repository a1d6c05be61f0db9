#include "titleseditor.h"

#include "rowtoolbutton.h"

#include "composer/composerdocument.h"
#include "editoricons.h"
#include "markedfield.h"
#include "scrollanchor.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace soip {

namespace {

// An empty single title is what a new card shows, not a title the user wrote.
void tidy(QStringList &titles)
{
    if (titles.size() == 1 && titles.first().isEmpty())
        titles.clear();
}
} // namespace

TitlesEditor::TitlesEditor(ComposerDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (int i = 0; i < kMaxTitles; ++i) {
        Row row;
        row.edit = new QLineEdit(this);
        row.edit->setObjectName(QStringLiteral("titleLineEdit%1").arg(i));
        row.edit->setAccessibleName(tr("Title %1").arg(i + 1));
        row.edit->setPlaceholderText(i == 0 ? tr("Title shown at the top of the card")
                                            : tr("Title %1").arg(i + 1));
        row.up = makeRowToolButton(this, QStringLiteral("titleUpButton%1").arg(i), EditorIcons::moveUp(),
                                   tr("Move title %1 up").arg(i + 1));
        row.down = makeRowToolButton(this, QStringLiteral("titleDownButton%1").arg(i), EditorIcons::moveDown(),
                                     tr("Move title %1 down").arg(i + 1));
        row.remove = makeRowToolButton(this, QStringLiteral("titleRemoveButton%1").arg(i), EditorIcons::remove(),
                                       tr("Remove title %1").arg(i + 1));
        auto *rowLayout = new QHBoxLayout;
        rowLayout->setSpacing(2);
        rowLayout->addWidget(row.edit, 1);
        rowLayout->addWidget(row.up);
        rowLayout->addWidget(row.down);
        rowLayout->addWidget(row.remove);
        row.field = new MarkedField(rowLayout, row.edit, this);
        layout->addWidget(row.field);

        connect(row.edit, &QLineEdit::textChanged, this, [this, i](const QString &text) { writeRow(i, text); });
        connect(row.up, &QToolButton::clicked, this, [this, i] { moveTitle(i, -1); });
        connect(row.down, &QToolButton::clicked, this, [this, i] { moveTitle(i, +1); });
        connect(row.remove, &QToolButton::clicked, this, [this, i] { removeTitle(i); });
        m_rows.append(row);
    }
    m_add = new QPushButton(tr("Add title"), this);
    m_add->setObjectName(QStringLiteral("addTitleButton"));
    m_add->setAccessibleName(tr("Add title"));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch(1);
    layout->addLayout(addRow);
    connect(m_add, &QPushButton::clicked, this, &TitlesEditor::addTitle);
    connect(m_document, &ComposerDocument::replaced, this, &TitlesEditor::load);
    load();
}

int TitlesEditor::visibleRowCount() const
{
    return int(qBound(qsizetype(1), m_document->message().titles.size(), qsizetype(kMaxTitles)));
}

void TitlesEditor::load()
{
    m_loading = true;
    const QStringList &titles = m_document->message().titles;
    const int rows = visibleRowCount();
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const QString text = titles.value(i);
        if (row.edit->text() != text)
            row.edit->setText(text);
        row.field->setVisible(i < rows);
        row.up->setEnabled(i > 0);
        row.up->setVisible(i > 0);
        row.down->setEnabled(i < rows - 1);
        row.down->setVisible(i < rows - 1);
        row.remove->setEnabled(rows > 1);
    }
    const bool full = titles.size() >= kMaxTitles;
    m_add->setEnabled(!full);
    m_add->setToolTip(full ? tr("A card has at most %1 titles.").arg(kMaxTitles) : tr("Add another title row"));
    m_loading = false;
}

void TitlesEditor::writeRow(int row, const QString &text)
{
    if (m_loading)
        return;
    m_document->edit([&](Message &m) {
        while (m.titles.size() <= row)
            m.titles.append(QString());
        m.titles[row] = text;
        tidy(m.titles);
    });
}

void TitlesEditor::addTitle()
{
    m_document->edit([](Message &m) {
        if (m.titles.isEmpty())
            m.titles.append(QString());
        if (m.titles.size() < kMaxTitles)
            m.titles.append(QString());
    });
    load();
    const int last = visibleRowCount() - 1;
    m_rows.at(last).edit->setFocus(Qt::OtherFocusReason);
    ScrollAnchor::reveal(m_rows.at(last).field);
}

void TitlesEditor::removeTitle(int row)
{
    m_document->edit([&](Message &m) {
        if (row < m.titles.size())
            m.titles.removeAt(row);
        tidy(m.titles);
    });
    load();
    m_rows.at(qMin(row, visibleRowCount() - 1)).edit->setFocus(Qt::OtherFocusReason);
}

void TitlesEditor::moveTitle(int row, int delta)
{
    const int to = row + delta;
    m_document->edit([&](Message &m) {
        while (m.titles.size() <= qMax(row, to))
            m.titles.append(QString());
        m.titles.swapItemsAt(row, to);
        tidy(m.titles);
    });
    load();
    // Keep the keyboard on the moved title so pressing the button again keeps moving it.
    QToolButton *button = delta < 0 ? m_rows.at(to).up : m_rows.at(to).down;
    (button->isEnabled() ? static_cast<QWidget *>(button) : m_rows.at(to).edit)->setFocus(Qt::OtherFocusReason);
}

} // namespace soip
