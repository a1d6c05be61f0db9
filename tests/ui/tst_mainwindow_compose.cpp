#include "composer/composerdocument.h"
#include "editors/composerform.h"
#include "guitestenvironment.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/resultpanel.h"
#include "modalanswerer.h"
#include "sandbox/sandboxserver.h"
#include "services/sendcontroller.h"
#include "json/messagecodec.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace soip;

// Drives the real main window the way a person does: every value goes in through the editors by
// keyboard and mouse, and what comes out is the saved file, the problems list and the send result.
class TestMainWindowCompose : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<GuiTestEnvironment> m_env;
    MainWindow *m_window = nullptr;

    template <typename T> T *find(const QString &name, QWidget *in = nullptr) const
    {
        T *widget = (in ? in : static_cast<QWidget *>(m_window))->findChild<T *>(name);
        if (!widget)
            qWarning("no widget %s", qPrintable(name));
        return widget;
    }

    static void choose(QComboBox *combo, const QString &data)
    {
        const int index = combo->findData(data);
        if (index < 0)
            qWarning("%s has no item %s", qPrintable(combo->objectName()), qPrintable(data));
        combo->setCurrentIndex(index);
        emit combo->activated(index);
    }

    static void typeInto(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Delete);
        else
            QTest::keyClicks(edit, text);
    }

    static void typeInto(QPlainTextEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    static void pasteInto(QPlainTextEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QApplication::clipboard()->setText(text);
        QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
    }

    void compose(const Message &m)
    {
        choose(find<QComboBox>(QStringLiteral("typeComboBox")), m.type);
        pasteInto(find<QPlainTextEdit>(QStringLiteral("recipientsTextEdit")), m.to);
        typeInto(find<QComboBox>(QStringLiteral("senderComboBox"))->lineEdit(), m.from);
        auto *route = find<QComboBox>(QStringLiteral("routeComboBox"));
        // No route means MKT, and the combo shows it so: a person picks another and back to make
        // it explicit.
        if (route->currentData().toString() == m.route)
            choose(route, m.route == QLatin1String("TXN") ? QStringLiteral("OTP") : QStringLiteral("TXN"));
        choose(route, m.route);
        typeInto(find<QLineEdit>(QStringLiteral("sourceLineEdit")), m.source);
        typeInto(find<QLineEdit>(QStringLiteral("campaignLineEdit")), m.campaignName);
        typeInto(find<QLineEdit>(QStringLiteral("callbackProfileLineEdit")), m.callbackProfileId);
        typeInto(find<QPlainTextEdit>(QStringLiteral("bodyTextEdit")), m.body);
        if (m.kind() == MessageKind::Text)
            return;
        for (int i = 0; i < m.titles.size(); ++i) {
            if (!find<QLineEdit>(QStringLiteral("titleLineEdit%1").arg(i))->isVisible())
                QTest::mouseClick(find<QPushButton>(QStringLiteral("addTitleButton")), Qt::LeftButton);
            typeInto(find<QLineEdit>(QStringLiteral("titleLineEdit%1").arg(i)), m.titles.at(i));
        }
        typeInto(find<QLineEdit>(QStringLiteral("categoryLineEdit")), m.category);
        typeInto(find<QLineEdit>(QStringLiteral("subCategoryLineEdit")), m.subCategory);
        if (m.kind() == MessageKind::CallToAction)
            typeInto(find<QLineEdit>(QStringLiteral("coreEntityLineEdit")), m.coreEntity);
        for (const RichMedia &media : m.richMedia) {
            choose(find<QComboBox>(QStringLiteral("mediaTypeComboBox")), QString::number(media.mediaType));
            typeInto(find<QLineEdit>(QStringLiteral("mediaUrlLineEdit")), media.url);
            choose(find<QComboBox>(QStringLiteral("displayRatioComboBox")), media.displayRatio);
            if (!media.cover.isEmpty())
                typeInto(find<QLineEdit>(QStringLiteral("coverUrlLineEdit")), media.cover);
        }
        for (int i = 0; i < m.actions.size(); ++i)
            QTest::mouseClick(find<QPushButton>(QStringLiteral("addActionButton")), Qt::LeftButton);
        for (int i = 0; i < m.actions.size(); ++i) {
            const Action &a = m.actions.at(i);
            auto *editor = find<QWidget>(QStringLiteral("actionEditor%1").arg(i));
            choose(find<QComboBox>(QStringLiteral("actionTypeComboBox"), editor), QString::number(a.type));
            typeInto(find<QLineEdit>(QStringLiteral("actionLabelLineEdit"), editor), a.label);
            choose(find<QComboBox>(QStringLiteral("actionRankComboBox"), editor), a.rank);
            switch (ActionType(a.type)) {
            case ActionType::OpenLink:
                typeInto(find<QLineEdit>(QStringLiteral("actionUrlLineEdit"), editor), a.target);
                break;
            case ActionType::CopyText:
                typeInto(find<QLineEdit>(QStringLiteral("copyTextLineEdit"), editor), a.target);
                break;
            case ActionType::Call:
                typeInto(find<QLineEdit>(QStringLiteral("phoneLineEdit"), editor), a.target);
                break;
            case ActionType::AddToCalendar:
                typeInto(find<QLineEdit>(QStringLiteral("calendarDateEdit"), editor), a.event.date);
                typeInto(find<QLineEdit>(QStringLiteral("calendarTimeEdit"), editor), a.event.time);
                typeInto(find<QLineEdit>(QStringLiteral("calendarTitleLineEdit"), editor), a.event.title);
                typeInto(find<QLineEdit>(QStringLiteral("calendarDescriptionLineEdit"), editor),
                         a.event.description);
                break;
            case ActionType::OpenApp: {
                const DeepLink link = a.deepLinks.value(0);
                QComboBox *intent = find<QComboBox>(QStringLiteral("deepLinkActionComboBox"), editor);
                if (intent->currentText() != link.action)
                    typeInto(intent->lineEdit(), link.action);
                typeInto(find<QLineEdit>(QStringLiteral("deepLinkPackageLineEdit"), editor), link.packageName);
                typeInto(find<QLineEdit>(QStringLiteral("deepLinkClassLineEdit"), editor), link.className);
                break;
            }
            }
        }
    }

    static QJsonObject readJsonObject(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    // The problem messages shown under fields of the form, and the inputs with a coloured border.
    QStringList shownMarks() const
    {
        QStringList texts;
        for (QLabel *label : m_window->form()->findChildren<QLabel *>(QStringLiteral("issueLabel"))) {
            if (label->isVisible())
                texts.append(label->text());
        }
        return texts;
    }
    QStringList markedInputs() const
    {
        QStringList names;
        for (QWidget *w : m_window->form()->findChildren<QWidget *>()) {
            if (w->styleSheet().contains(QLatin1String("border")))
                names.append(w->objectName());
        }
        return names;
    }
    // Every problem of the message that has a field in the form is shown there.
    bool everyProblemIsMarked() const
    {
        const QStringList shown = shownMarks();
        for (const Issue &issue : m_window->issues()) {
            if (m_window->form()->widgetForPath(issue.parameter) && !shown.contains(issue.message)) {
                qWarning("not marked: %s %s", qPrintable(issue.parameter), qPrintable(issue.message));
                return false;
            }
        }
        return !shown.isEmpty();
    }

    QTreeWidgetItem *problemRow(const QString &field)
    {
        auto *tree = find<QTreeWidget>(QStringLiteral("problemsTreeWidget"));
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->text(2) == field)
                return tree->topLevelItem(i);
        }
        return nullptr;
    }

