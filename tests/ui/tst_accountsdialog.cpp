#include "accounts/memorycredentialstore.h"
#include "composer/composerdocument.h"
#include "dialogs/accountsdialog.h"
#include "guitestenvironment.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/resultpanel.h"
#include "modalanswerer.h"
#include "sandbox/sandboxserver.h"
#include "services/sendcontroller.h"

#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace soip;

// The accounts dialog over a keychain that does not work: the key is offered for this session
// only, never written anywhere, and a message then goes out with it.
class TestAccountsDialog : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<GuiTestEnvironment> m_env;

    static void typeInto(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

private slots:
    void initTestCase() { GuiTestEnvironment::isolateProgram(); }
    void init() { m_env = std::make_unique<GuiTestEnvironment>(); }
    void cleanup() { m_env.reset(); }

    void sandboxIsAlwaysThereAndNeedsNoKey()
    {
        MainWindow &window = *m_env->openWindow();
        AccountsDialog dialog(window.sendController());
        dialog.show();
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("accountsListWidget"));
        QVERIFY(list->count() >= 1);
        QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), SendController::sandboxAccountId());
        list->setCurrentRow(0);
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("apiKeyLineEdit"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("removeAccountPushButton"))->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("sandboxNoteLabel"))->isVisible());
    }

    void keyForThisSessionOnlyWhenNoKeychainWorks()
    {
        m_env->keys().simulate(CredentialResult::Status::Unavailable);
        MainWindow &window = *m_env->openWindow();
        SandboxServer *server = window.sendController()->sandbox();
        QVERIFY(server);

        AccountsDialog dialog(window.sendController(), &window);
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addAccountPushButton")), Qt::LeftButton);
        typeInto(dialog.findChild<QLineEdit *>(QStringLiteral("accountNameLineEdit")),
                 QStringLiteral("Local test"));
        typeInto(dialog.findChild<QLineEdit *>(QStringLiteral("accountSidLineEdit")),
                 QStringLiteral("HXTEST071US"));
        typeInto(dialog.findChild<QComboBox *>(QStringLiteral("baseUrlComboBox"))->lineEdit(),
                 server->baseUrl().toString());
        typeInto(dialog.findChild<QLineEdit *>(QStringLiteral("defaultSenderLineEdit")), QStringLiteral("TESTER"));
        typeInto(dialog.findChild<QLineEdit *>(QStringLiteral("apiKeyLineEdit")), server->apiKey());

        ModalAnswerer answerer;
        answerer.answer(QStringLiteral("keychainUnavailableMessageBox"), QStringLiteral("sessionKeyPushButton"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveAccountPushButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(answerer.answered);
        const std::optional<Account> saved = window.sendController()->store().find(QStringLiteral("Local test"));
        QVERIFY(saved);
        QTRY_VERIFY(window.sendController()->hasSessionKey(saved->id));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("keyStateLabel"))
                    ->text()
                    .contains(QLatin1String("session")));
        dialog.close();

        // The key is in no file.
        QSettings().sync();
        QDirIterator files(m_env->path({}), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(server->apiKey().toUtf8()), qPrintable(file.fileName()));
        }

        // A message goes out with the session key.
        window.setCurrentAccountId(saved->id);
        QCOMPARE(window.currentAccountId(), saved->id);
        window.document()->edit([](Message &m) {
            m.type = QStringLiteral("TXT");
            m.to = QStringLiteral("919876543210");
            m.from = QStringLiteral("TESTER");
            m.body = QStringLiteral("Hello from a real account");
        });
        auto *send = window.findChild<QPushButton *>(QStringLiteral("sendPushButton"));
        QTRY_VERIFY2(send->isEnabled(), qPrintable(send->toolTip()));
        ModalAnswerer confirm;
        confirm.answer(QStringLiteral("sendConfirmMessageBox"), QStringLiteral("confirmSendPushButton"));
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY(confirm.answered);
        QVERIFY(confirm.seenInformativeText.contains(QLatin1String("Local test")));
        auto *result = window.findChild<ResultPanel *>(QStringLiteral("resultPanel"));
        QTRY_COMPARE_WITH_TIMEOUT(result->state(), ResultPanel::State::Sent, 10000);
        QCOMPARE(result->rows().size(), 1);
        window.document()->setModified(false);
    }
};

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
