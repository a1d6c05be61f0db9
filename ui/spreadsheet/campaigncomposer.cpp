#include "campaigncomposer.h"

#include "campaign/campaignquestions.h"
#include "campaigndraft.h"
#include "composer/composerdocument.h"
#include "editors/composerform.h"
#include "editors/recipientseditor.h"
#include "editors/richmediaeditor.h"
#include "placeholderassist.h"
#include "preview/campaignlayoutscan.h"
#include "preview/comparedock.h"
#include "recipientimportdialog.h"
#include "rowpicker.h"
#include "settings/settings.h"
#include "json/messagecodec.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace soip {

CampaignComposer::CampaignComposer(ComposerDocument *document, ComposerForm *form, QWidget *rowPickerParent,
                                   QWidget *dialogParent)
    : QObject(dialogParent)
    , m_document(document)
    , m_form(form)
    , m_dialogParent(dialogParent)
    , m_draft(new CampaignDraft(document, this))
    , m_placeholders(new PlaceholderAssist(form))
    , m_rowPicker(new RowPicker(m_draft, rowPickerParent))
{
    connect(form->recipientsEditor(), &RecipientsEditor::fromFileRequested, this, &CampaignComposer::chooseFile);
    connect(form->recipientsEditor(), &RecipientsEditor::typeNumbersRequested, this,
            &CampaignComposer::typeNumbersInstead);
    // The media check looks at the address of the row shown, not at "{{image}}".
    RichMediaEditor *media = form->richMediaEditor();
    media->setShownMessage([this](const Message &message) { return shownMessage(message); });
    connect(this, &CampaignComposer::shownChanged, media, &RichMediaEditor::shownChanged);
    connect(m_draft, &CampaignDraft::spreadsheetChanged, this, [this] {
        m_placeholders->setColumns(m_draft->columns());
        updateSummary();
        emit shownChanged();
        emit issuesChanged();
    });
    connect(m_draft, &CampaignDraft::planChanged, this, [this, media] {
        media->shownChanged(); // the template was compiled again
        updateSummary();
        emit issuesChanged();
    });
    connect(m_draft, &CampaignDraft::busyChanged, this, [this] {
        updateSummary();
        emit issuesChanged(); // Send waits while the rows are checked
    });
    connect(m_draft, &CampaignDraft::currentRowChanged, this, &CampaignComposer::shownChanged);
    connect(m_draft, &CampaignDraft::layoutChecked, this, [this] {
        updateLongestRows();
        emit issuesChanged();
    });
    // The longest rows follow the template as it is typed, between two checks.
    connect(m_draft, &CampaignDraft::planChanged, this, &CampaignComposer::updateLongestRows);
    connect(m_draft, &CampaignDraft::spreadsheetChanged, this, &CampaignComposer::updateLongestRows);
}

void CampaignComposer::useCompare(CompareDock *compare)
{
    m_compare = compare;
    // The window checks the row shown again on issuesChanged, a campaign or not.
    const auto targets = [this, compare] {
        m_draft->setLayoutTargets(compare->layoutTargets());
        emit issuesChanged();
    };
    connect(compare, &CompareDock::selectionChanged, this, targets);
    m_draft->setLayoutTargets(compare->layoutTargets());
    updateLongestRows();
}

void CampaignComposer::updateLongestRows()
{
    if (!m_compare)
        return;
    QList<ContactSheet::Sample> rows;
    const Message templateMessage = m_document->message().withOnlyFieldsOfType();
    for (const qsizetype row : m_draft->longestRows()) {
        if (!isActive() || row >= m_draft->rowCount())
            break;
        const Message message = m_draft->rowMessage(templateMessage, row);
        rows.append({tr("Row %1, %Ln character(s)", nullptr, int(CampaignLayoutScan::shownLength(message)))
                         .arg(m_draft->spreadsheet().table->sheetRow(row)),
                     message});
    }
    m_compare->setLongestRows(rows);
}

bool CampaignComposer::isActive() const
{
    return m_draft->isActive();
}

Message CampaignComposer::shownMessage(const Message &templateMessage) const
{
    return isActive() ? m_draft->currentRowMessage(templateMessage) : templateMessage;
}

QList<Issue> CampaignComposer::issues() const
{
    return m_draft->issues();
}

QString CampaignComposer::blocker() const
{
    if (!isActive())
        return {};
    if (m_draft->isLoading())
        return tr("The spreadsheet is still being read.");
    if (m_draft->isPlanning())
        return tr("Every row is still being checked.");
    return {};
}