private slots:
    void initTestCase() { GuiTestEnvironment::isolateProgram(); }

    void init()
    {
        m_env = std::make_unique<GuiTestEnvironment>();
        m_window = m_env->openWindow(1366, 768);
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }

    void cleanup()
    {
        m_window = nullptr;
        m_env.reset();
    }

    void composesEachVendorSample_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name :
             {"request-txt.json", "request-rmc-image.json", "request-rmc-video.json", "request-cta.json"})
            QTest::newRow(name) << QStringLiteral(SOIP_TEST_DATA_DIR "/vendor/") + QLatin1String(name);
    }

    void composesEachVendorSample()
    {
        QFETCH(QString, file);
        const ReadResult sample = MessageCodec::readFile(file);
        QVERIFY2(sample.readable, qPrintable(sample.error));
        compose(sample.message);
        QVERIFY(m_window->isWindowModified());
        const QString out = m_env->path(QStringLiteral("composed.json"));
        QVERIFY(m_window->saveTo(out));
        const QJsonObject saved = readJsonObject(out);
        const QJsonObject expected = readJsonObject(file);
        if (saved != expected) {
            qWarning("saved:    %s", QJsonDocument(saved).toJson(QJsonDocument::Compact).constData());
            qWarning("expected: %s", QJsonDocument(expected).toJson(QJsonDocument::Compact).constData());
        }
        QCOMPARE(saved, expected);
    }

    void switchingTypesLosesNothing()
    {
        choose(find<QComboBox>(QStringLiteral("typeComboBox")), QStringLiteral("CTA"));
        typeInto(find<QLineEdit>(QStringLiteral("titleLineEdit0")), QStringLiteral("Diwali sale"));
        typeInto(find<QLineEdit>(QStringLiteral("coreEntityLineEdit")), QStringLiteral("Lamps"));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("addActionButton")), Qt::LeftButton);
        typeInto(
            find<QLineEdit>(QStringLiteral("actionLabelLineEdit"), find<QWidget>(QStringLiteral("actionEditor0"))),
            QStringLiteral("Shop now"));

        choose(find<QComboBox>(QStringLiteral("typeComboBox")), QStringLiteral("TXT"));
        QVERIFY(!find<QLineEdit>(QStringLiteral("titleLineEdit0"))->isVisible());
        const QString out = m_env->path(QStringLiteral("text.json"));
        QVERIFY(m_window->saveTo(out));
        QVERIFY(!readJsonObject(out).contains(QStringLiteral("title")));

        choose(find<QComboBox>(QStringLiteral("typeComboBox")), QStringLiteral("RMC"));
        choose(find<QComboBox>(QStringLiteral("typeComboBox")), QStringLiteral("CTA"));
        QCOMPARE(find<QLineEdit>(QStringLiteral("titleLineEdit0"))->text(), QStringLiteral("Diwali sale"));
        QCOMPARE(find<QLineEdit>(QStringLiteral("coreEntityLineEdit"))->text(), QStringLiteral("Lamps"));
        QCOMPARE(
            find<QLineEdit>(QStringLiteral("actionLabelLineEdit"), find<QWidget>(QStringLiteral("actionEditor0")))
                ->text(),
            QStringLiteral("Shop now"));
    }

    void invalidFieldIsMarkedListedAndFocusable()
    {
        choose(find<QComboBox>(QStringLiteral("typeComboBox")), QStringLiteral("TXT"));
        typeInto(find<QPlainTextEdit>(QStringLiteral("bodyTextEdit")), QStringLiteral("Hello"));
        auto *recipients = find<QPlainTextEdit>(QStringLiteral("recipientsTextEdit"));
        typeInto(recipients, QStringLiteral("12345"));
        auto *body = find<QPlainTextEdit>(QStringLiteral("bodyTextEdit"));

        QTreeWidgetItem *row = nullptr;
        QTRY_VERIFY((row = problemRow(QStringLiteral("Recipients"))) != nullptr);
        QCOMPARE(row->text(0), QStringLiteral("Error"));
        QVERIFY2(row->text(3).contains(QLatin1String("12345")), qPrintable(row->text(3)));
        // The same sentence at the field itself.
        const QString problem = row->text(3);
        const auto markedAtField = [&] {
            for (QLabel *label : m_window->findChildren<QLabel *>(QStringLiteral("issueLabel"))) {
                if (label->isVisible() && label->text() == problem)
                    return true;
            }
            return false;
        };
        // At the field too, once the user moves on from it.
        QVERIFY(!markedAtField());
        body->setFocus();
        QTRY_VERIFY(markedAtField());
        // Send says why it cannot send.
        auto *send = find<QPushButton>(QStringLiteral("sendPushButton"));
        QVERIFY(!send->isEnabled());
        QVERIFY2(send->toolTip().startsWith(QLatin1String("Fix ")), qPrintable(send->toolTip()));
        QVERIFY(find<QLabel>(QStringLiteral("sendStatusLabel"))->text().contains(QLatin1String("to send")));

        // Clicking the problem takes the user to the field.
        auto *tree = find<QTreeWidget>(QStringLiteral("problemsTreeWidget"));
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(row).center());
        QTRY_VERIFY(recipients->hasFocus());
    }

    void blankDraftMarksNothingUntilAFieldIsLeft()
    {
        // A new draft has problems: they are listed and Send says why it waits, but no field is
        // marked before the user has been there.
        auto *tree = find<QTreeWidget>(QStringLiteral("problemsTreeWidget"));
        QTRY_VERIFY(tree->topLevelItemCount() > 0);
        auto *send = find<QPushButton>(QStringLiteral("sendPushButton"));
        QVERIFY(!send->isEnabled());
        QVERIFY2(send->toolTip().startsWith(QLatin1String("Fix ")), qPrintable(send->toolTip()));
        QVERIFY(find<QLabel>(QStringLiteral("sendStatusLabel"))->text().contains(QLatin1String("to send")));
        QCOMPARE(shownMarks(), QStringList());
        QCOMPARE(markedInputs(), QStringList());

        auto *recipients = find<QPlainTextEdit>(QStringLiteral("recipientsTextEdit"));
        typeInto(recipients, QStringLiteral("12345"));
        QTreeWidgetItem *row = nullptr;
        QTRY_VERIFY((row = problemRow(QStringLiteral("Recipients"))) != nullptr);
        const QString problem = row->text(3);
        QVERIFY2(problem.contains(QLatin1String("12345")), qPrintable(problem));
        QCOMPARE(shownMarks(), QStringList());
        // Moving on to the next field shows the recipients' problem, and only that one.
        typeInto(find<QComboBox>(QStringLiteral("senderComboBox"))->lineEdit(), QStringLiteral("TEST-NUM"));
        QTRY_COMPARE(shownMarks(), QStringList{problem});
        QCOMPARE(markedInputs(), QStringList{QStringLiteral("recipientsTextEdit")});

        // Another new draft starts clean again.
        m_window->document()->setModified(false);
        QVERIFY(m_window->newDraft());
        QCOMPARE(shownMarks(), QStringList());
        QCOMPARE(markedInputs(), QStringList());
        QVERIFY(tree->topLevelItemCount() > 0);
    }

    void openedDraftShowsEveryMarkAtOnce()
    {
        // The vendor's sample has numbers with x in them and an event in the past.
        QVERIFY(m_window->openFile(QStringLiteral(SOIP_TEST_DATA_DIR "/vendor/request-cta.json")));
        QVERIFY(!m_window->issues().isEmpty());
        QVERIFY(everyProblemIsMarked());
        QVERIFY(markedInputs().contains(QStringLiteral("recipientsTextEdit")));
        QVERIFY(markedInputs().contains(QStringLiteral("calendarDateEdit")));
    }

    void tryingToSendShowsEveryMark()
    {
        auto *send = find<QPushButton>(QStringLiteral("sendPushButton"));
        QVERIFY(!send->isEnabled());
        QCOMPARE(shownMarks(), QStringList());
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY(everyProblemIsMarked());
        QVERIFY(markedInputs().contains(QStringLiteral("recipientsTextEdit")));
        QVERIFY(find<QDockWidget>(QStringLiteral("problemsDock"))->isVisible());
        // Still not sendable, and still saying why.
        QVERIFY(!send->isEnabled());
        QVERIFY2(send->toolTip().startsWith(QLatin1String("Fix ")), qPrintable(send->toolTip()));

        // Ctrl+Return, Send's keys, does the same from the keyboard, and sends nothing.
        m_window->document()->setModified(false);
        QVERIFY(m_window->newDraft());
        QCOMPARE(shownMarks(), QStringList());
        auto *body = find<QPlainTextEdit>(QStringLiteral("bodyTextEdit"));
        body->setFocus();
        QTRY_VERIFY(body->hasFocus());
        QTest::keyClick(body, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(everyProblemIsMarked());
        QCOMPARE(body->toPlainText(), QString());
        QCOMPARE(m_window->sendController()->sandbox()->sendRequestCount(), 0);
    }

    void sendsToTheSandboxAndShowsMessageIds()
    {
        QCOMPARE(m_window->currentAccountId(), SendController::sandboxAccountId());
        choose(find<QComboBox>(QStringLiteral("typeComboBox")), QStringLiteral("TXT"));
        pasteInto(find<QPlainTextEdit>(QStringLiteral("recipientsTextEdit")),
                  QStringLiteral("919876543210, 919876543211"));
        typeInto(find<QPlainTextEdit>(QStringLiteral("bodyTextEdit")), QStringLiteral("Your order is on its way"));
        auto *send = find<QPushButton>(QStringLiteral("sendPushButton"));
        QTRY_VERIFY2(send->isEnabled(), qPrintable(send->toolTip()));

        // Ctrl+Return from inside the text, as a keyboard user would.
        ModalAnswerer confirm;
        confirm.answer(QStringLiteral("sendConfirmMessageBox"), QStringLiteral("confirmSendPushButton"));
        QTest::keyClick(find<QPlainTextEdit>(QStringLiteral("bodyTextEdit")), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(confirm.answered);
        QVERIFY2(confirm.seenText.contains(QLatin1String("2 recipients")), qPrintable(confirm.seenText));
        QVERIFY(confirm.seenInformativeText.contains(QLatin1String("MKT")));

        auto *result = find<ResultPanel>(QStringLiteral("resultPanel"));
        QTRY_COMPARE_WITH_TIMEOUT(result->state(), ResultPanel::State::Sent, 10000);
        QVERIFY(!result->kid().isEmpty());
        QCOMPARE(result->rows().size(), 2);
        for (const ResultPanel::Row &row : result->rows())
            QVERIFY(row.messageId.startsWith(result->kid()));
        QVERIFY(result->copyText().contains(result->rows().constFirst().messageId));
        QCOMPARE(m_window->sendController()->sandbox()->sendRequestCount(), 1);
        // A message id can be copied from the list with the keyboard.
        auto *ids = find<QTreeWidget>(QStringLiteral("resultTreeWidget"));
        ids->setFocus();
        ids->setCurrentItem(ids->topLevelItem(1));
        QTest::keyClick(ids, Qt::Key_C, Qt::ControlModifier);
        QVERIFY(QApplication::clipboard()->text().contains(result->rows().at(1).messageId));

        // The exact same message again: asked, and cancelled, nothing goes out.
        ModalAnswerer again;
        again.answer(QStringLiteral("duplicateSendMessageBox"), QStringLiteral("cancelSendPushButton"));
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY(again.answered);
        QVERIFY2(again.seenText.startsWith(QLatin1String("You sent this exact message at")),
                 qPrintable(again.seenText));
        QCOMPARE(m_window->sendController()->sandbox()->sendRequestCount(), 1);

        // Delivery status for the last send.
        auto *check = find<QPushButton>(QStringLiteral("resultCheckStatusPushButton"));
        QVERIFY(check->isEnabled());
        QTest::mouseClick(check, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->details().startsWith(QLatin1String("Delivery status")), 10000);
        for (const ResultPanel::Row &row : result->rows())
            QVERIFY(!row.status.isEmpty());
    }

    void editingDuringASendStillCatchesTheSameMessageSentAgain()
    {
        choose(find<QComboBox>(QStringLiteral("typeComboBox")), QStringLiteral("TXT"));
        pasteInto(find<QPlainTextEdit>(QStringLiteral("recipientsTextEdit")), QStringLiteral("919876543210"));
        auto *body = find<QPlainTextEdit>(QStringLiteral("bodyTextEdit"));
        typeInto(body, QStringLiteral("Your order is on its way"));
        auto *send = find<QPushButton>(QStringLiteral("sendPushButton"));
        QTRY_VERIFY2(send->isEnabled(), qPrintable(send->toolTip()));

        // The person types on while the request is on its way, before any answer can arrive.
        const QMetaObject::Connection typing =
            connect(m_window->sendController(), &SendController::requestSent, body,
                    [body] { QTest::keyClicks(body, QStringLiteral(" today")); });
        ModalAnswerer confirm;
        confirm.answer(QStringLiteral("sendConfirmMessageBox"), QStringLiteral("confirmSendPushButton"));
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY(confirm.answered);
        auto *result = find<ResultPanel>(QStringLiteral("resultPanel"));
        QTRY_COMPARE_WITH_TIMEOUT(result->state(), ResultPanel::State::Sent, 10000);
        disconnect(typing);
        QCOMPARE(m_window->document()->message().body, QStringLiteral("Your order is on its way today"));

        // Undone: the message is the one that went out, so sending it again must warn.
        typeInto(body, QStringLiteral("Your order is on its way"));
        QTRY_VERIFY(send->isEnabled());
        ModalAnswerer again;
        again.answerAny({QStringLiteral("duplicateSendMessageBox"), QStringLiteral("sendConfirmMessageBox")},
                        QStringLiteral("cancelSendPushButton"));
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY(again.answered);
        QCOMPARE(again.seenDialog, QStringLiteral("duplicateSendMessageBox"));
        QCOMPARE(m_window->sendController()->sandbox()->sendRequestCount(), 1);
    }

    void copyAsCurlNeverHoldsTheKey()
    {
        choose(find<QComboBox>(QStringLiteral("typeComboBox")), QStringLiteral("TXT"));
        typeInto(find<QPlainTextEdit>(QStringLiteral("bodyTextEdit")), QStringLiteral("Hi"));
        m_window->findChild<QAction *>(QStringLiteral("copyCurlAction"))->trigger();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.contains(QLatin1String("$KALEYRA_API_KEY")), qPrintable(copied));
        QVERIFY(!copied.contains(m_window->sendController()->sandbox()->apiKey()));
        QVERIFY(copied.contains(QLatin1String("\"body\":\"Hi\"")));
    }
};

QTEST_MAIN(TestMainWindowCompose)
#include "tst_mainwindow_compose.moc"
