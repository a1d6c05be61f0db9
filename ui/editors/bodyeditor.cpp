#include "bodyeditor.h"

#include "composer/composerdocument.h"
#include "markedfield.h"
#include "validation/textlength.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace soip {

BodyEditor::BodyEditor(ComposerDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("bodyTextEdit"));
    m_text->setAccessibleName(tr("Message text"));
    m_text->setPlaceholderText(tr("The text of the message, as the recipient will read it"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 5 + 12);

    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("bodyCounterLabel"));
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(new MarkedField(m_text, this));
    layout->addWidget(m_counter);

    connect(m_text, &QPlainTextEdit::textChanged, this, &BodyEditor::write);
    connect(m_text, &QPlainTextEdit::textChanged, this, &BodyEditor::updateCounter);
    connect(m_document, &ComposerDocument::replaced, this, &BodyEditor::load);
    load();
}

void BodyEditor::load()
{
    m_loading = true;
    if (m_text->toPlainText() != m_document->message().body)
        m_text->setPlainText(m_document->message().body);
    m_loading = false;
    updateCounter();
}

void BodyEditor::write()
{
    if (m_loading)
        return;
    const QString body = m_text->toPlainText();
    m_document->edit([&](Message &m) { m.body = body; });
}

void BodyEditor::updateCounter()
{
    const int count = int(visibleLength(m_text->toPlainText()));
    m_counter->setText(tr("%1 / %2").arg(count).arg(kMaxBodyLength));
    const bool over = count > kMaxBodyLength;
    m_counter->setAccessibleName(over ? tr("%1 characters, %2 over the limit of %3")
                                            .arg(count)
                                            .arg(count - kMaxBodyLength)
                                            .arg(kMaxBodyLength)
                                      : tr("%1 of %2 characters").arg(count).arg(kMaxBodyLength));
    QPalette pal = palette();
    if (over)
        pal.setColor(QPalette::WindowText, MarkedField::colorFor(Severity::Error, palette()));
    m_counter->setPalette(pal);
    QFont font = m_counter->font();
    font.setBold(over);
    m_counter->setFont(font);
}

} // namespace soip
