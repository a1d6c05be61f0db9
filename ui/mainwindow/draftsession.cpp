#include "draftsession.h"

#include "campaign/campaignfile.h"
#include "composer/autosaver.h"
#include "composer/composerdocument.h"
#include "composer/draftfile.h"
#include "composer/recentfiles.h"
#include "model/suggestedfilename.h"
#include "settings/settings.h"
#include "windowactions.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>

namespace soip {

namespace {

QString openFilter()
{
    return DraftSession::tr("SOIP drafts and campaigns (*.json *.%1);;All files (*)")
        .arg(CampaignFile::extension());
}

QString draftFilter()
{
    return DraftSession::tr("SOIP drafts (*.json);;All files (*)");
}

QString campaignFilter()
{
    return DraftSession::tr("SOIP campaigns (*.%1)").arg(CampaignFile::extension());
}

// `path` with `suffix` (no dot) in place of whatever it ends in.
QString withSuffix(const QString &path, const QString &suffix)
{
    const QFileInfo info(path);
    return info.path() + u'/' + info.completeBaseName() + u'.' + suffix;
}

QString displayName(const QString &path)
{
    return path.isEmpty() ? DraftSession::tr("Untitled") : QFileInfo(path).fileName();
}

} // namespace

DraftSession::DraftSession(ComposerDocument *document, const QString &autosaveDirectory, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_document(document)
    , m_dialogParent(dialogParent)
    , m_autosaver(new Autosaver(document, autosaveDirectory, this))
    , m_recentFiles(new RecentFiles(this))
    , m_blank(&ComposerDocument::blankMessage)
{
    connect(m_autosaver, &Autosaver::failed, this, &DraftSession::warnNotAutosaved);
    connect(m_autosaver, &Autosaver::recovered, this, &DraftSession::autosaveRecovered);
}

void DraftSession::warnNotAutosaved(const QString &reason)
{
    // Not modal and not taking the focus: the failure comes while the person types, the draft on
    // screen is still theirs to save, and the warning goes by itself once a write succeeds again.
    if (!m_autosaveWarning) {
        m_autosaveWarning = new QMessageBox(QMessageBox::Warning, tr("Autosave failed"),
                                            tr("Your work is not being autosaved. Save it to a file to keep it."),
                                            QMessageBox::Ok, m_dialogParent);
        m_autosaveWarning->setObjectName(QStringLiteral("autosaveFailedMessageBox"));
        m_autosaveWarning->setWindowModality(Qt::NonModal);
        m_autosaveWarning->setAttribute(Qt::WA_DeleteOnClose);
        m_autosaveWarning->setAttribute(Qt::WA_ShowWithoutActivating);
    }
    m_autosaveWarning->setInformativeText(reason);
    m_autosaveWarning->show();
    emit statusMessage(tr("Not autosaved: %1").arg(reason), 0);
}

void DraftSession::autosaveRecovered()
{
    if (m_autosaveWarning)
        m_autosaveWarning->close();
    emit statusMessage(tr("Autosave works again: your work is being kept."), 8000);
}

void DraftSession::connectActions(const WindowActions &actions)
{
    connect(actions.newDraft, &QAction::triggered, this, &DraftSession::newDraft);
    connect(actions.open, &QAction::triggered, this, &DraftSession::openWithDialog);
    connect(actions.save, &QAction::triggered, this, &DraftSession::save);
    connect(actions.saveAs, &QAction::triggered, this, &DraftSession::saveAs);
    connect(actions.exportTemplate, &QAction::triggered, this, &DraftSession::exportTemplate);
}

QString DraftSession::draftOfDrop(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && (url.toLocalFile().endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) ||
                                  DraftFile::isCampaignPath(url.toLocalFile())))
            return url.toLocalFile();
    }
    return {};
}

