#include "campaign/campaigncontroller.h"
#include "campaign/recipientfile.h"
#include "composer/autosaver.h"
#include "composer/composerdocument.h"
#include "composer/draftfile.h"
#include "dialogs/accountsdialog.h"
#include "guitestenvironment.h"
#include "history/historywindow.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/resultpanel.h"
#include "mainwindow/startupreport.h"
#include "modalanswerer.h"
#include "sandbox/sandboxserver.h"
#include "services/sendcontroller.h"
#include "settings/settings.h"
#include "smalldisk.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace soip;
using namespace Qt::StringLiterals;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Bytes no reader makes sense of, after a readable start: a file damaged halfway.
QByteArray damaged(const QByteArray &start)
{
    QByteArray bytes = start;
    for (int i = 0; i < 4096; ++i)
        bytes.append(char((i * 7919 + 13) % 256));
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

} // namespace

// Faults in the environment, each as a person meets it: the data folder read-only or full, the
// keychain locked, a damaged settings or history file. The app says what happened in words, keeps
// running, and loses nothing it had.
class TestFaults : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<GuiTestEnvironment> m_env;

    static QMessageBox *autosaveWarning()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (widget->objectName() == "autosaveFailedMessageBox"_L1 && widget->isVisible())
                return qobject_cast<QMessageBox *>(widget);
        }
        return nullptr;
    }

    // Types `text` at the end of the body and writes the autosave now.
    static void typeAndAutosave(MainWindow *window, const QString &text)
    {
        auto *body = window->findChild<QPlainTextEdit *>(u"bodyTextEdit"_s);
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, text);
        window->autosaver()->flush();
    }

    QString statusText() const { return m_env->window()->statusBar()->currentMessage(); }
    SandboxServer *sandbox() const { return m_env->services()->sending()->sandbox(); }

    // Composes a valid message and sends it with the current account, confirming the question.
    ResultPanel *send(MainWindow *window)
    {
        window->document()->edit([](Message &m) {
            m.type = u"TXT"_s;
            m.to = u"919876543210"_s;
            m.from = u"TESTER"_s;
            m.body = u"Your order is on its way"_s;
        });
        auto *button = window->findChild<QPushButton *>(u"sendPushButton"_s);
        if (!QTest::qWaitFor([button] { return button->isEnabled(); }))
            qWarning("Send stays disabled: %s", qPrintable(button->toolTip()));
        ModalAnswerer confirm;
        confirm.answer(u"sendConfirmMessageBox"_s, u"confirmSendPushButton"_s);
        QTest::mouseClick(button, Qt::LeftButton);
        if (!QTest::qWaitFor([&confirm] { return confirm.answered; }))
            qWarning("the send was not confirmed");
        return window->findChild<ResultPanel *>(u"resultPanel"_s);
    }

    CampaignLaunch campaign() const
    {
        const QString path = m_env->path(u"customers.csv"_s);
        writeFile(path, "name,mobile\nAsha,919876503000\nRavi,919876503001\nMeera,919876503002\n");
        const RecipientFile file = RecipientFile::read(path);
        CampaignLaunch launch;
        launch.name = u"Diwali"_s;
        launch.account = *m_env->services()->sending()->account(SendController::sandboxAccountId());
        launch.templateJson =
            QJsonDocument::fromJson(R"({"from": "SNSOIP", "type": "TXT", "body": "Dear {{name}}"})").object();
        launch.sourcePath = path;
        launch.sourceSha256 = file.sha256;
        launch.batch = 1;
        launch.plan = CampaignPlan::build(launch.templateJson, *file.table, {}, launch.batch);
        return launch;
    }

    // A saved account on the sandbox, its key in the (fake) keychain.
    Account savedAccount()
    {
        Account account;
        account.name = u"Shop"_s;
        account.sid = u"HXTEST071US"_s;
        account.baseUrl = sandbox()->baseUrl();
        account.defaultSender = u"TESTER"_s;
        const std::optional<Account> saved = m_env->services()->sending()->store().save(account);
        if (!saved)
            return account;
        m_env->keys().writeKey(saved->credentialKey(), sandbox()->apiKey()).waitForFinished();
        return *saved;
    }

    // What the person is told at start-up, from the report's message box.
    static QString startupReport(const AppServices &services, QWidget *window)
    {
        ModalAnswerer answerer;
        answerer.answer(u"startupProblemsMessageBox"_s, {}, QMessageBox::Ok);
        StartupReport::show(services, window);
        return answerer.answered ? answerer.seenInformativeText : QString();
    }

