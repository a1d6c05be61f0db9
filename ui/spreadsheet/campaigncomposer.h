#pragma once

#include "campaign/campaignexecution.h"
#include "model/message.h"
#include "recipientimportdialog.h"
#include "rowpicker.h"
#include "validation/issue.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QMimeData;
class QWidget;

namespace soip {

class CampaignDraft;
class CompareDock;
class ComposerDocument;
class ComposerForm;
class PlaceholderAssist;
class RecipientImportDialog;
class RowPicker;

// The composer's side of a campaign, hooked into the window with a few lines: "From a file…" and
// spreadsheets dropped on the window open the import dialog; the chosen rows become the document's
// recipients; the form's text fields take placeholders; the preview shows one row at a time.
class CampaignComposer final : public QObject {
    Q_OBJECT

public:
    // `document` and `form` are not owned; the row picker is made as a child of `rowPickerParent`.
    CampaignComposer(ComposerDocument *document, ComposerForm *form, QWidget *rowPickerParent,
                     QWidget *dialogParent);

    CampaignDraft *draft() const { return m_draft; }
    RowPicker *rowPicker() const { return m_rowPicker; }
    PlaceholderAssist *placeholders() const { return m_placeholders; }
    bool isActive() const;

    // What the preview and the compare view show: the template for the current row.
    Message shownMessage(const Message &templateMessage) const;
    // The problems of every row, grouped, replacing the validator's verdict on the template.
    QList<Issue> issues() const;
    // Why Send must wait (the file is read or the rows checked); empty when it need not.
    QString blocker() const;

    // What Send hands to the campaign run: the template as it is now, the rows as planned, the
    // spreadsheet's checksum as read. The name is the message's campaign name, else the file's.
    CampaignLaunch launch(const Account &account) const;

    // The layout checks of every row look at the phones and font sizes chosen in `compare`, which
    // can show the rows with the most text ("Longest rows").
    void useCompare(CompareDock *compare);

    // Asks for a spreadsheet, then opens the import dialog with it.
    void chooseFile();
    // "Type numbers instead": asks, then lets go of the spreadsheet (found by hand: one click
    // dropped a 40,000-row campaign with no way back but choosing the file again).
    void typeNumbersInstead();
    // Opens the import dialog for `path` (a file dropped, chosen, or a test's).
    void importFile(const QString &path);
    RecipientImportDialog *importDialog() const { return m_dialog; }
    // Instead of the file dialog (tests): returns the path chosen, or empty.
    void setFileChooser(std::function<QString()> chooser) { m_chooser = std::move(chooser); }

    // The first CSV or Excel file among `mime`'s files, or empty.
    static QString spreadsheetOfDrop(const QMimeData *mime);
    static bool isSpreadsheetPath(const QString &path);

signals:
    // The preview's message or the problems changed (another row, a new plan).
    void shownChanged();
    void issuesChanged();
    void statusMessage(const QString &text, int timeoutMs);

private:
    void updateSummary();
    void updateLongestRows();

    ComposerDocument *m_document = nullptr;
    ComposerForm *m_form = nullptr;
    QWidget *m_dialogParent = nullptr;
    CampaignDraft *m_draft = nullptr;
    PlaceholderAssist *m_placeholders = nullptr;
    RowPicker *m_rowPicker = nullptr;
    QPointer<RecipientImportDialog> m_dialog;
    QPointer<CompareDock> m_compare;
    std::function<QString()> m_chooser;
};

} // namespace soip