bool DraftSession::maybeSave()
{
    if (!m_document->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("“%1” has changes that are not saved.").arg(displayName(m_document->filePath())),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_dialogParent);
    box.setObjectName(QStringLiteral("unsavedChangesMessageBox"));
    box.setInformativeText(tr("Do you want to save them first?"));
    box.setDefaultButton(QMessageBox::Save);
    box.button(QMessageBox::Discard)->setText(tr("&Don’t save"));
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        m_autosaver->discard();
        return true;
    default:
        return false;
    }
}

bool DraftSession::newDraft()
{
    if (!maybeSave())
        return false;
    m_fileIssues.clear();
    m_document->reset(m_blank());
    m_autosaver->discard();
    return true;
}

bool DraftSession::openFile(const QString &path)
{
    return maybeSave() && loadFile(path);
}

bool DraftSession::openAsNewDraft(const Message &message)
{
    if (!maybeSave())
        return false;
    m_fileIssues.clear();
    m_document->reset(message, {}, true);
    emit draftLoaded(false);
    emit statusMessage(tr("A copy of the sent message is open as a new draft."), 5000);
    return true;
}

bool DraftSession::openWithDialog()
{
    if (!maybeSave())
        return false;
    const QString dir = Settings::lastDirectory.value();
    const QString path = QFileDialog::getOpenFileName(m_dialogParent, tr("Open draft"),
                                                      dir.isEmpty() ? QDir::homePath() : dir, openFilter());
    return !path.isEmpty() && loadFile(path);
}

