#include "composer/autosaver.h"
#include "composer/autosavestore.h"
#include "composer/composerdocument.h"
#include "json/messagecodec.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace soip;

namespace {

// A message with something in every field, including the ones a TXT message hides and a button's
// targets for button types it does not currently have.
Message everything()
{
    Message m;
    m.type = QStringLiteral("TXT");
    m.to = QStringLiteral("919876543210, 919876543211");
    m.from = QStringLiteral("TEST-NUM");
    m.body = QStringLiteral("Hello");
    m.route = QStringLiteral("TXN");
    m.source = QStringLiteral("API");
    m.campaignName = QStringLiteral("Diwali");
    m.callbackProfileId = QStringLiteral("SG_1");
    m.titles = {QStringLiteral("One"), QString(), QStringLiteral("Three")};
    m.category = QStringLiteral("Offers");
    m.subCategory = QStringLiteral("Sale");
    m.coreEntity = QStringLiteral("Big sale");
    m.richMedia = {RichMedia{2, QStringLiteral("https://example.com/v.mp4"), QStringLiteral("tall"),
                             QStringLiteral("https://example.com/c.png")}};
    Action link;
    link.type = 1;
    link.label = QStringLiteral("Open");
    link.rank = QStringLiteral("0");
    link.target = QStringLiteral("https://example.com");
    link.event = {QStringLiteral("2026-01-02"), QStringLiteral("10:30"), QStringLiteral("Party"),
                  QStringLiteral("Bring cake")};
    link.deepLinks = {DeepLink{QStringLiteral("android.intent.action.MAIN"), QStringLiteral("com.example"),
                               QStringLiteral("com.example.Main")}};
    Action calendar;
    calendar.type = 2;
    calendar.label = QStringLiteral("Save the date");
    calendar.rank = QStringLiteral("1");
    calendar.target = QStringLiteral("typed while it was a link");
    calendar.event = {QStringLiteral("2026-03-04"), QStringLiteral("18:00"), QStringLiteral("Launch"), QString()};
    m.actions = {link, calendar};
    return m;
}

} // namespace

class TestAutosave : public QObject {
    Q_OBJECT

private slots:
    void init() { QStandardPaths::setTestModeEnabled(true); }

    void snapshotKeepsEverythingOnScreen()
    {
        AutosaveSnapshot snapshot;
        snapshot.message = everything();
        snapshot.filePath = QStringLiteral("/tmp/x.json");
        snapshot.modified = true;
        snapshot.savedAt = QDateTime(QDate(2026, 11, 24), QTime(14, 2, 3, 4), Qt::UTC);
        const std::optional<AutosaveSnapshot> back = AutosaveSnapshot::decode(snapshot.encode());
        QVERIFY(back);
        QCOMPARE(back->message.titles, snapshot.message.titles);
        QCOMPARE(back->message.richMedia, snapshot.message.richMedia);
        QCOMPARE(back->message.actions.at(0), snapshot.message.actions.at(0));
        QCOMPARE(back->message.actions.at(1), snapshot.message.actions.at(1));
        QVERIFY(back->message == snapshot.message);
        QCOMPARE(back->filePath, snapshot.filePath);
        QCOMPARE(back->modified, true);
        QCOMPARE(back->savedAt, snapshot.savedAt);
    }

    void snapshotRejectsGarbage()
    {
        QVERIFY(!AutosaveSnapshot::decode("not json"));
        QVERIFY(!AutosaveSnapshot::decode("{\"to\": \"1\"}"));
    }

