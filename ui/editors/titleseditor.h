#pragma once

#include <QList>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QToolButton;

namespace soip {

class ComposerDocument;

// One to four card titles: a row each, with move up/down and remove, and "Add title".
class TitlesEditor final : public QWidget {
    Q_OBJECT

public:
    explicit TitlesEditor(ComposerDocument *document, QWidget *parent = nullptr);

    int visibleRowCount() const;
    QLineEdit *lineEdit(int row) const { return m_rows.value(row).edit; }
    QPushButton *addButton() const { return m_add; }

private:
    struct Row {
        QWidget *field = nullptr;
        QLineEdit *edit = nullptr;
        QToolButton *up = nullptr;
        QToolButton *down = nullptr;
        QToolButton *remove = nullptr;
    };

    void load();
    void writeRow(int row, const QString &text);
    void addTitle();
    void removeTitle(int row);
    void moveTitle(int row, int delta);

    ComposerDocument *m_document = nullptr;
    QList<Row> m_rows;
    QPushButton *m_add = nullptr;
    bool m_loading = false;
};

} // namespace soip
