#pragma once

#include <QWidget>

class QFormLayout;
class QLineEdit;

namespace soip {

class ComposerDocument;
class TitlesEditor;

// The card's heading fields (RMC and CTA): titles, category, sub-category and, for CTA, core entity.
class CardEditor final : public QWidget {
    Q_OBJECT

public:
    explicit CardEditor(ComposerDocument *document, QWidget *parent = nullptr);

    TitlesEditor *titlesEditor() const { return m_titles; }
    QLineEdit *categoryLineEdit() const { return m_category; }
    QLineEdit *subCategoryLineEdit() const { return m_subCategory; }
    QLineEdit *coreEntityLineEdit() const { return m_coreEntity; }

    void setCoreEntityVisible(bool visible);

private:
    void load();

    ComposerDocument *m_document = nullptr;
    QFormLayout *m_form = nullptr;
    TitlesEditor *m_titles = nullptr;
    QLineEdit *m_category = nullptr;
    QLineEdit *m_subCategory = nullptr;
    QLineEdit *m_coreEntity = nullptr;
    bool m_loading = false;
};

} // namespace soip
