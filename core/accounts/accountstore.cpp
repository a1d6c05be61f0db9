#include "accountstore.h"

#include "settings/settings.h"

#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace soip {

namespace {
const QString kGroup = QString::fromLatin1(Settings::accountsGroup);

QString kindToString(AccountKind kind)
{
    return kind == AccountKind::Sandbox ? u"sandbox"_s : u"kaleyra"_s;
}
} // namespace

AccountStore::AccountStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{}

QList<Account> AccountStore::accounts() const
{
    QList<Account> list;
    const int count = m_settings->beginReadArray(kGroup);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        Account account;
        account.id = m_settings->value(u"id"_s).toString();
        account.name = m_settings->value(u"name"_s).toString();
        account.sid = m_settings->value(u"sid"_s).toString();
        account.baseUrl = QUrl(m_settings->value(u"baseUrl"_s).toString());
        account.defaultSender = m_settings->value(u"defaultSender"_s).toString();
        account.defaultRoute = m_settings->value(u"defaultRoute"_s).toString();
        account.defaultCallbackProfileId = m_settings->value(u"defaultCallbackProfileId"_s).toString();
        account.kind =
            m_settings->value(u"kind"_s).toString() == u"sandbox"_s ? AccountKind::Sandbox : AccountKind::Kaleyra;
        if (!account.id.isEmpty())
            list.append(account);
    }
    m_settings->endArray();
    return list;
}

std::optional<Account> AccountStore::find(const QString &name) const
{
    for (const Account &account : accounts()) {
        if (account.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return account;
    }
    return std::nullopt;
}

std::optional<Account> AccountStore::findById(const QString &id) const
{
    for (const Account &account : accounts()) {
        if (account.id == id)
            return account;
    }
    return std::nullopt;
}

std::optional<Account> AccountStore::save(const Account &account, QString *error)
{
    Account saved = account;
    saved.name = saved.name.trimmed();
    saved.sid = saved.sid.trimmed();
    const QStringList problems = saved.problems();
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(u' ');
        return std::nullopt;
    }
    if (saved.id.isEmpty())
        saved.id = QUuid::createUuid().toString(QUuid::WithoutBraces);

    QList<Account> list = accounts();
    const bool nameTaken = std::any_of(list.cbegin(), list.cend(), [&](const Account &other) {
        return other.id != saved.id && other.name.compare(saved.name, Qt::CaseInsensitive) == 0;
    });
    if (nameTaken) {
        if (error)
            *error = tr("There is already an account named \"%1\".").arg(saved.name);
        return std::nullopt;
    }
    auto existing = std::find_if(list.begin(), list.end(), [&](const Account &a) { return a.id == saved.id; });
    if (existing != list.end())
        *existing = saved;
    else
        list.append(saved);
    write(list);
    return saved;
}

bool AccountStore::remove(const QString &id)
{
    QList<Account> list = accounts();
    const auto removed = list.removeIf([&](const Account &a) { return a.id == id; });
    if (removed == 0)
        return false;
    write(list);
    if (defaultAccountId() == id)
        setDefaultAccountId({});
    return true;
}

QString AccountStore::defaultAccountId() const
{
    return Settings::defaultAccountId.value(*m_settings);
}

void AccountStore::setDefaultAccountId(const QString &id)
{
    if (id == defaultAccountId())
        return;
    if (id.isEmpty())
        Settings::defaultAccountId.remove(*m_settings);
    else
        Settings::defaultAccountId.setValue(*m_settings, id);
    m_settings->sync();
    emit changed();
}

void AccountStore::write(const QList<Account> &list)
{
    m_settings->remove(kGroup);
    m_settings->beginWriteArray(kGroup, int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const Account &account = list.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(u"id"_s, account.id);
        m_settings->setValue(u"name"_s, account.name);
        m_settings->setValue(u"sid"_s, account.sid);
        m_settings->setValue(u"baseUrl"_s, account.baseUrl.toString());
        m_settings->setValue(u"defaultSender"_s, account.defaultSender);
        m_settings->setValue(u"defaultRoute"_s, account.defaultRoute);
        m_settings->setValue(u"defaultCallbackProfileId"_s, account.defaultCallbackProfileId);
        m_settings->setValue(u"kind"_s, kindToString(account.kind));
    }
    m_settings->endArray();
    m_settings->sync();
    emit changed();
}

} // namespace soip
