// A campaign composed in the window as a person does it: a spreadsheet chosen from "From a file…",
// its counts in the import dialog, placeholders from the context menu and from typing {{, the card
// of each row in the preview, the problems grouped by kind, and the campaign file that keeps it all
// (and notices a changed spreadsheet).
#include "campaign/campaigncontroller.h"
#include "campaign/campaignfile.h"
#include "composer/autosaver.h"
#include "composer/composerdocument.h"
#include "editors/bodyeditor.h"
#include "editors/composerform.h"
#include "editors/elidedlabel.h"
#include "editors/recipientseditor.h"
#include "editors/richmediaeditor.h"
#include "editors/titleseditor.h"
#include "guitestenvironment.h"
#include "modalanswerer.h"
#include "preview/previewpane.h"
#include "preview/previewwidget.h"
#include "services/sendcontroller.h"
#include "spreadsheet/campaigncomposer.h"
#include "spreadsheet/campaigndraft.h"
#include "spreadsheet/placeholderassist.h"
#include "spreadsheetchoice.h"
#include "storage/campaignjournal.h"
#include "storage/sendhistory.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QUrl>
#include <QWheelEvent>

using namespace soip;

namespace {

// Five customers: row 4's number is too short, row 6 repeats row 2's.
const char kCustomers[] = "name,phone,link\r\n"
                          "Asha,+91 98765 43210,https://shop.example/a\r\n"
                          "Ravi,9198765432 11,https://shop.example/r\r\n"
                          "Meena,98765,https://shop.example/m\r\n"
                          "Kiran,+919876543212,not a link\r\n"
                          "Asha again,+919876543210,https://shop.example/a2\r\n";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestCampaignCompose final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { GuiTestEnvironment::isolateProgram(); }
    void init() { m_env = std::make_unique<GuiTestEnvironment>(); }
    void cleanup() { m_env.reset(); }

    void fromFileShowsTheCountsAndBecomesTheRecipients()
    {
        MainWindow *window = openWithCustomers();
        RecipientsEditor *recipients = window->form()->recipientsEditor();
        QVERIFY(window->document()->isCampaign());
        QTRY_VERIFY(
            recipients->campaignLabel()->text().contains(QLatin1String("3 recipients from customers.csv")));
        QVERIFY(recipients->campaignLabel()->text().contains(QLatin1String("1 invalid")));
        QVERIFY(recipients->campaignLabel()->text().contains(QLatin1String("1 listed twice")));
        QVERIFY(!recipients->textEdit()->isVisible());
        // "Type numbers instead" asks first (found by hand: one click dropped the spreadsheet); kept…
        ModalAnswerer keep;
        keep.answer(QStringLiteral("campaignTypeNumbersMessageBox"),
                    QStringLiteral("campaignKeepSpreadsheetPushButton"));
        recipients->typeNumbersButton()->click();
        QVERIFY(keep.answered);
        QVERIFY2(keep.seenText.contains(QLatin1String("customers.csv")), qPrintable(keep.seenText));
        QVERIFY(window->document()->isCampaign());
        // …then let go of: back to the typed list.
        ModalAnswerer drop;
        drop.answer(QStringLiteral("campaignTypeNumbersMessageBox"),
                    QStringLiteral("campaignTypeNumbersPushButton"));
        recipients->typeNumbersButton()->click();
        QVERIFY(drop.answered);
        QVERIFY(!window->document()->isCampaign());
        QVERIFY(recipients->textEdit()->isVisible());
    }

