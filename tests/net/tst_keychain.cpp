// The real OS keychain through QtKeychain. The test command (scripts/test.sh) runs the suite in a
// D-Bus session with an unlocked gnome-keyring, so the round trip must work there. Without a
// D-Bus session the store must say "no keychain available" (never fall back to a file).

#include "accounts/keychaincredentialstore.h"

#include <QTest>
#include <QUuid>

using namespace soip;
using namespace Qt::StringLiterals;

class TestKeychain final : public QObject {
    Q_OBJECT

private slots:
    void roundTrip()
    {
        KeychainCredentialStore store(u"SOIP Composer tests"_s);
        const QString entry = u"api-key/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString key = u"key-"_s + QUuid::createUuid().toString(QUuid::Id128);

        const CredentialResult written = CredentialStore::wait(store.writeKey(entry, key));
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            QCOMPARE(written.status, CredentialResult::Status::Unavailable);
            QVERIFY(written.explanation().contains(u"keychain"_s));
            QSKIP("No D-Bus session: checked the 'no keychain available' path only");
        }
        QVERIFY2(written.ok(), qPrintable(written.explanation()));

        const CredentialResult read = CredentialStore::wait(store.readKey(entry));
        QVERIFY2(read.ok(), qPrintable(read.explanation()));
        QCOMPARE(read.secret, key);

        QVERIFY(CredentialStore::wait(store.removeKey(entry)).ok());
        QCOMPARE(CredentialStore::wait(store.readKey(entry)).status, CredentialResult::Status::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
