#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace soip {

class ActionEditor;
class ComposerDocument;

// The card's buttons: up to four ActionEditors, "Add button", and the list operations that keep
// ranks unique (add takes the lowest free rank, moving renumbers the ranks in display order, and
// choosing a rank another button has swaps the two).
class ActionsEditor final : public QWidget {
    Q_OBJECT

public:
    explicit ActionsEditor(ComposerDocument *document, QWidget *parent = nullptr);

    ActionEditor *actionEditor(int index) const { return m_editors.value(index); }
    int visibleCount() const;
    QPushButton *addButton() const { return m_add; }

private:
    void load();
    void addAction();
    void removeAction(int index);
    void moveAction(int index, int delta);
    void setRank(int index, const QString &rank);

    ComposerDocument *m_document = nullptr;
    QList<ActionEditor *> m_editors;
    QPushButton *m_add = nullptr;
    QLabel *m_addReason = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace soip
