#pragma once

#include <QObject>
#include <QStringList>

namespace soip {

// The sender IDs offered in the composer: the accounts' default senders first, then the IDs the
// user sent with or typed before (kept in Settings::rememberedSenderIds, most recent first). The one
// owner of that list; whoever shows it listens to changed().
class SenderIdHistory final : public QObject {
    Q_OBJECT

public:
    explicit SenderIdHistory(QObject *parent = nullptr);

    // The accounts' default senders, then the remembered ones, each once.
    QStringList ids() const;
    // Puts `senderId` first in the remembered list (it was typed or sent with).
    void remember(const QString &senderId);
    // The default senders of the accounts there are now (not persisted: they come from the accounts).
    void setAccountSenders(const QStringList &senderIds);

    static constexpr int kMaxRemembered = 12;

signals:
    void changed();

private:
    QStringList m_accountSenders;
};

} // namespace soip
