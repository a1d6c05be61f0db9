#pragma once

#include "campaign/recipientsource.h"
#include "model/message.h"

#include <QObject>
#include <QString>

#include <functional>

namespace soip {

// The one source of truth of the composer: the message being edited, its file and whether it has
// unsaved changes. Editors write into it; the preview, the validator and the autosaver react to
// changed(). Editors never talk to each other.
class ComposerDocument final : public QObject {
    Q_OBJECT

public:
    explicit ComposerDocument(QObject *parent = nullptr);

    // What File > New starts with: a CTA card, the type most users come for.
    static Message blankMessage();

    const Message &message() const { return m_message; }

    // Applies one edit. Emits changed() (and marks the document modified) only if the message
    // actually changed, so an editor that writes back what it shows causes no loop.
    void edit(const std::function<void(Message &)> &change);

    // Replaces the whole message (New, Open, restore). Emits replaced() and changed(); editors
    // reload their widgets on replaced(), not on changed().
    void reset(const Message &message, const QString &filePath = {}, bool modified = false);

    // A campaign's spreadsheet: while one is set, the recipients are its rows (the message's `to`
    // is not used) and the draft is saved as a campaign file. Undone like any edit: modified.
    const RecipientSource &recipientSource() const { return m_recipients; }
    void setRecipientSource(const RecipientSource &source);
    bool isCampaign() const { return !m_recipients.isEmpty(); }
    // Replaces the message and the spreadsheet together (opening a campaign, a restore).
    void reset(const Message &message, const RecipientSource &source, const QString &filePath, bool modified);

    // The recipients as the person typed them (the message's `to` holds them normalised, e.g.
    // "+919812345678" for "919812345678"), so an autosave brings back what was on screen. Set by
    // the recipients editor with each edit; reset() clears it unless given.
    const QString &recipientsText() const { return m_recipientsText; }
    void setRecipientsText(const QString &text) { m_recipientsText = text; }
    // A restore: the message, its spreadsheet and the recipients as they were typed.
    void restore(const Message &message, const RecipientSource &source, const QString &filePath, bool modified,
                 const QString &recipientsText);

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &filePath);
    bool isModified() const { return m_modified; }
    void setModified(bool modified);

signals:
    void changed();
    // After changed(), when it came from edit(): someone typed or chose something, as opposed to
    // a whole new message from reset().
    void edited();
    void replaced();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &filePath);
    // The spreadsheet was chosen, changed or removed (also from reset()).
    void recipientSourceChanged();

private:
    Message m_message;
    RecipientSource m_recipients;
    QString m_filePath;
    QString m_recipientsText;
    bool m_modified = false;
};

} // namespace soip
