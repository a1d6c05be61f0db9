#include "actionseditor.h"

#include "actioneditor.h"
#include "composer/composerdocument.h"
#include "latewidget.h"
#include "scrollanchor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QToolButton>
#include <QVBoxLayout>

namespace soip {

ActionsEditor::ActionsEditor(ComposerDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("actionsEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_empty);

    // The first button's editor is made with the form, so the form lines up its labels and tab
    // stops; the others only once a card has that many buttons (each costs about 2 ms to build,
    // and most cards have one or two).
    ensureEditors(1);

    m_add = new QPushButton(tr("Add b&utton"), this);
    m_add->setObjectName(QStringLiteral("addActionButton"));
    m_add->setAccessibleName(tr("Add button"));
    m_addReason = new QLabel(this);
    m_addReason->setObjectName(QStringLiteral("addActionReasonLabel"));
    m_addReason->setWordWrap(true);
    m_addReason->setForegroundRole(QPalette::PlaceholderText);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addWidget(m_addReason, 1);
    layout->addLayout(addRow);

    connect(m_add, &QPushButton::clicked, this, &ActionsEditor::addAction);
    connect(m_document, &ComposerDocument::replaced, this, &ActionsEditor::load);
    // The words for "no buttons" depend on the card's type, which the person may switch.
    connect(m_document, &ComposerDocument::changed, this, &ActionsEditor::updateEmptyText);
    load();
}

void ActionsEditor::ensureEditors(int count)
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    while (m_editors.size() < count) {
        const int index = int(m_editors.size());
        auto *editor = new ActionEditor(m_document, index, this);
        connect(editor, &ActionEditor::moveRequested, this, &ActionsEditor::moveAction);
        connect(editor, &ActionEditor::removeRequested, this, &ActionsEditor::removeAction);
        connect(editor, &ActionEditor::rankRequested, this, &ActionsEditor::setRank);
        // After the "no buttons" label and the editors before it, above "Add button".
        layout->insertWidget(1 + index, editor);
        if (index > 0)
            LateWidget::fitAfter(editor, m_editors.constLast());
        m_editors.append(editor);
    }
}

int ActionsEditor::visibleCount() const
{
    return int(qMin(m_document->message().actions.size(), qsizetype(kMaxActions)));
}

void ActionsEditor::load()
{
    const qsizetype total = m_document->message().actions.size();
    const int shown = visibleCount();
    ensureEditors(shown);
    for (int i = 0; i < m_editors.size(); ++i) {
        if (i < shown)
            m_editors.at(i)->load(shown);
        m_editors.at(i)->setVisible(i < shown);
    }
    m_empty->setVisible(total == 0);
    updateEmptyText();
    const bool full = total >= kMaxActions;
    m_add->setEnabled(!full);
    m_addReason->setText(full ? tr("A card can have at most %1 buttons.").arg(kMaxActions) : QString());
    m_add->setToolTip(full ? m_addReason->text() : tr("Add a button to the card"));
}

void ActionsEditor::updateEmptyText()
{
    m_empty->setText(m_document->message().kind() == MessageKind::CallToAction
                         ? tr("No buttons yet. A call-to-action card needs at least one.")
                         : tr("No buttons yet. Buttons are optional on a rich media card."));
}

void ActionsEditor::addAction()
{
    m_document->edit([](Message &m) {
        if (m.actions.size() >= kMaxActions)
            return;
        QSet<QString> used;
        for (const Action &a : m.actions)
            used.insert(a.rank);
        Action action;
        action.type = int(ActionType::OpenLink);
        for (int rank = 0; rank < kMaxActions; ++rank) {
            if (!used.contains(QString::number(rank))) {
                action.rank = QString::number(rank);
                break;
            }
        }
        m.actions.append(action);
    });
    load();
    if (ActionEditor *editor = m_editors.value(visibleCount() - 1)) {
        editor->labelLineEdit()->setFocus(Qt::OtherFocusReason);
        ScrollAnchor::reveal(editor);
    }
}

void ActionsEditor::removeAction(int index)
{
    if (index < 0 || index >= visibleCount())
        return;
    m_document->edit([&](Message &m) { m.actions.removeAt(index); });
    load();
    if (visibleCount() == 0)
        m_add->setFocus(Qt::OtherFocusReason);
    else
        m_editors.at(qMin(index, visibleCount() - 1))->setFocus(Qt::OtherFocusReason);
}

void ActionsEditor::moveAction(int index, int delta)
{
    const int to = index + delta;
    if (index < 0 || to < 0 || index >= visibleCount() || to >= visibleCount())
        return;
    m_document->edit([&](Message &m) {
        m.actions.swapItemsAt(index, to);
        // The rank is the order on the card: after a move the ranks follow the new order.
        for (int i = 0; i < m.actions.size() && i < kMaxActions; ++i)
            m.actions[i].rank = QString::number(i);
    });
    load();
    if (ActionEditor *editor = m_editors.value(to)) {
        QWidget *button = delta < 0 ? static_cast<QWidget *>(editor->upButton()) : editor->downButton();
        (button->isEnabled() ? button : static_cast<QWidget *>(editor))->setFocus(Qt::OtherFocusReason);
    }
}

void ActionsEditor::setRank(int index, const QString &rank)
{
    m_document->edit([&](Message &m) {
        if (index >= m.actions.size())
            return;
        const QString previous = m.actions.at(index).rank;
        // Ranks stay unique: the button that had this rank takes the chosen button's old one.
        for (Action &other : m.actions) {
            if (other.rank == rank)
                other.rank = previous;
        }
        m.actions[index].rank = rank;
    });
    for (int i = 0; i < visibleCount(); ++i)
        m_editors.at(i)->refreshRank();
}

} // namespace soip
