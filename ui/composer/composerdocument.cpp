#include "composerdocument.h"

namespace soip {

ComposerDocument::ComposerDocument(QObject *parent)
    : QObject(parent)
    , m_message(blankMessage())
{}

Message ComposerDocument::blankMessage()
{
    Message message;
    message.type = QStringLiteral("CTA");
    return message;
}

void ComposerDocument::edit(const std::function<void(Message &)> &change)
{
    Message next = m_message;
    change(next);
    if (next == m_message)
        return;
    m_message = std::move(next);
    setModified(true);
    emit changed();
    emit edited();
}

void ComposerDocument::reset(const Message &message, const QString &filePath, bool modified)
{
    reset(message, {}, filePath, modified);
}

void ComposerDocument::reset(const Message &message, const RecipientSource &source, const QString &filePath,
                             bool modified)
{
    restore(message, source, filePath, modified, {});
}

void ComposerDocument::restore(const Message &message, const RecipientSource &source, const QString &filePath,
                               bool modified, const QString &recipientsText)
{
    m_message = message;
    m_recipientsText = recipientsText;
    const bool sourceChanged = source != m_recipients;
    m_recipients = source;
    setFilePath(filePath);
    setModified(modified);
    if (sourceChanged)
        emit recipientSourceChanged();
    emit replaced();
    emit changed();
}

void ComposerDocument::setRecipientSource(const RecipientSource &source)
{
    if (source == m_recipients)
        return;
    m_recipients = source;
    setModified(true);
    emit recipientSourceChanged();
    emit changed();
    emit edited();
}

void ComposerDocument::setFilePath(const QString &filePath)
{
    if (filePath == m_filePath)
        return;
    m_filePath = filePath;
    emit filePathChanged(m_filePath);
}

void ComposerDocument::setModified(bool modified)
{
    if (modified == m_modified)
        return;
    m_modified = modified;
    emit modifiedChanged(m_modified);
}

} // namespace soip