    void importDialogListsWhatIsWrongAndLetsThePhoneColumnChange()
    {
        RecipientImportDialog *dialog = openImportOfCustomers();
        QVERIFY(dialog);
        auto *use = dialog->findChild<QPushButton *>(QStringLiteral("importUseButton"));
        QTRY_VERIFY(use->isEnabled());
        const QString counts = dialog->findChild<QLabel *>(QStringLiteral("importCountsLabel"))->text();
        QVERIFY2(counts.contains(QLatin1String("5 rows")) && counts.contains(QLatin1String("3 valid numbers")) &&
                     counts.contains(QLatin1String("1 invalid")) &&
                     counts.contains(QLatin1String("1 listed twice")),
                 qPrintable(counts));
        auto *invalid = dialog->findChild<QListWidget *>(QStringLiteral("importInvalidList"));
        QCOMPARE(invalid->count(), 1);
        QVERIFY(invalid->item(0)->text().startsWith(QLatin1String("Row 4:")));
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("importPreviewTable"));
        QCOMPARE(table->rowCount(), 5);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Asha"));
        auto *phone = dialog->findChild<QComboBox *>(QStringLiteral("importPhoneColumnComboBox"));
        QCOMPARE(phone->currentText(), QStringLiteral("phone"));
        // The names are not numbers: nothing could be sent, so the dialog will not take them.
        phone->setCurrentIndex(phone->findText(QStringLiteral("name")));
        QTRY_VERIFY(!use->isEnabled() && dialog->findChild<QLabel *>(QStringLiteral("importCountsLabel"))
                                             ->text()
                                             .contains(QLatin1String("0 valid numbers")));
        QCOMPARE(invalid->count(), 5);
        dialog->reject();
        QVERIFY(!m_env->window()->document()->isCampaign());
    }

    void aSpreadsheetDroppedOnTheWindowOpensTheImport()
    {
        QVERIFY(writeFile(customers(), kCustomers));
        MainWindow *window = m_env->openWindow();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(customers())});
        const QPoint centre = window->rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window, &drop);
        QTRY_VERIFY(window->campaign()->importDialog());
        auto *use =
            window->campaign()->importDialog()->findChild<QPushButton *>(QStringLiteral("importUseButton"));
        QTRY_VERIFY(use->isEnabled());
        use->click();
        QVERIFY(window->document()->isCampaign());
    }

    // Found by hand: a notch over "Phone numbers in" chose another column, without a click.
    void theWheelChangesNoChoiceOfTheImportDialog()
    {
        RecipientImportDialog *dialog = openImportOfCustomers();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->findChild<QPushButton *>(QStringLiteral("importUseButton"))->isEnabled());
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        for (const char *name : {"importDelimiterComboBox", "importPhoneColumnComboBox"}) {
            auto *combo = dialog->findChild<QComboBox *>(QLatin1String(name));
            QVERIFY2(combo && combo->isVisible() && combo->count() > 1, name);
            const QString before = combo->currentText();
            for (const int delta : {-120, 120, 120}) {
                const QPoint local = combo->mapTo(dialog, combo->rect().center());
                QWheelEvent wheel(QPointF(local), dialog->mapToGlobal(QPointF(local)), QPoint(), QPoint(0, delta),
                                  Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
                QApplication::sendEvent(dialog->windowHandle(), &wheel);
                QCOMPARE(combo->currentText(), before);
            }
        }
        // Tabbed into by the person, it takes the wheel.
        auto *delimiter = dialog->findChild<QComboBox *>(QStringLiteral("importDelimiterComboBox"));
        QTRY_VERIFY(delimiter->hasFocus());
        QTest::keyClick(delimiter, Qt::Key_Tab);
        QTRY_VERIFY(!delimiter->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QTRY_VERIFY(delimiter->hasFocus());
        const QString before = delimiter->currentText();
        const QPoint at = delimiter->rect().center();
        QWheelEvent chosen(QPointF(at), delimiter->mapToGlobal(QPointF(at)), QPoint(), QPoint(0, -120),
                           Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(delimiter, &chosen);
        QVERIFY(delimiter->currentText() != before);
        dialog->reject();
    }

    void aFileThatIsNotASpreadsheetIsNamedAndRefused()
    {
        MainWindow *window = m_env->openWindow();
        const QString path = m_env->path(QStringLiteral("photo.csv"));
        QVERIFY(writeFile(path, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
        window->campaign()->importFile(path);
        RecipientImportDialog *dialog = window->campaign()->importDialog();
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("importFileLabel"));
        QTRY_VERIFY(label->text().contains(QLatin1String("cannot be used")));
        QVERIFY2(label->text().contains(QLatin1String("UTF-8")), qPrintable(label->text()));
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("importUseButton"))->isEnabled());
        dialog->reject();
    }

    void placeholdersFromTheMenuAndFromTyping()
    {
        MainWindow *window = openWithCustomers();
        QTRY_COMPARE(window->campaign()->placeholders()->columns(),
                     (QStringList{QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("link")}));
        QApplication::setActiveWindow(window);
        QPlainTextEdit *body = window->form()->bodyEditor()->textEdit();
        body->setFocus();
        QTest::keyClicks(body, QStringLiteral("Hello "));
        // Insert field → name, as the context menu offers it.
        QMenu *menu = window->campaign()->placeholders()->insertMenu(body, window);
        menu->findChild<QAction *>(QStringLiteral("insertField:name"))->trigger();
        QCOMPARE(body->toPlainText(), QStringLiteral("Hello {{name}}"));
        QTRY_COMPARE(window->document()->message().body, QStringLiteral("Hello {{name}}"));

        // Typing {{ in a title lists the columns; Enter takes the one chosen.
        QLineEdit *title = window->form()->findChild<QLineEdit *>(QStringLiteral("titleLineEdit0"));
        title->setFocus();
        QTRY_VERIFY(title->hasFocus());
        QTest::keyClicks(title, QStringLiteral("Offer for {{li"));
        QAbstractItemView *popup = window->campaign()->placeholders()->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->model()->rowCount(), 1);
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_COMPARE(title->text(), QStringLiteral("Offer for {{link}}"));
        QTRY_COMPARE(window->document()->message().titles.value(0), QStringLiteral("Offer for {{link}}"));

        // In the message text Enter takes the first column that fits, not a new line (found by hand).
        body->setFocus();
        QTRY_VERIFY(body->hasFocus());
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, QStringLiteral(", see {{Li"));
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_COMPARE(body->toPlainText(), QStringLiteral("Hello {{name}}, see {{link}}"));
        QVERIFY(!popup->isVisible());
    }

    // Found by hand: typed to the end, "Offer {{link}}" kept the list open, and Tab then made it
    // "Offer {{link}}{{name}}". Keys go to the open list, as a person's do.
    void aFinishedPlaceholderClosesTheListAndTabMovesOn()
    {
        MainWindow *window = openWithCustomers();
        QTRY_VERIFY(!window->campaign()->placeholders()->columns().isEmpty());
        QApplication::setActiveWindow(window);
        QLineEdit *title = window->form()->findChild<QLineEdit *>(QStringLiteral("titleLineEdit0"));
        title->setFocus();
        QTRY_VERIFY(title->hasFocus());
        QTest::keyClicks(title, QStringLiteral("Offer {{li"));
        QAbstractItemView *popup = window->campaign()->placeholders()->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClicks(popup, QStringLiteral("nk}}"));
        QTRY_VERIFY(!popup->isVisible());
        QCOMPARE(title->text(), QStringLiteral("Offer {{link}}"));
        QTest::keyClicks(popup->isVisible() ? popup : QApplication::focusWidget(), QStringLiteral(" now"));
        QTest::keyClick(popup->isVisible() ? popup : QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(title->text(), QStringLiteral("Offer {{link}} now"));
        QTRY_VERIFY(!title->hasFocus());

        // Tab with the list open still takes the column chosen, and only then.
        QLineEdit *category = window->form()->findChild<QLineEdit *>(QStringLiteral("categoryLineEdit"));
        category->setFocus();
        QTRY_VERIFY(category->hasFocus());
        QTest::keyClicks(category, QStringLiteral("For {{na"));
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClick(popup, Qt::Key_Tab);
        QTRY_COMPARE(category->text(), QStringLiteral("For {{name}}"));

        // Typed faster than the list follows: "}}" and Tab before the list has closed.
        QLineEdit *subCategory = window->form()->findChild<QLineEdit *>(QStringLiteral("subCategoryLineEdit"));
        subCategory->setFocus();
        QTRY_VERIFY(subCategory->hasFocus());
        QTest::keyClicks(subCategory, QStringLiteral("{{na"));
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClicks(popup, QStringLiteral("me}}"));
        QTest::keyClick(popup, Qt::Key_Tab);
        QTRY_VERIFY(!subCategory->hasFocus());
        QCOMPARE(subCategory->text(), QStringLiteral("{{name}}"));
    }

    void thePreviewShowsEachRowAndTheProblemsAreGrouped()
    {
        MainWindow *window = openWithCustomers();
        window->document()->edit([](Message &m) {
            m.type = QStringLiteral("TXT");
            m.body = QStringLiteral("Hi {{name}}, your link: {{link}}");
        });
        CampaignDraft *draft = window->campaign()->draft();
        QTRY_VERIFY(!draft->isPlanning() && !draft->isLoading());
        PreviewWidget *phone = window->previewPane()->previewWidget();
        QTRY_COMPARE(phone->message().body, QStringLiteral("Hi Asha, your link: https://shop.example/a"));
        auto *next = window->findChild<QToolButton *>(QStringLiteral("rowPickerNextButton"));
        next->click();
        QTRY_COMPARE(phone->message().body, QStringLiteral("Hi Ravi, your link: https://shop.example/r"));
        auto *row = window->findChild<QSpinBox *>(QStringLiteral("rowPickerSpinBox"));
        QCOMPARE(row->value(), 2);
        QCOMPARE(row->maximum(), 5);
        // "Next problem" goes to row 4 of the sheet (Meena's short number), then to the repeated one.
        // The phone stays where it is while its row's line grows (found by hand: the line wrapped
        // and pushed the phone down under the pointer).
        window->resize(1000, 700);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const int phoneTop = phone->mapTo(window, QPoint()).y();
        window->findChild<QToolButton *>(QStringLiteral("rowPickerNextProblemButton"))->click();
        QTRY_COMPARE(phone->message().body, QStringLiteral("Hi Meena, your link: https://shop.example/m"));
        auto *detail = window->findChild<ElidedLabel *>(QStringLiteral("rowPickerDetailLabel"));
        QVERIFY(detail->fullText().contains(QLatin1String("not sent")));
        QCOMPARE(detail->toolTip(), detail->fullText());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCOMPARE(phone->mapTo(window, QPoint()).y(), phoneTop);

        // One problem line per kind, with its count and column; the template itself is fine.
        const QList<Issue> issues = window->issues();
        const auto find = [&issues](const QString &code) {
            for (const Issue &issue : issues)
                if (issue.code == code)
                    return issue;
            return Issue{};
        };
        const Issue duplicate = find(QStringLiteral("SOIP-RECIPIENT-DUPLICATE"));
        QVERIFY2(duplicate.message.startsWith(QLatin1String("1 row:")) &&
                     duplicate.message.contains(QStringLiteral("column “phone”")),
                 qPrintable(duplicate.message));
        QCOMPARE(duplicate.severity, Severity::Warning);
        QVERIFY(!hasErrors(issues));

        // A button whose link comes from a column that is not a link in every row.
        window->document()->edit([](Message &m) {
            m.type = QStringLiteral("CTA");
            m.titles = {QStringLiteral("Diwali offer")};
            Action open;
            open.type = int(ActionType::OpenLink);
            open.label = QStringLiteral("Open");
            open.rank = QStringLiteral("0");
            open.target = QStringLiteral("{{link}}");
            m.actions = {open};
        });
        QTRY_VERIFY(!draft->isPlanning());
        const Issue link = [&] {
            for (const Issue &issue : window->issues())
                if (issue.parameter.startsWith(QLatin1String("actions[0]")))
                    return issue;
            return Issue{};
        }();
        QVERIFY2(link.message.startsWith(QLatin1String("1 row:")) &&
                     link.message.contains(QStringLiteral("column “link”")) &&
                     link.message.contains(QLatin1String("(row 5)")),
                 qPrintable(link.message));
    }

    void aPlaceholderNamingNoColumnIsShownAtItsField()
    {
        MainWindow *window = openWithCustomers();
        window->document()->edit([](Message &m) {
            m.type = QStringLiteral("TXT");
            m.body = QStringLiteral("Hi {{nme}}");
        });
        QTRY_VERIFY(!window->campaign()->draft()->isPlanning());
        Issue placeholder;
        for (const Issue &issue : window->issues())
            if (issue.code == u"SOIP-CAMPAIGN-TEMPLATE")
                placeholder = issue;
        QVERIFY2(placeholder.message.contains(QLatin1String("{{nme}}")) &&
                     placeholder.message.contains(QLatin1String("name, phone, link")),
                 qPrintable(placeholder.message));
        // At the message text, where the mistake is, not at "Whole message" (found by hand).
        QCOMPARE(placeholder.parameter, QStringLiteral("body"));
        QCOMPARE(window->form()->widgetForPath(placeholder.parameter)->objectName(),
                 QStringLiteral("bodyTextEdit"));
    }

    // Found by hand: an unclosed {{ was the only problem listed, so the card's others came one by one.
    void everyMistakenPlaceholderAndTheCardsOtherProblemsAreListedTogether()
    {
        MainWindow *window = openWithCustomers();
        window->document()->edit([](Message &m) {
            m.type = QStringLiteral("RMC");
            m.titles = {QStringLiteral("For {{name")};
            m.body = QStringLiteral("Hi {{nme}}");
            m.richMedia = {};
        });
        QTRY_VERIFY(!window->campaign()->draft()->isPlanning());
        QStringList placeholders;
        QStringList others;
        for (const Issue &issue : window->issues())
            (issue.code == u"SOIP-CAMPAIGN-TEMPLATE" ? placeholders : others).append(issue.parameter);
        QCOMPARE(placeholders.size(), 2);
        QVERIFY2(placeholders.contains(QStringLiteral("body")), qPrintable(placeholders.join(u' ')));
        // The missing picture is said too, and the title's own {{ is not complained about twice.
        QVERIFY2(!others.isEmpty(), "only the placeholders are listed");
        QVERIFY2(std::none_of(others.cbegin(), others.cend(),
                              [&](const QString &path) { return placeholders.contains(path); }),
                 qPrintable(others.join(u' ')));
        // The card shows the rest of each row; the mistake stays as written.
        QTRY_VERIFY(window->campaign()->draft()->currentRowMessage(window->document()->message()).body ==
                    QStringLiteral("Hi {{nme}}"));
    }

    // Found by hand: in a campaign, an event already past went unsaid once the rows were checked.
    void aPastEventDateIsSaidForACampaignToo()
    {
        MainWindow *window = openWithCustomers();
        window->document()->edit([](Message &m) {
            m.type = QStringLiteral("CTA");
            m.body = QStringLiteral("Our sale starts soon");
            m.titles = {QStringLiteral("Diwali sale")};
            m.category = QStringLiteral("Offers");
            m.coreEntity = QStringLiteral("Sale");
            Action save;
            save.type = int(ActionType::AddToCalendar);
            save.label = QStringLiteral("Save the date");
            save.rank = QStringLiteral("0");
            save.event = {QStringLiteral("2021-10-19"), QStringLiteral("10:00"), QStringLiteral("Sale"),
                          QStringLiteral("In every shop")};
            m.actions = {save};
        });
        QTRY_VERIFY(!window->campaign()->draft()->isPlanning());
        Issue past;
        for (const Issue &issue : window->issues())
            if (issue.code == u"SOIP-DATE-PAST")
                past = issue;
        QStringList said;
        for (const Issue &issue : window->issues())
            said.append(issue.code + u' ' + issue.message);
        QVERIFY2(past.message.contains(QLatin1String("2021-10-19")), qPrintable(said.join(u'\n')));
        QCOMPARE(past.severity, Severity::Warning);
        QCOMPARE(past.parameter, QStringLiteral("actions[0].action_to.date"));
    }

    void theMediaCheckLooksAtTheAddressOfTheRowShown()
    {
        MainWindow *window = openWithCustomers();
        window->document()->edit([](Message &m) {
            m.type = QStringLiteral("RMC");
            m.titles = {QStringLiteral("For {{name}}")};
        });
        RichMediaEditor *media = window->form()->richMediaEditor();
        media->urlLineEdit()->setText(QStringLiteral("{{link}}"));
        CampaignDraft *draft = window->campaign()->draft();
        QTRY_VERIFY(!draft->isPlanning());
        // Row 1's address is a web address: the check fetches it, not "{{link}}" (found by hand:
        // it said the template's address was not a web address).
        media->checkButton()->click();
        QVERIFY2(media->infoLabel()->text().contains(QLatin1String("shop.example")),
                 qPrintable(media->infoLabel()->text()));
        // The row of Kiran, whose link is "not a link": the check says what that row made of it.
        auto *row = window->findChild<QSpinBox *>(QStringLiteral("rowPickerSpinBox"));
        row->setValue(4);
        QTRY_COMPARE(window->previewPane()->previewWidget()->message().titles.value(0),
                     QStringLiteral("For Kiran"));
        QVERIFY2(!media->infoLabel()->text().contains(QLatin1String("shop.example")),
                 qPrintable(media->infoLabel()->text())); // the result of row 1 is gone
        media->checkButton()->click();
        QVERIFY2(media->infoLabel()->text().contains(QStringLiteral("“not a link”")),
                 qPrintable(media->infoLabel()->text()));
    }

    void aCampaignFileKeepsTheSpreadsheetAndNoticesItChanged()
    {
        MainWindow *window = openWithCustomers();
        window->document()->edit([](Message &m) {
            m.type = QStringLiteral("TXT");
            m.body = QStringLiteral("Hi {{name}}");
        });
        const QString campaignPath = m_env->path(QStringLiteral("diwali.soipcampaign"));
        QVERIFY(window->saveTo(campaignPath));
        QFile saved(campaignPath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(saved.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("soip_campaign")).toInt(), 1);
        QCOMPARE(root.value(QStringLiteral("template")).toObject().value(QStringLiteral("body")).toString(),
                 QStringLiteral("Hi {{name}}"));
        QVERIFY(!root.value(QStringLiteral("template")).toObject().contains(QStringLiteral("to")));
        QCOMPARE(root.value(QStringLiteral("recipients")).toObject().value(QStringLiteral("file")).toString(),
                 QStringLiteral("customers.csv"));

        // "Export template" (here: saving under a .json name) writes the payload alone.
        const QString payloadPath = m_env->path(QStringLiteral("template.json"));
        QVERIFY(window->drafts()->saveTo(payloadPath));
        const ReadResult payload = MessageCodec::readFile(payloadPath);
        QVERIFY(payload.readable);
        QCOMPARE(payload.message.body, QStringLiteral("Hi {{name}}"));

        // A customer more in the spreadsheet: opening the campaign says so and uses the new rows.
        QVERIFY(writeFile(customers(), QByteArray(kCustomers) + "Nisha,+919876543213,https://shop.example/n\r\n"));
        window = m_env->openWindow();
        QVERIFY(window->openFile(campaignPath));
        QVERIFY(window->document()->isCampaign());
        QCOMPARE(window->document()->message().body, QStringLiteral("Hi {{name}}"));
        QTRY_COMPARE(window->campaign()->draft()->rowCount(), 6);
        QTRY_VERIFY(window->campaign()->draft()->changedOnDisk());
        const auto warned = [&window] {
            for (const Issue &issue : window->issues()) {
                if (issue.code == u"SOIP-CAMPAIGN-FILE-CHANGED" && issue.message.contains(QLatin1String("6 rows")))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(warned());
        // Saved again, the campaign keeps the spreadsheet as it is now: no warning on the next open.
        QTRY_VERIFY(window->document()->isModified());
        QVERIFY(window->saveTo(campaignPath));
        window = m_env->openWindow();
        QVERIFY(window->openFile(campaignPath));
        QTRY_COMPARE(window->campaign()->draft()->rowCount(), 6);
        QTRY_VERIFY(!window->campaign()->draft()->isPlanning());
        QVERIFY(!window->campaign()->draft()->changedOnDisk());
        QVERIFY(!warned());
    }

    void aMissingSpreadsheetStopsTheSendWithAReason()
    {
        MainWindow *window = openWithCustomers();
        const QString campaignPath = m_env->path(QStringLiteral("gone.soipcampaign"));
        QVERIFY(window->saveTo(campaignPath));
        QVERIFY(QFile::remove(customers()));
        window = m_env->openWindow();
        QVERIFY(window->openFile(campaignPath));
        QTRY_VERIFY(!window->campaign()->draft()->isLoading());
        QTRY_VERIFY(hasErrors(window->issues()));
        bool named = false;
        for (const Issue &issue : window->issues())
            named = named || (issue.code == u"SOIP-CAMPAIGN-FILE" &&
                              issue.message.contains(QLatin1String("customers.csv")));
        QVERIFY(named);
    }

    void aCrashKeepsTheSpreadsheet()
    {
        MainWindow *window = openWithCustomers();
        window->autosaver()->flush();
        m_env->dropWindow();
        window = m_env->openWindow();
        ModalAnswerer answerer;
        answerer.answer(QStringLiteral("restoreMessageBox"), QStringLiteral("restorePushButton"));
        QVERIFY(window->offerRestore());
        QVERIFY(window->document()->isCampaign());
        QCOMPARE(window->document()->recipientSource().path, customers());
        QTRY_COMPARE(window->campaign()->draft()->rowCount(), 5);
    }

    void sendRunsEveryRowOnTheSandbox()
    {
        MainWindow *window = openWithCustomers();
        window->setCurrentAccountId(SendController::sandboxAccountId());
        window->document()->edit([](Message &m) {
            m.type = QStringLiteral("TXT");
            m.body = QStringLiteral("Hi {{name}}, your link: {{link}}");
            m.campaignName = QStringLiteral("Diwali test");
        });
        CampaignDraft *draft = window->campaign()->draft();
        QTRY_VERIFY(!draft->isPlanning());
        QTRY_VERIFY(window->findChild<QAction *>(QStringLiteral("sendAction"))->isEnabled());
        ModalAnswerer confirm;
        confirm.answer(QStringLiteral("campaignConfirmDialog"), QStringLiteral("campaignStartPushButton"));
        window->findChild<QAction *>(QStringLiteral("sendAction"))->trigger();
        QTRY_VERIFY(confirm.answered);
        CampaignController *campaigns = m_env->services()->campaigns();
        QTRY_COMPARE(campaigns->campaignName(), QStringLiteral("Diwali test"));
        // Three numbers to send (one invalid, one repeated): each accepted once, one request each.
        QTRY_VERIFY_WITH_TIMEOUT(campaigns->state() == CampaignExecution::State::Idle &&
                                     campaigns->counts().of(RowState::Accepted) == 3,
                                 20000);
        const QList<JournalRow> rows = campaigns->journal()->rows(campaigns->campaignId());
        QCOMPARE(rows.size(), 3);
        const std::optional<CampaignRecord> record = campaigns->journal()->find(campaigns->campaignId());
        QVERIFY(record);
        QCOMPARE(record->sourceName, QStringLiteral("customers.csv"));
        QVERIFY(!record->templateJson.contains("\"to\""));
        QVERIFY(record->templateJson.contains("{{name}}"));
        // While it ran and after, the single-message path sent nothing.
        QCOMPARE(m_env->services()->history()->recent().size(), 0);

        // Send again on the same draft: every customer would get it twice, so it is asked first
        // (Cancel is the default) and nothing more is sent.
        ModalAnswerer twice;
        twice.answer(QStringLiteral("campaignSentBeforeMessageBox"),
                     QStringLiteral("campaignSendAgainCancelPushButton"));
        window->findChild<QAction *>(QStringLiteral("sendAction"))->trigger();
        QVERIFY(twice.answered);
        QVERIFY2(twice.seenText.contains(QLatin1String("3 rows accepted")), qPrintable(twice.seenText));
        QCOMPARE(campaigns->journal()->list().size(), 1);
    }

private:
    QString customers() const { return m_env->path(QStringLiteral("customers.csv")); }

    // A window whose recipients are the five customers, chosen as a person does.
    MainWindow *openWithCustomers()
    {
        if (!QFile::exists(customers()))
            writeFile(customers(), kCustomers);
        MainWindow *window = m_env->openWindow();
        chooseSpreadsheet(window, customers());
        return window;
    }

    // The import dialog for the five customers, as "From a file…" opens it; nullptr if it does not.
    RecipientImportDialog *openImportOfCustomers()
    {
        if (!writeFile(customers(), kCustomers))
            return nullptr;
        MainWindow *window = m_env->openWindow();
        window->campaign()->importFile(customers());
        return window->campaign()->importDialog();
    }

    std::unique_ptr<GuiTestEnvironment> m_env;
};

QTEST_MAIN(TestCampaignCompose)
#include "tst_campaigncompose.moc"
