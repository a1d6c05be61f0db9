#include "deeplinkseditor.h"

#include "deeplinkeditor.h"
#include "editoricons.h"
#include "latewidget.h"
#include "rowtoolbutton.h"
#include "scrollanchor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace soip {

DeepLinksEditor::DeepLinksEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setSpacing(8);
    layout->addLayout(m_rowsLayout);
    // The first row before "Add app link", so that the tab order is the order on screen.
    ensureRows(1);

    auto *add = new QPushButton(tr("Add app link"), this);
    add->setObjectName(QStringLiteral("addDeepLinkButton"));
    add->setAccessibleName(tr("Add app link"));
    add->setToolTip(tr("Add another app link to this button"));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(add);
    addRow->addStretch(1);
    layout->addLayout(addRow);
    connect(add, &QPushButton::clicked, this, &DeepLinksEditor::addLink);
    showRows();
}

DeepLink DeepLinksEditor::startingLink()
{
    return {QStringLiteral("android.intent.action.MAIN"), {}, {}};
}

void DeepLinksEditor::setDeepLinks(const QList<DeepLink> &links)
{
    m_links = links;
    ensureRows(visibleCount());
    for (int i = 0; i < visibleCount(); ++i)
        m_rows.at(i).editor->setDeepLink(m_links.value(i));
    showRows();
}

int DeepLinksEditor::visibleCount() const
{
    return int(qMax(m_links.size(), qsizetype(1)));
}

DeepLinkEditor *DeepLinksEditor::linkEditor(int index) const
{
    return index >= 0 && index < visibleCount() ? m_rows.at(index).editor : nullptr;
}

void DeepLinksEditor::ensureRows(int count)
{
    while (m_rows.size() < count) {
        const int i = int(m_rows.size());
        Row row;
        row.box = new QWidget(this);
        row.box->setObjectName(QStringLiteral("deepLinkRow%1").arg(i));
        row.header = new QWidget(row.box);
        auto *heading = new QLabel(tr("App link %1").arg(i + 1), row.header);
        heading->setObjectName(QStringLiteral("deepLinkHeadingLabel"));
        QToolButton *remove = makeRowToolButton(row.header, QStringLiteral("deepLinkRemoveButton"),
                                                EditorIcons::remove(), tr("Remove app link %1").arg(i + 1));
        auto *headerLayout = new QHBoxLayout(row.header);
        headerLayout->setContentsMargins(0, 0, 0, 0);
        headerLayout->addWidget(heading);
        headerLayout->addStretch(1);
        headerLayout->addWidget(remove);
        row.editor = new DeepLinkEditor(row.box);
        auto *boxLayout = new QVBoxLayout(row.box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(2);
        boxLayout->addWidget(row.header);
        boxLayout->addWidget(row.editor);
        m_rowsLayout->addWidget(row.box);
        if (i > 0)
            LateWidget::fitAfter(row.box, m_rows.last().box);
        connect(row.editor, &DeepLinkEditor::deepLinkEdited, this,
                [this, i](const DeepLink &link) { writeLink(i, link); });
        connect(remove, &QToolButton::clicked, this, [this, i] { removeLink(i); });
        m_rows.append(row);
    }
}

void DeepLinksEditor::showRows()
{
    const int shown = visibleCount();
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        row.box->setVisible(i < shown);
        // One link needs neither a number nor a way to remove it: the button needs a link.
        row.header->setVisible(shown > 1);
    }
}

void DeepLinksEditor::writeLink(int index, const DeepLink &link)
{
    // The only row of a button without links is the first link once something is typed in it.
    if (index < m_links.size())
        m_links[index] = link;
    else
        m_links.append(link);
    emit deepLinksEdited(m_links);
}

void DeepLinksEditor::addLink()
{
    if (m_links.isEmpty())
        m_links.append(m_rows.first().editor->deepLink());
    m_links.append(startingLink());
    setDeepLinks(m_links);
    emit deepLinksEdited(m_links);
    const Row &added = m_rows.at(visibleCount() - 1);
    added.editor->packageLineEdit()->setFocus(Qt::OtherFocusReason);
    ScrollAnchor::reveal(added.box);
}

void DeepLinksEditor::removeLink(int index)
{
    if (index < 0 || index >= m_links.size())
        return;
    m_links.removeAt(index);
    setDeepLinks(m_links);
    emit deepLinksEdited(m_links);
    m_rows.at(qMin(index, visibleCount() - 1)).editor->packageLineEdit()->setFocus(Qt::OtherFocusReason);
}

} // namespace soip
