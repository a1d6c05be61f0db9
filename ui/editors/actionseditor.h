#pragma once

#include "actioneditor.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace soip {

class ComposerDocument;

// The card's buttons: up to four ActionEditors (made as the card first needs them), "Add button", and the list
// operations that keep ranks unique (add takes the lowest free rank, moving renumbers the ranks in display order,
// and choosing a rank another button has swaps the two). The editors are reused by index; what a button had
// typed for its other types is in the document, so it moves with the button.
class ActionsEditor final : public QWidget {
    Q_OBJECT

public:
    explicit ActionsEditor(ComposerDocument *document, QWidget *parent = nullptr);

    // Null for a button the card has never had: editors are made when first needed.
    ActionEditor *actionEditor(int index) const { return m_editors.value(index); }
    int visibleCount() const;
    QPushButton *addButton() const { return m_add; }

private:
    void ensureEditors(int count);
    // Shows the document's actions.
    void load();
    void addAction();
    void removeAction(int index);
    void moveAction(int index, int delta);
    void setRank(int index, const QString &rank);
    void updateEmptyText();

    ComposerDocument *m_document = nullptr;
    QList<ActionEditor *> m_editors;
    QPushButton *m_add = nullptr;
    QLabel *m_addReason = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace soip