bool DraftSession::loadFile(const QString &path)
{
    const DraftFile::Opened opened = DraftFile::open(path);
    const ReadResult &read = opened.read;
    if (!read.readable) {
        QMessageBox box(QMessageBox::Critical, tr("Cannot open draft"),
                        tr("“%1” cannot be opened as a SOIP message.").arg(QFileInfo(path).fileName()),
                        QMessageBox::Ok, m_dialogParent);
        box.setObjectName(QStringLiteral("openErrorMessageBox"));
        box.setInformativeText(read.error);
        box.exec();
        if (!QFileInfo::exists(path))
            m_recentFiles->remove(path);
        return false;
    }
    m_fileIssues = read.issues;
    m_document->reset(read.message, opened.recipients, QFileInfo(path).absoluteFilePath(), false);
    m_recentFiles->add(path);
    rememberDirectory(path);
    emit draftLoaded(!read.issues.isEmpty());
    if (!read.issues.isEmpty())
        emit statusMessage(tr("Opened %1; some values in the file have the wrong type, see Problems.")
                               .arg(QFileInfo(path).fileName()),
                           0);
    else
        emit statusMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

bool DraftSession::save()
{
    const QString path = m_document->filePath();
    // A spreadsheet added to a plain draft (or removed from a campaign) needs the other kind of
    // file; writing the old one would lose it silently.
    if (path.isEmpty() || DraftFile::isCampaignPath(path) != m_document->isCampaign())
        return saveAs();
    return saveTo(path);
}

bool DraftSession::saveAs()
{
    const bool campaign = m_document->isCampaign();
    const QString suffix = campaign ? CampaignFile::extension() : QStringLiteral("json");
    QString suggestion = m_document->filePath();
    if (suggestion.isEmpty()) {
        const QString dir = Settings::lastDirectory.value();
        suggestion =
            (dir.isEmpty() ? QDir::homePath() : dir) + u'/' + SuggestedFileName::forMessage(m_document->message());
    }
    // A campaign is never written over a plain draft's name, and the other way round.
    if (QFileInfo(suggestion).suffix() != suffix)
        suggestion = withSuffix(suggestion, suffix);
    QString path = QFileDialog::getSaveFileName(m_dialogParent, campaign ? tr("Save campaign") : tr("Save draft"),
                                                suggestion, campaign ? campaignFilter() : draftFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty() || (campaign && !DraftFile::isCampaignPath(path)))
        path += u'.' + suffix;
    return saveTo(path);
}

bool DraftSession::saveTo(const QString &path)
{
    QString error;
    // A campaign's spreadsheet is only kept by a campaign file; Save As chose one (saveAs above).
    const RecipientSource recipients =
        DraftFile::isCampaignPath(path) ? m_document->recipientSource() : RecipientSource();
    if (!DraftFile::save(m_document->message(), recipients, path, &error)) {
        QMessageBox box(QMessageBox::Critical, tr("Cannot save draft"), error, QMessageBox::Ok, m_dialogParent);
        box.setObjectName(QStringLiteral("saveErrorMessageBox"));
        box.setInformativeText(tr("Your work is still on screen and autosaved. Try another folder with Save As."));
        box.exec();
        return false;
    }
    m_document->setFilePath(QFileInfo(path).absoluteFilePath());
    m_document->setModified(false);
    m_recentFiles->add(path);
    rememberDirectory(path);
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool DraftSession::exportTemplate()
{
    const QString dir = Settings::lastDirectory.value();
    const QString suggestion =
        (dir.isEmpty() ? QDir::homePath() : dir) + u'/' + SuggestedFileName::forMessage(m_document->message());
    QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Export template"),
                                                withSuffix(suggestion, QStringLiteral("json")), draftFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    QString error;
    if (!DraftFile::save(m_document->message(), path, &error)) {
        QMessageBox box(QMessageBox::Critical, tr("Cannot export template"), error, QMessageBox::Ok,
                        m_dialogParent);
        box.setObjectName(QStringLiteral("exportErrorMessageBox"));
        box.exec();
        return false;
    }
    emit statusMessage(tr("Exported the template to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void DraftSession::rememberDirectory(const QString &path)
{
    Settings::lastDirectory.setValue(QFileInfo(path).absolutePath());
}

bool DraftSession::offerRestore()
{
    bool restored = false;
    for (const AutosaveStore::Orphan &orphan : m_autosaver->store().orphans()) {
        const AutosaveSnapshot &snapshot = orphan.snapshot;
        const QString name =
            snapshot.filePath.isEmpty() ? tr("an unsaved message") : QFileInfo(snapshot.filePath).fileName();
        QMessageBox box(
            QMessageBox::Question, tr("Restore your work?"),
            tr("SOIP Composer did not close properly last time. Restore %1 as it was on screen?").arg(name),
            QMessageBox::NoButton, m_dialogParent);
        box.setObjectName(QStringLiteral("restoreMessageBox"));
        box.setInformativeText(tr("Last autosaved %1.")
                                   .arg(QLocale().toString(snapshot.savedAt.toLocalTime(), QLocale::ShortFormat)));
        QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
        restore->setObjectName(QStringLiteral("restorePushButton"));
        QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        discard->setObjectName(QStringLiteral("discardPushButton"));
        QPushButton *later = box.addButton(tr("&Later"), QMessageBox::RejectRole);
        later->setObjectName(QStringLiteral("laterPushButton"));
        later->setToolTip(tr("Keep the autosave and ask again next time"));
        box.setDefaultButton(restore);
        box.setEscapeButton(later);
        // Restoring replaces what is on screen, so only one autosave can be restored at a time.
        restore->setEnabled(!restored);
        box.exec();
        if (box.clickedButton() == restore) {
            restoreSnapshot(snapshot);
            // Our own autosave now holds it; only then drop the old one.
            m_autosaver->flush();
            AutosaveStore::removeOrphan(orphan.path);
            restored = true;
        } else if (box.clickedButton() == discard) {
            AutosaveStore::removeOrphan(orphan.path);
        }
    }
    return restored;
}

void DraftSession::restoreSnapshot(const AutosaveSnapshot &snapshot)
{
    m_fileIssues.clear();
    m_document->restore(snapshot.message, snapshot.recipients, snapshot.filePath, snapshot.modified,
                        snapshot.recipientsText);
    // Which fields were edited before the crash is not known: show every mark, as for a file.
    emit draftLoaded(false);
    emit statusMessage(tr("Restored your work from the autosave."), 5000);
}

void DraftSession::closeCleanly()
{
    m_autosaver->discard();
}

} // namespace soip