CampaignLaunch CampaignComposer::launch(const Account &account) const
{
    const Message message = m_document->message().withOnlyFieldsOfType();
    CampaignLaunch launch;
    const QString file =
        m_document->filePath().isEmpty() ? m_document->recipientSource().path : m_document->filePath();
    launch.name = !message.campaignName.trimmed().isEmpty() ? message.campaignName.trimmed()
                                                            : QFileInfo(file).completeBaseName();
    launch.account = account;
    launch.templateJson = MessageCodec::toJson(message);
    launch.templateJson.remove(QStringLiteral("to"));
    launch.sourcePath = m_draft->spreadsheet().source.path;
    launch.sourceSha256 = m_draft->spreadsheet().source.sha256;
    launch.plan = m_draft->plan();
    return launch;
}

bool CampaignComposer::isSpreadsheetPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"csv" || suffix == u"xlsx" || suffix == u"tsv" || suffix == u"txt";
}

QString CampaignComposer::spreadsheetOfDrop(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && isSpreadsheetPath(url.toLocalFile()))
            return url.toLocalFile();
    }
    return {};
}

void CampaignComposer::chooseFile()
{
    QString path;
    if (m_chooser) {
        path = m_chooser();
    } else {
        const QString dir = Settings::lastDirectory.value();
        path = QFileDialog::getOpenFileName(m_dialogParent, tr("Recipients from a file"),
                                            dir.isEmpty() ? QDir::homePath() : dir,
                                            tr("Spreadsheets (*.csv *.xlsx *.tsv *.txt);;All files (*)"));
    }
    if (!path.isEmpty())
        importFile(path);
}

void CampaignComposer::typeNumbersInstead()
{
    const QString name = QFileInfo(m_document->recipientSource().path).fileName();
    if (!CampaignQuestions::ask(
            m_dialogParent,
            {QMessageBox::Question, tr("Type numbers instead"), tr("Stop sending to the rows of %1?").arg(name),
             tr("The message goes to the numbers typed under Recipients instead. The spreadsheet itself is not "
                "changed; From a file… takes it again."),
             "campaignTypeNumbersMessageBox", tr("&Type numbers instead"), "campaignTypeNumbersPushButton",
             tr("&Keep the spreadsheet"), "campaignKeepSpreadsheetPushButton"}))
        return;
    m_document->setRecipientSource({});
    m_form->recipientsEditor()->setFocus(); // the typed numbers, where the person goes on
}

void CampaignComposer::importFile(const QString &path)
{
    if (m_dialog)
        m_dialog->close();
    RecipientSource source;
    source.path = QFileInfo(path).absoluteFilePath();
    // Choosing the same file again keeps how it was read.
    if (m_document->recipientSource().path == source.path)
        source = m_document->recipientSource();
    m_dialog = new RecipientImportDialog(source, m_dialogParent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, dialog = m_dialog] {
        if (!dialog)
            return;
        Settings::lastDirectory.setValue(QFileInfo(dialog->spreadsheet().source.path).absolutePath());
        m_draft->useSpreadsheet(dialog->spreadsheet());
        emit statusMessage(tr("%Ln recipient(s) from %1", nullptr, int(dialog->spreadsheet().numbers.valid))
                               .arg(QFileInfo(dialog->spreadsheet().source.path).fileName()),
                           5000);
    });
    // Window-modal and not exec(): the window keeps painting while a large file is read.
    m_dialog->open();
}

void CampaignComposer::updateSummary()
{
    RecipientsEditor *editor = m_form->recipientsEditor();
    if (!isActive())
        return;
    const QString name = QFileInfo(m_document->recipientSource().path).fileName();
    if (m_draft->isLoading()) {
        editor->showCampaignSummary(tr("Reading %1…").arg(name));
        return;
    }
    const Spreadsheet &sheet = m_draft->spreadsheet();
    if (!sheet.isLoaded()) {
        editor->showCampaignSummary(tr("%1 cannot be read.").arg(name));
        return;
    }
    QString text = tr("%Ln recipient(s) from %1", nullptr, int(sheet.numbers.valid)).arg(name);
    QStringList notes;
    if (!sheet.numbers.invalid.isEmpty())
        notes.append(tr("%Ln invalid", nullptr, int(sheet.numbers.invalid.size())));
    if (!sheet.numbers.duplicates.isEmpty())
        notes.append(tr("%Ln listed twice", nullptr, int(sheet.numbers.duplicates.size())));
    if (!notes.isEmpty())
        text += QStringLiteral(" (") + notes.join(QStringLiteral(", ")) + u')';
    text += u'\n' + tr("Phone numbers in “%1”; the other columns can go into the message as {{column}}.")
                        .arg(sheet.phoneColumnName());
    editor->showCampaignSummary(text);
}

} // namespace soip