private slots:
    void initTestCase() { GuiTestEnvironment::isolateProgram(); }
    void init() { m_env = std::make_unique<GuiTestEnvironment>(); }
    void cleanup() { m_env.reset(); }

    void anAutosaveFolderThatCannotBeWrittenWarnsAndRecovers()
    {
        const QString folder = m_env->autosaveDirectory();
        // chmod 0500 does not stop root, who runs these tests in containers: there a file stands
        // where the folder should be, which stops anyone.
        const bool root = runningAsRoot();
        if (root) {
            QVERIFY(writeFile(folder, "in the way"));
        } else {
            QVERIFY(QDir().mkpath(folder));
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        }
        MainWindow *window = m_env->openWindow();
        typeAndAutosave(window, u"Hello"_s);

        QTRY_VERIFY(autosaveWarning());
        QVERIFY2(autosaveWarning()->text().contains("not being autosaved"_L1),
                 qPrintable(autosaveWarning()->text()));
        QVERIFY2(autosaveWarning()->informativeText().contains(QDir::toNativeSeparators(folder)),
                 qPrintable(autosaveWarning()->informativeText()));
        QVERIFY(statusText().startsWith("Not autosaved"_L1));
        // Not modal: the person goes on typing, and the draft on screen is untouched.
        QVERIFY(!QApplication::activeModalWidget());
        typeAndAutosave(window, u" there"_s);
        QCOMPARE(window->document()->message().body, u"Hello there"_s);

        if (root)
            QVERIFY(QFile::remove(folder));
        else
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        typeAndAutosave(window, u"!"_s);
        QTRY_VERIFY(!autosaveWarning());
        QCOMPARE(statusText(), u"Autosave works again: your work is being kept."_s);
        QVERIFY(bytesOf(window->autosaver()->store().sessionPath()).contains("Hello there!"));
    }

    void aFullDiskKeepsTheLastGoodAutosave()
    {
        SmallDisk disk(m_env->autosaveDirectory(), "size=64k");
        if (!disk.mounted())
            QSKIP(qPrintable(u"cannot mount a tmpfs here (%1)"_s.arg(disk.error())));
        MainWindow *window = m_env->openWindow();
        typeAndAutosave(window, u"Kept"_s);
        const QString path = window->autosaver()->store().sessionPath();
        const QByteArray good = bytesOf(path);
        QVERIFY(good.contains("Kept"));

        QVERIFY(disk.fill());
        typeAndAutosave(window, u" and lost"_s);
        QTRY_VERIFY(autosaveWarning());
        // Written atomically: the last good autosave is there, whole, not half a new one.
        QCOMPARE(bytesOf(path), good);
        QCOMPARE(window->document()->message().body, u"Kept and lost"_s);

        disk.makeRoom();
        typeAndAutosave(window, u" again"_s);
        QTRY_VERIFY(!autosaveWarning());
        QVERIFY(bytesOf(path).contains("Kept and lost again"));
        m_env->closeWindow();
    }

    // Saving a draft over its file on a full disk fails in words and leaves the file as it was.
    void aFullDiskKeepsTheSavedDraft()
    {
        SmallDisk disk(m_env->path(u"drafts"_s), "size=64k");
        if (!disk.mounted())
            QSKIP(qPrintable(u"cannot mount a tmpfs here (%1)"_s.arg(disk.error())));
        const QString path = m_env->path(u"drafts/offer.json"_s);
        Message message;
        message.body = u"kept"_s;
        QString error;
        QVERIFY(DraftFile::save(message, path, &error));
        const QByteArray good = bytesOf(path);
        QVERIFY(disk.fill());
        message.body = u"new "_s.repeated(2000);
        QVERIFY(!DraftFile::save(message, path, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QCOMPARE(bytesOf(path), good);
    }

    void aSendWithoutAHistoryGoesOutOnceAndSaysSo()
    {
        // The history's file cannot be made: a folder stands in its place.
        const QString blocked = m_env->path(u"blocked/history.sqlite"_s);
        QVERIFY(QDir().mkpath(blocked));
        m_env->restartServices({}, blocked);
        QVERIFY(!m_env->services()->history());
        ResultPanel *result = send(m_env->openWindow());
        QTRY_COMPARE_WITH_TIMEOUT(result->state(), ResultPanel::State::Sent, 10000);
        QCOMPARE(sandbox()->sendRequestCount(), 1);
        QVERIFY2(result->details().contains("This send is not in the history, which cannot be used"_L1),
                 qPrintable(result->details()));
    }

    void aSendOnAFullDiskGoesOutOnceAndSaysSo()
    {
        SmallDisk disk(m_env->path(u"data"_s), "size=512k");
        if (!disk.mounted())
            QSKIP(qPrintable(u"cannot mount a tmpfs here (%1)"_s.arg(disk.error())));
        m_env->restartServices({}, m_env->path(u"data/history.sqlite"_s));
        QVERIFY(m_env->services()->history());
        MainWindow *window = m_env->openWindow();
        QVERIFY(disk.fill());
        ResultPanel *result = send(window);
        QTRY_COMPARE_WITH_TIMEOUT(result->state(), ResultPanel::State::Sent, 10000);
        QCOMPARE(sandbox()->sendRequestCount(), 1);
        QVERIFY2(result->details().contains("This send is not in the history."_L1), qPrintable(result->details()));
        m_env->closeWindow();
        m_env->restartServices(); // off the small disk before it goes
    }

    void aCampaignWhoseJournalCannotBeWrittenDoesNotStart()
    {
        SmallDisk disk(m_env->path(u"data"_s), "size=512k");
        if (!disk.mounted())
            QSKIP(qPrintable(u"cannot mount a tmpfs here (%1)"_s.arg(disk.error())));
        m_env->restartServices({}, m_env->path(u"data/history.sqlite"_s));
        CampaignController *campaigns = m_env->services()->campaigns();
        QVERIFY(campaigns->journal());
        MainWindow *window = m_env->openWindow();
        const CampaignLaunch launch = campaign();
        QVERIFY(disk.fill());

        ModalAnswerer confirm;
        confirm.answer(u"campaignConfirmDialog"_s, u"campaignStartPushButton"_s);
        ModalAnswerer notStored;
        notStored.answer(u"campaignNotStoredMessageBox"_s, {}, QMessageBox::Ok);
        campaigns->confirmAndStart(launch, window);
        QTRY_VERIFY(notStored.answered);
        QVERIFY2(notStored.seenText.contains("could not be stored, so nothing was sent"_L1),
                 qPrintable(notStored.seenText));
        QVERIFY(!campaigns->isActive());
        QCOMPARE(sandbox()->sendRequestCount(), 0);
        m_env->closeWindow();
        m_env->restartServices();
    }

    void aCampaignWithoutAJournalDoesNotStart()
    {
        const QString blocked = m_env->path(u"blocked/history.sqlite"_s);
        QVERIFY(QDir().mkpath(blocked));
        m_env->restartServices({}, blocked);
        MainWindow *window = m_env->openWindow();
        ModalAnswerer refused;
        refused.answer(u"campaignRefusedMessageBox"_s, {}, QMessageBox::Ok);
        QVERIFY(!m_env->services()->campaigns()->confirmAndStart(campaign(), window));
        QVERIFY(refused.answered);
        QVERIFY2(refused.seenText.startsWith("Campaigns cannot be sent"_L1), qPrintable(refused.seenText));
        QCOMPARE(sandbox()->sendRequestCount(), 0);
    }

    void aLockedKeychainSendsNothingAndSaysSo()
    {
        MainWindow *window = m_env->openWindow();
        // Everything could be read: no lasting mark in the status bar.
        QVERIFY(!window->statusBar()->findChild<QToolButton *>(u"startupProblemsButton"_s));
        const Account account = savedAccount();
        window->setCurrentAccountId(account.id);
        QCOMPARE(window->currentAccountId(), account.id);
        // The keychain is locked, or its prompt was dismissed.
        m_env->keys().simulate(CredentialResult::Status::Denied);
        ResultPanel *result = send(window);
        QTRY_COMPARE_WITH_TIMEOUT(result->state(), ResultPanel::State::Failed, 10000);
        const QString said = result->headline() + u'\n' + result->details();
        QVERIFY2(said.contains("could not be read from the system keychain"_L1) && said.contains("locked"_L1),
                 qPrintable(said));
        // The key may well be stored: the person is not sent to store it again.
        QVERIFY2(!said.contains("No API key is stored"_L1) && !said.contains("Add it in"_L1), qPrintable(said));
        QCOMPARE(sandbox()->sendRequestCount(), 0);
        m_env->keys().simulate(CredentialResult::Status::Ok);
    }

    void theAccountsDialogKeepsTheKeyTheKeychainRefused()
    {
        MainWindow *window = m_env->openWindow();
        m_env->keys().simulate(CredentialResult::Status::Denied);
        AccountsDialog dialog(window->sendController(), window);
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"addAccountPushButton"_s), Qt::LeftButton);
        const auto type = [&dialog](const QString &name, const QString &text) {
            auto *edit = dialog.findChild<QLineEdit *>(name);
            edit->selectAll();
            QTest::keyClicks(edit, text);
        };
        type(u"accountNameLineEdit"_s, u"Shop"_s);
        type(u"accountSidLineEdit"_s, u"HXTEST071US"_s);
        dialog.findChild<QComboBox *>(u"baseUrlComboBox"_s)->lineEdit()->selectAll();
        QTest::keyClicks(dialog.findChild<QComboBox *>(u"baseUrlComboBox"_s)->lineEdit(),
                         sandbox()->baseUrl().toString());
        type(u"apiKeyLineEdit"_s, u"typed-key-123"_s);

        ModalAnswerer answerer;
        answerer.answer(u"keychainUnavailableMessageBox"_s, u"noSessionKeyPushButton"_s);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"saveAccountPushButton"_s), Qt::LeftButton);
        QTRY_VERIFY(answerer.answered);
        QVERIFY2(answerer.seenText.contains("locked"_L1), qPrintable(answerer.seenText));
        // What was typed is still there, to save again once the keychain is unlocked.
        QTRY_COMPARE(dialog.findChild<QLineEdit *>(u"apiKeyLineEdit"_s)->text(), u"typed-key-123"_s);
        const std::optional<Account> saved = window->sendController()->store().find(u"Shop"_s);
        QVERIFY(saved);
        QVERIFY(!window->sendController()->hasSessionKey(saved->id));
        QTRY_VERIFY(dialog.findChild<QLabel *>(u"keyStateLabel"_s)->text().contains("locked"_L1));
        m_env->keys().simulate(CredentialResult::Status::Ok);
    }

    void aDamagedSettingsFileIsKeptAsideAndReported()
    {
        Settings::lastDirectory.setValue(u"/drafts"_s);
        const QString ini = QSettings().fileName();
        const QByteArray bytes = damaged("[mainWindow]\nlastDirectory=/drafts\n");
        m_env->restartServices([&] {
            QSettings().sync();
            QVERIFY(writeFile(ini, bytes));
        });
        const QString copy = ini + u".unreadable"_s;
        QCOMPARE(bytesOf(copy), bytes);
        MainWindow *window = m_env->openWindow();
        const QString said = startupReport(*m_env->services(), window);
        QVERIFY2(
            said.contains(u"The settings file %1 could not be read completely. A copy of it was kept as %2"_s.arg(
                QDir::toNativeSeparators(ini), QDir::toNativeSeparators(copy))),
            qPrintable(said));
        // What could be read is used; writing the settings again leaves the copy as it was.
        QCOMPARE(Settings::lastDirectory.value(), u"/drafts"_s);
        Settings::lastDirectory.setValue(u"/elsewhere"_s);
        QSettings().sync();
        QCOMPARE(bytesOf(copy), bytes);
    }

    void aDamagedHistoryIsLeftAsItIsAndReported()
    {
        const QString path = m_env->path(u"history.sqlite"_s);
        const QByteArray bytes = damaged("Not a database at all. ");
        m_env->restartServices([&] {
            for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
                QFile::remove(path + suffix);
            QVERIFY(writeFile(path, bytes));
        });
        QVERIFY(!m_env->services()->history());
        MainWindow *window = m_env->openWindow();
        const QString said = startupReport(*m_env->services(), window);
        QVERIFY2(said.contains(u"The send history %1 cannot be read"_s.arg(QDir::toNativeSeparators(path))) &&
                     said.contains("The file was left as it is"_L1),
                 qPrintable(said));

        HistoryWindow *history = window->showHistory();
        QVERIFY(QTest::qWaitForWindowExposed(history));
        QVERIFY(history->findChild<QLabel *>(u"historyStatusLabel"_s)
                    ->text()
                    .startsWith("The history cannot be read"_L1));
        ModalAnswerer refused;
        refused.answer(u"campaignRefusedMessageBox"_s, {}, QMessageBox::Ok);
        QVERIFY(!m_env->services()->campaigns()->confirmAndStart(campaign(), window));
        QVERIFY2(refused.seenText.startsWith("Campaigns cannot be sent"_L1), qPrintable(refused.seenText));

        ResultPanel *result = send(window);
        QTRY_COMPARE_WITH_TIMEOUT(result->state(), ResultPanel::State::Sent, 10000);
        QCOMPARE(sandbox()->sendRequestCount(), 1);
        QVERIFY(result->details().contains("not in the history"_L1));

        // Long after the start-up message was dismissed, the status bar still says so, and
        // clicking its mark tells the whole story again.
        auto *mark = window->statusBar()->findChild<QToolButton *>(u"startupProblemsButton"_s);
        QVERIFY(mark);
        QVERIFY(mark->isVisible());
        QCOMPARE(mark->text(), u"History not kept"_s);
        ModalAnswerer again;
        again.answer(u"startupProblemsMessageBox"_s, {}, QMessageBox::Ok);
        QTest::mouseClick(mark, Qt::LeftButton);
        QTRY_VERIFY(again.answered);
        QVERIFY2(again.seenInformativeText.contains("The file was left as it is"_L1),
                 qPrintable(again.seenInformativeText));
        // Never overwritten nor deleted behind the person's back.
        m_env->restartServices();
        QCOMPARE(bytesOf(path), bytes);
    }
};

QTEST_MAIN(TestFaults)
#include "tst_faults.moc"
