// The one send service the app and `soip` share: which account, where its key comes from (built-in
// sandbox, session key, keychain, KALEYRA_API_KEY only where allowed), and what a person is told
// when there is none.
#include "accounts/memorycredentialstore.h"
#include "net/sendservice.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace soip;
using namespace Qt::StringLiterals;

namespace {

Message textMessage()
{
    Message message;
    message.to = u"919876543210"_s;
    message.from = u"SNSOIP"_s;
    message.type = u"TXT"_s;
    message.body = u"Hello"_s;
    return message;
}

template <typename Job> auto outcomeOf(Job *job)
{
    using Outcome = std::decay_t<decltype(job->outcome())>;
    QSignalSpy spy(job, &Job::finished);
    if (!spy.wait(10000))
        return Outcome();
    return spy.first().first().template value<Outcome>();
}

} // namespace

class TestSendService final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AccountStore> m_store;
    MemoryCredentialStore m_keys;
    QNetworkAccessManager m_network;
    SandboxServer m_sandbox;
    Account m_saved;

private slots:
    void initTestCase()
    {
        qRegisterMetaType<SendOutcome>();
        qRegisterMetaType<StatusOutcome>();
        QVERIFY(m_sandbox.listen());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_store = std::make_unique<AccountStore>(m_settings.get());
        Account account = m_sandbox.account();
        account.id.clear();
        account.name = u"QA"_s;
        account.kind = AccountKind::Kaleyra;
        m_saved = m_store->save(account).value();
    }
    void init() { qunsetenv(SendService::kEnvironmentKeyVariable); }

    void accountChoices()
    {
        SendService service(&m_network, m_store.get(), &m_keys);
        QCOMPARE(service.resolve({}).account->id, m_saved.id); // the only saved account
        AccountChoice byName;
        byName.name = u"qa"_s;
        QVERIFY(service.resolve(byName).saved);
        byName.name = u"nobody"_s;
        QCOMPARE(service.resolve(byName).problem, AccountChoice::Problem::NoSuchAccount);
        AccountChoice direct;
        direct.direct = true;
        QCOMPARE(service.resolve(direct).problem, AccountChoice::Problem::NoSid);
        direct.sid = u"HX1"_s;
        direct.baseUrl = QUrl(u"http://api.example.invalid"_s);
        const AccountChoice::Resolved insecure = service.resolve(direct);
        QCOMPARE(insecure.problem, AccountChoice::Problem::Invalid);
        QVERIFY(insecure.detail.contains(u"https"_s));
        direct.baseUrl = QUrl(u"https://api.kaleyra.io"_s);
        QVERIFY(service.resolve(direct).ok());
        QVERIFY(!service.resolve(direct).saved);
    }

    void theKeychainKeySends()
    {
        SendService service(&m_network, m_store.get(), &m_keys);
        QVERIFY(CredentialStore::wait(m_keys.writeKey(m_saved.credentialKey(), m_sandbox.apiKey())).ok());
        QCOMPARE(outcomeOf(service.send(m_saved, textMessage())).kind, SendOutcome::Kind::Accepted);
        QVERIFY(CredentialStore::wait(m_keys.removeKey(m_saved.credentialKey())).ok());
    }

    void noKeySaysSoForSendAndStatus()
    {
        SendService service(&m_network, m_store.get(), &m_keys);
        const SendOutcome sent = outcomeOf(service.send(m_saved, textMessage()));
        QCOMPARE(sent.notSentReason, SendOutcome::NotSentReason::MissingKey);
        QVERIFY2(sent.detail.contains(u"“QA”"_s), qPrintable(sent.detail));
        const StatusOutcome status = outcomeOf(service.queryStatus(m_saved, {u"k:0"_s}));
        QCOMPARE(status.kind, StatusOutcome::Kind::NotAsked);
        QVERIFY2(status.detail.contains(u"status was not asked"_s), qPrintable(status.detail));
        QCOMPARE(m_sandbox.sendRequestCount(), 1); // only the send of the test above
    }

    void sessionKeyAndEnvironment()
    {
        SendService service(&m_network, m_store.get(), &m_keys);
        qputenv(SendService::kEnvironmentKeyVariable, m_sandbox.apiKey().toUtf8());
        // The app does not read the environment.
        QVERIFY(!SendService::wait(service.lookUpKey(m_saved)).found());
        service.setEnvironmentKeyAllowed(true);
        KeyLookup lookup = SendService::wait(service.lookUpKey(m_saved));
        QCOMPARE(lookup.source, KeyLookup::Source::Environment);
        service.setSessionKey(m_saved.id, u"typed-in"_s);
        lookup = SendService::wait(service.lookUpKey(m_saved));
        QCOMPARE(lookup.source, KeyLookup::Source::Session);
        QCOMPARE(lookup.key, u"typed-in"_s);
    }

    void theBuiltInSandboxStartsOnFirstUse()
    {
        SendService service(&m_network, m_store.get(), &m_keys);
        const Account sandbox = service.sandboxAccount();
        QVERIFY(sandbox.isSandbox());
        const SendOutcome outcome = outcomeOf(service.send(sandbox, textMessage()));
        QCOMPARE(outcome.kind, SendOutcome::Kind::Accepted);
        const StatusOutcome status =
            outcomeOf(service.queryStatus(sandbox, {outcome.recipients.first().messageId}));
        QCOMPARE(status.kind, StatusOutcome::Kind::Ok);
        QVERIFY(service.sandboxAccount().baseUrl.port() > 0);
    }
};

QTEST_GUILESS_MAIN(TestSendService)
#include "tst_sendservice.moc"
