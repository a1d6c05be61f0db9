// Accounts in QSettings and keys behind CredentialStore (the in-memory fake here; the real
// keychain has its own test).

#include "accounts/accountstore.h"
#include "accounts/memorycredentialstore.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace soip;
using namespace Qt::StringLiterals;

class TestAccounts final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Account sample(const QString &name = u"Marketing"_s) const
    {
        Account account;
        account.name = name;
        account.sid = u"HX0TEST071US"_s;
        account.baseUrl = QUrl(u"https://api.in.kaleyra.io"_s);
        account.defaultSender = u"SNSOIP"_s;
        account.defaultRoute = u"TXN"_s;
        account.defaultCallbackProfileId = u"SG_123"_s;
        return account;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void saveFindRemove()
    {
        const QString path = m_dir.filePath(u"accounts.ini"_s);
        QSettings settings(path, QSettings::IniFormat);
        AccountStore store(&settings);
        QVERIFY(store.accounts().isEmpty());

        QString error;
        const std::optional<Account> saved = store.save(sample(), &error);
        QVERIFY2(saved, qPrintable(error));
        QVERIFY(!saved->id.isEmpty());

        // A second store on the same file sees everything, field by field.
        QSettings again(path, QSettings::IniFormat);
        AccountStore reread(&again);
        const std::optional<Account> found = reread.find(u"marketing"_s);
        QVERIFY(found);
        QCOMPARE(*found, *saved);
        QCOMPARE(found->baseUrl, QUrl(u"https://api.in.kaleyra.io"_s));
        QCOMPARE(found->defaultRoute, u"TXN"_s);

        QVERIFY(!store.save(sample(u"MARKETING"_s), &error));
        QVERIFY(error.contains(u"already"_s));

        Account renamed = *saved;
        renamed.name = u"Offers"_s;
        QVERIFY(store.save(renamed));
        QCOMPARE(store.accounts().size(), 1);
        QCOMPARE(store.findById(saved->id)->name, u"Offers"_s);

        store.setDefaultAccountId(saved->id);
        QCOMPARE(store.defaultAccountId(), saved->id);
        QVERIFY(store.remove(saved->id));
        QVERIFY(store.accounts().isEmpty());
        QVERIFY(store.defaultAccountId().isEmpty());
        QVERIFY(!store.remove(saved->id));
    }

    void refusesUnsafeOrIncompleteAccounts()
    {
        QSettings settings(m_dir.filePath(u"bad.ini"_s), QSettings::IniFormat);
        AccountStore store(&settings);
        Account plain = sample();
        plain.baseUrl = QUrl(u"http://api.example.invalid"_s);
        QString error;
        QVERIFY(!store.save(plain, &error));
        QVERIFY(error.contains(u"http"_s));

        Account noSid = sample();
        noSid.sid.clear();
        QVERIFY(!store.save(noSid, &error));
        QVERIFY(error.contains(u"SID"_s));

        Account local = sample();
        local.baseUrl = QUrl(u"http://127.0.0.1:8080"_s);
        QVERIFY(store.save(local));

        QCOMPARE(Account::baseUrlPresets().size(), 4);
        QCOMPARE(Account::baseUrlPresets().first().url, QUrl(u"https://api.kaleyra.io"_s));
    }

    void keysNeverReachTheSettingsFile()
    {
        const QString path = m_dir.filePath(u"keys.ini"_s);
        const QString key = u"secret-api-key-77aa"_s;
        MemoryCredentialStore credentials;
        {
            QSettings settings(path, QSettings::IniFormat);
            AccountStore store(&settings);
            const std::optional<Account> saved = store.save(sample());
            QVERIFY(saved);
            QVERIFY(CredentialStore::wait(credentials.writeKey(saved->credentialKey(), key)).ok());
            const CredentialResult read = CredentialStore::wait(credentials.readKey(saved->credentialKey()));
            QVERIFY(read.ok());
            QCOMPARE(read.secret, key);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains("HX0TEST071US"));
        QVERIFY(!content.contains(key.toUtf8()));
    }

    void unavailableKeychainIsReported()
    {
        MemoryCredentialStore credentials;
        credentials.simulate(CredentialResult::Status::Unavailable);
        const CredentialResult result = CredentialStore::wait(credentials.writeKey(u"api-key/x"_s, u"k"_s));
        QCOMPARE(result.status, CredentialResult::Status::Unavailable);
        QVERIFY(result.explanation().contains(u"session only"_s));
        QCOMPARE(CredentialStore::wait(MemoryCredentialStore().readKey(u"none"_s)).status,
                 CredentialResult::Status::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
