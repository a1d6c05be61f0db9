#pragma once

#include "validation/issue.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QScrollArea>
#include <QSet>

class QComboBox;
class QGroupBox;
class QLabel;
class QNetworkAccessManager;

namespace soip {

class ActionsEditor;
class BodyEditor;
class CardEditor;
class ComposerDocument;
class MarkedField;
class RecipientsEditor;
class RichMediaEditor;
class SenderEditor;

// The whole message as a scrollable form: every editor, showing only the sections the message's
// type uses (hidden fields keep their values; Message::withOnlyFieldsOfType() drops them on save).
// The editors write into the document and reload on its replaced(); the form also maps validator
// paths to fields, to mark issues at their field and to focus a field from the problems list.
// A field's marks show once the user has edited it and moved on (or was taken to it from the
// problems list), so a new draft is not red all over before anything was typed.
//
// Object names (stable, for tests and accessibility tools):
//   composerForm, typeComboBox, typeHelpLabel
//   messageGroupBox, senderGroupBox, cardGroupBox, mediaGroupBox, bodyGroupBox, actionsGroupBox
//   recipientsTextEdit, recipientsSummaryLabel, recipientsListWidget, removeDuplicatesButton
//   senderComboBox, routeComboBox, routeHelpLabel, sourceLineEdit, campaignLineEdit, callbackProfileLineEdit
//   bodyTextEdit, bodyCounterLabel
//   titlesEditor, titleLineEdit0..3, titleUpButton0..3, titleDownButton0..3, titleRemoveButton0..3, addTitleButton
//   categoryLineEdit, subCategoryLineEdit, coreEntityLineEdit
//   mediaTypeComboBox, mediaUrlLineEdit, mediaCheckButton, mediaInfoLabel, mediaThumbnailLabel,
//   videoPreview (videoWidget, videoPlayButton, videoMuteButton, videoStatusLabel),
//   displayRatioComboBox, displayRatioReasonLabel, coverUrlLineEdit, coverInfoLabel, coverThumbnailLabel
//   actionsEmptyLabel, addActionButton, addActionReasonLabel
//   actionEditor0..3 (each made when the card first has that many buttons), each holding:
//     actionTypeComboBox, actionRankComboBox, actionLabelLineEdit, actionLabelCounterLabel,
//     actionUpButton, actionDownButton, actionRemoveButton, actionTargetStack,
//     actionUrlLineEdit, calendarDateEdit (its popup: calendarWidget), calendarTimeEdit,
//     calendarTitleLineEdit, calendarDescriptionLineEdit, addDeepLinkButton,
//     deepLinkRow0..n (one per app link), each holding: deepLinkHeadingLabel, deepLinkRemoveButton,
//       savedAppComboBox, saveAppButton, deepLinkActionComboBox, deepLinkPackageLineEdit,
//       deepLinkClassLineEdit, playStoreButton;
//     copyTextLineEdit, phoneLineEdit
//   issueLabel: the message under a marked field (inside that field's MarkedField)
class ComposerForm final : public QScrollArea {
    Q_OBJECT

public:
    static constexpr int kMinimumWidth = 380;
    explicit ComposerForm(ComposerDocument *document, QWidget *parent = nullptr);
    ~ComposerForm() override;

    // The app's one network manager, used by the media "Check".
    void setNetworkAccessManager(QNetworkAccessManager *manager);

    // The input a validator JSON path points at (`to`, `title[1]`, `rich_media[0].url`,
    // `actions[2].action_to.date`, `actions[3].deep_links[0].packageName`, ...). A path below a
    // field this form has no input for gives the nearest parent's input; nullptr for a path
    // outside the message's known fields.
    QWidget *widgetForPath(const QString &jsonPath) const;

    // Marks each issue at its field (icon, message, coloured border) if that field's marks are
    // shown, and removes earlier marks.
    void showIssues(const QList<Issue> &issues);
    // Shows every field's marks until the document is replaced: for a draft opened from a file,
    // and when the user tries to send.
    void revealAllIssues();
    // Scrolls to the field of `jsonPath`, shows its marks and gives it the keyboard focus.
    void focusPath(const QString &jsonPath);

    // Findings beyond the validator's rules, for the Problems list and the send confirmation
    // (the media check's, see MediaCheck); checkIssuesChanged() when they change.
    QList<Issue> checkIssues() const;

    RecipientsEditor *recipientsEditor() const { return m_recipients; }
    SenderEditor *senderEditor() const { return m_sender; }
    CardEditor *cardEditor() const { return m_card; }
    RichMediaEditor *richMediaEditor() const { return m_media; }
    BodyEditor *bodyEditor() const { return m_body; }
    ActionsEditor *actionsEditor() const { return m_actions; }
    QComboBox *typeComboBox() const { return m_type; }

signals:
    void checkIssuesChanged();

protected:
    // Tab follows the form's layout (TabRing); past its last control the window decides.
    bool focusNextPrevChild(bool next) override;
    // As wide as the fields need (never scrolled sideways: the splitter gives the room).
    QSize minimumSizeHint() const override;

private:
    void loadType();
    void updateSections();
    void alignLabels();
    void applyMarks();
    void forgetEdits();
    void noteEdit();
    void onFocusChanged(QWidget *now);
    // What marks are shown for: the MarkedField around `w`, or `w` itself outside any. Walks out
    // of popups too (a combo box's list, the calendar), which are windows of their own.
    static QWidget *fieldOf(QWidget *w);

    ComposerDocument *m_document = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_typeHelp = nullptr;
    QGroupBox *m_cardGroup = nullptr;
    QGroupBox *m_mediaGroup = nullptr;
    QGroupBox *m_actionsGroup = nullptr;
    RecipientsEditor *m_recipients = nullptr;
    SenderEditor *m_sender = nullptr;
    CardEditor *m_card = nullptr;
    RichMediaEditor *m_media = nullptr;
    BodyEditor *m_body = nullptr;
    ActionsEditor *m_actions = nullptr;
    // What showIssues() marked, to change only what differs on the next call (it runs on each edit).
    // Every input lives as long as the form, so plain pointers are safe.
    QHash<QWidget *, Severity> m_marks;
    QHash<MarkedField *, QList<Issue>> m_fieldIssues;
    // The issues of the last showIssues(), marked again when more fields are revealed.
    QList<Issue> m_issues;
    // The field (see fieldOf()) that had the focus when the user last edited, until the focus
    // leaves it; then its marks show, and stay shown until the document is replaced.
    QPointer<QWidget> m_editing;
    QSet<const QWidget *> m_revealed; // compared, never dereferenced
    bool m_revealAll = false;
    QMetaObject::Connection m_focusConnection;
    bool m_loading = false;
};

} // namespace soip
