#include "senderidhistory.h"

#include "settings/settings.h"

namespace soip {

SenderIdHistory::SenderIdHistory(QObject *parent)
    : QObject(parent)
{}

QStringList SenderIdHistory::ids() const
{
    QStringList ids = m_accountSenders;
    for (const QString &id : Settings::rememberedSenderIds.value()) {
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

void SenderIdHistory::remember(const QString &senderId)
{
    const QString id = senderId.trimmed();
    if (id.isEmpty())
        return;
    QStringList remembered = Settings::rememberedSenderIds.value();
    if (remembered.value(0) == id)
        return;
    remembered.removeAll(id);
    remembered.prepend(id);
    while (remembered.size() > kMaxRemembered)
        remembered.removeLast();
    Settings::rememberedSenderIds.setValue(remembered);
    emit changed();
}

void SenderIdHistory::setAccountSenders(const QStringList &senderIds)
{
    QStringList ids;
    for (const QString &id : senderIds) {
        if (!id.trimmed().isEmpty() && !ids.contains(id.trimmed()))
            ids.append(id.trimmed());
    }
    if (ids == m_accountSenders)
        return;
    m_accountSenders = ids;
    emit changed();
}

} // namespace soip
