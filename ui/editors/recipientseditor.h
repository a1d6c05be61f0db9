#pragma once

#include "recipients/recipient.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace soip {

class ComposerDocument;

// The `to` field as a person fills it: paste a list (commas, spaces, new lines, a spreadsheet
// column), see each number normalised and marked valid or not, a count, and remove duplicates.
// Valid numbers go into the message in E.164 form, invalid ones as typed (RecipientList::toField).
class RecipientsEditor final : public QWidget {
    Q_OBJECT

public:
    // Showing more rows than this makes the form slow and helps nobody; the count still covers all.
    static constexpr int kMaxListedRecipients = 500;

    explicit RecipientsEditor(ComposerDocument *document, QWidget *parent = nullptr);

    QPlainTextEdit *textEdit() const { return m_text; }
    QLabel *summaryLabel() const { return m_summary; }
    QListWidget *listWidget() const { return m_list; }
    QPushButton *removeDuplicatesButton() const { return m_removeDuplicates; }
    QPushButton *fromFileButton() const { return m_fromFile; }
    QLabel *campaignLabel() const { return m_campaignLabel; }
    QPushButton *typeNumbersButton() const { return m_removeFile; }

    // While the document has a spreadsheet: what it holds ("40,000 recipients from customers.xlsx",
    // the invalid and repeated numbers), shown instead of the list of typed numbers.
    void showCampaignSummary(const QString &text);

signals:
    // "From a file…" or "Change…": the window asks for a spreadsheet.
    void fromFileRequested();
    // "Type numbers instead": the window asks before it lets go of the spreadsheet.
    void typeNumbersRequested();

private:
    void load();
    void onTextChanged();
    void apply();
    void showRecipients(const QList<Recipient> &recipients);
    void removeDuplicates();
    void showMode();

    ComposerDocument *m_document = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_removeDuplicates = nullptr;
    QPushButton *m_fromFile = nullptr;
    QWidget *m_typed = nullptr;    // the typed numbers, their summary and list
    QWidget *m_campaign = nullptr; // the spreadsheet's summary and its buttons
    QLabel *m_campaignLabel = nullptr;
    QPushButton *m_changeFile = nullptr;
    QPushButton *m_removeFile = nullptr;
    QTimer *m_debounce = nullptr;
    bool m_loading = false;
};

} // namespace soip