    void orphanOnlyAfterTheSessionEnds()
    {
        QTemporaryDir dir;
        AutosaveSnapshot snapshot;
        snapshot.message = everything();
        snapshot.modified = true;
        snapshot.savedAt = QDateTime::currentDateTimeUtc();
        {
            AutosaveStore running(dir.path());
            QVERIFY(running.save(snapshot));
            QVERIFY(QFile::exists(running.sessionPath()));
            // Another copy of the app running at the same time must not take a live session's work.
            AutosaveStore other(dir.path());
            QCOMPARE(other.orphans().size(), 0);
        } // the session ends without discarding: what a crash leaves behind

        AutosaveStore next(dir.path());
        const QList<AutosaveStore::Orphan> orphans = next.orphans();
        QCOMPARE(orphans.size(), 1);
        QVERIFY(orphans.constFirst().snapshot.message == snapshot.message);
        AutosaveStore::removeOrphan(orphans.constFirst().path);
        QCOMPARE(next.orphans().size(), 0);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0);
    }

    // The data folder cannot be written (here: its path runs through a file): saving says so.
    void aFailedWriteIsAnError()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        AutosaveStore store(blocker.fileName() + QStringLiteral("/autosave"));
        QString error;
        QVERIFY(!store.save(AutosaveSnapshot{everything(), {}, true, QDateTime::currentDateTimeUtc(), {}, {}},
                            &error));
        QVERIFY2(error.contains(QStringLiteral("autosave")), qPrintable(error));
    }

    void discardRemovesTheFile()
    {
        QTemporaryDir dir;
        AutosaveStore store(dir.path());
        QVERIFY(store.save(AutosaveSnapshot{everything(), {}, true, QDateTime::currentDateTimeUtc(), {}, {}}));
        store.discard();
        QVERIFY(!QFile::exists(store.sessionPath()));
    }

    void autosaverWritesAfterEditsAndDropsWhenSaved()
    {
        QTemporaryDir dir;
        ComposerDocument document;
        Autosaver autosaver(&document, dir.path());
        document.edit([](Message &m) { m.body = QStringLiteral("typed"); });
        QVERIFY(autosaver.isPending());
        QTRY_VERIFY_WITH_TIMEOUT(!autosaver.store().sessionPath().isEmpty() &&
                                     QFile::exists(autosaver.store().sessionPath()),
                                 Autosaver::kMaxDelayMs + 1000);
        QFile file(autosaver.store().sessionPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const std::optional<AutosaveSnapshot> written = AutosaveSnapshot::decode(file.readAll());
        QVERIFY(written);
        QCOMPARE(written->message.body, QStringLiteral("typed"));
        // Saving the document makes the autosave pointless.
        document.setModified(false);
        QVERIFY(!QFile::exists(autosaver.store().sessionPath()));
    }

    void autosaverWritesWhileTypingNonStop()
    {
        QTemporaryDir dir;
        ComposerDocument document;
        Autosaver autosaver(&document, dir.path());
        qint64 now = 0;
        autosaver.setClock([&now] { return now; });
        // A keystroke every 200 ms never leaves the quiet delay: each one waits again, but never
        // past the deadline of the first change not yet written.
        int n = 0;
        for (; now < Autosaver::kMaxDelayMs; now += 200) {
            document.edit([&](Message &m) { m.body = QString::number(++n); });
            QCOMPARE(autosaver.nextWriteInMs(),
                     int(std::min<qint64>(Autosaver::kQuietDelayMs, Autosaver::kMaxDelayMs - now)));
            QVERIFY(autosaver.store().sessionPath().isEmpty() || !QFile::exists(autosaver.store().sessionPath()));
        }
        // At the deadline the typing has not stopped, and the write is due at once.
        document.edit([&](Message &m) { m.body = QString::number(++n); });
        QCOMPARE(autosaver.nextWriteInMs(), 0);
        QTRY_VERIFY(!autosaver.store().sessionPath().isEmpty() && QFile::exists(autosaver.store().sessionPath()));
        QFile file(autosaver.store().sessionPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(AutosaveSnapshot::decode(file.readAll())->message.body, QString::number(n));
    }
};

QTEST_GUILESS_MAIN(TestAutosave)
#include "tst_autosave.moc"
