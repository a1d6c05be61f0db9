#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace soip {

class ComposerDocument;

// The message text, with a live "n / 4000" counter of the characters a person sees.
class BodyEditor final : public QWidget {
    Q_OBJECT

public:
    explicit BodyEditor(ComposerDocument *document, QWidget *parent = nullptr);

    QPlainTextEdit *textEdit() const { return m_text; }
    QLabel *counterLabel() const { return m_counter; }

private:
    void load();
    void write();
    void updateCounter();

    ComposerDocument *m_document = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_counter = nullptr;
    bool m_loading = false;
};

} // namespace soip
