#include "cardeditor.h"

#include "composer/composerdocument.h"
#include "markedfield.h"
#include "titleseditor.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace soip {

CardEditor::CardEditor(ComposerDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    m_titles = new TitlesEditor(document, this);
    m_titles->setObjectName(QStringLiteral("titlesEditor"));
    m_titles->setFocusProxy(m_titles->lineEdit(0));

    auto makeLine = [this](const QString &name, const QString &accessible, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_category =
        makeLine(QStringLiteral("categoryLineEdit"), tr("Category"), tr("Shown on the card, e.g. Offers"));
    m_subCategory = makeLine(QStringLiteral("subCategoryLineEdit"), tr("Sub-category"), tr("Optional"));
    m_coreEntity = makeLine(QStringLiteral("coreEntityLineEdit"), tr("Core entity"),
                            tr("The card's main subject, e.g. an order number"));

    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    auto *titlesLabel = new QLabel(tr("&Titles:"), this);
    titlesLabel->setBuddy(m_titles->lineEdit(0));
    m_form->addRow(titlesLabel, m_titles);
    m_form->addRow(tr("Cate&gory:"), new MarkedField(m_category, this));
    m_form->addRow(tr("Su&b-category:"), new MarkedField(m_subCategory, this));
    m_form->addRow(tr("Core entit&y:"), new MarkedField(m_coreEntity, this));

    auto bind = [this](QLineEdit *edit, QString Message::*field) {
        connect(edit, &QLineEdit::textChanged, this, [this, field](const QString &text) {
            if (!m_loading)
                m_document->edit([&](Message &m) { m.*field = text; });
        });
    };
    bind(m_category, &Message::category);
    bind(m_subCategory, &Message::subCategory);
    bind(m_coreEntity, &Message::coreEntity);
    connect(m_document, &ComposerDocument::replaced, this, &CardEditor::load);
    load();
}

void CardEditor::setCoreEntityVisible(bool visible)
{
    m_form->setRowVisible(3, visible);
}

void CardEditor::load()
{
    m_loading = true;
    const Message &m = m_document->message();
    if (m_category->text() != m.category)
        m_category->setText(m.category);
    if (m_subCategory->text() != m.subCategory)
        m_subCategory->setText(m.subCategory);
    if (m_coreEntity->text() != m.coreEntity)
        m_coreEntity->setText(m.coreEntity);
    m_loading = false;
}

} // namespace soip
