// The composer form driven through its widgets, offscreen: what a user types must end up in the
// document exactly, and what the document holds must show in the widgets.
#include "composer/composerdocument.h"
#include "editors/actioneditor.h"
#include "editors/actionseditor.h"
#include "editors/composerform.h"
#include "editors/deeplinkeditor.h"
#include "editors/deeplinkseditor.h"
#include "editors/markedfield.h"
#include "editors/tabring.h"
#include "mainwindow/fieldlabels.h"
#include "validation/textlength.h"
#include "validation/validator.h"
#include "json/messagecodec.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCalendarWidget>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace soip;

namespace {
// Just enough HTTP/1.1 on 127.0.0.1 for the media check: fixed answers per path, HEAD and GET.
class TinyHttpServer final {
public:
    struct Answer {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
    };

    bool listen()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { serve(socket); });
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }
    QHash<QByteArray, Answer> answers;

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray request = socket->property("request").toByteArray() + socket->readAll();
        socket->setProperty("request", request);
        if (!request.contains("\r\n\r\n"))
            return;
        const QList<QByteArray> line = request.left(request.indexOf("\r\n")).split(' ');
        const Answer answer = answers.value(line.value(1), Answer{404, "text/plain", "not here"});
        QByteArray response =
            "HTTP/1.1 " + QByteArray::number(answer.status) + (answer.status == 200 ? " OK" : " Not Found") +
            "\r\nContent-Type: " + answer.contentType +
            "\r\nContent-Length: " + QByteArray::number(answer.body.size()) + "\r\nConnection: close\r\n\r\n";
        if (line.value(0) != "HEAD")
            response += answer.body;
        socket->write(response);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
};
} // namespace

class TestEditors final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void composesCtaSampleActions();
    void typeSwitchKeepsInput();
    void hiddenSectionsFollowType();
    void actionTypeSwitchKeepsInput();
    void reorderRenumbersRanks();
    void moveAndRemoveKeepWhatEachButtonTyped();
    void choosingTakenRankSwaps();
    void atMostFourActions();
    void titlesAddRemoveReorder();
    void bodyCounterCountsWhatPeopleSee();
    void bodyCounterTurnsRedPastLimit();
    void labelCounter();
    void recipientsNormalisedCountedAndDeduplicated();
    void replacedDocumentShowsInWidgetsWithoutEditing();
    void loadingADocumentAnnouncesNoUnchangedCheckIssues();
    void widgetForPathMapsEveryKind_data();
    void widgetForPathMapsEveryKind();
    void problemsNameTheFieldAsTheFormDoes_data();
    void problemsNameTheFieldAsTheFormDoes();
    void showIssuesMarksAndClears();
    void focusPathFocusesField();
    void videoForcesTallWithReason();
    void playStoreButtonBuildsUrl();
    void mediaCheckShowsFactsThumbnailAndWarnings();
    void everyInputHasNameAndAccessibleName();
    void senderIdsAreRemembered();
    void savedAppFillsDeepLink();
    void calendarShowsNotSetUntilChosen();
    void unknownValuesFromFileAreShownNotReplaced();
    void videoCheckReportsUnplayableVideo();
    void ctrlReturnReachesTheWindow();
    void marksWaitUntilAFieldIsEditedAndLeft();
    void severalAppLinksAreShownEditedAndKept();
    void appLinkIssuesLandInTheirRow();
    void screenshots_data();
    void screenshots();

private:
    template <typename T> T *find(const QString &name, QWidget *in = nullptr) const
    {
        T *w = (in ? in : static_cast<QWidget *>(m_form))->findChild<T *>(name);
        if (!w)
            qWarning("no widget %s", qPrintable(name));
        return w;
    }
    ActionEditor *action(int i) const { return find<ActionEditor>(QStringLiteral("actionEditor%1").arg(i)); }
    void setType(QComboBox *combo, const QString &data) { combo->setCurrentIndex(combo->findData(data)); }
    static bool isMarked(QWidget *input)
    {
        return !MarkedField::containing(input)->issueText().isEmpty() || !input->styleSheet().isEmpty();
    }
    void typeInto(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

    QTemporaryDir m_settingsDir;
    ComposerDocument *m_document = nullptr;
    ComposerForm *m_form = nullptr;
};

void TestEditors::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("soip-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_editors"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestEditors::init()
{
    m_document = new ComposerDocument;
    m_form = new ComposerForm(m_document);
    m_form->resize(600, 700);
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form));
}

void TestEditors::cleanup()
{
    delete m_form;
    delete m_document;
    m_form = nullptr;
    m_document = nullptr;
}

void TestEditors::composesCtaSampleActions()
{
    const ReadResult sample =
        MessageCodec::readFile(QStringLiteral(SOIP_TEST_DATA_DIR "/vendor/request-cta.json"));
    QVERIFY2(sample.readable, qPrintable(sample.error));
    setType(m_form->typeComboBox(), QStringLiteral("CTA"));
    auto *add = find<QPushButton>(QStringLiteral("addActionButton"));
    for (int i = 0; i < 4; ++i)
        QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_document->message().actions.size(), 4);

    setType(find<QComboBox>(QStringLiteral("actionTypeComboBox"), action(0)), QStringLiteral("4"));
    typeInto(find<QLineEdit>(QStringLiteral("actionLabelLineEdit"), action(0)), QStringLiteral("Copy Text"));
    typeInto(find<QLineEdit>(QStringLiteral("copyTextLineEdit"), action(0)), QStringLiteral("Hello World"));

    typeInto(find<QLineEdit>(QStringLiteral("actionLabelLineEdit"), action(1)), QStringLiteral("Open Link"));
    typeInto(find<QLineEdit>(QStringLiteral("actionUrlLineEdit"), action(1)),
             QStringLiteral("https://www.kaleyra.com"));

    setType(find<QComboBox>(QStringLiteral("actionTypeComboBox"), action(2)), QStringLiteral("2"));
    typeInto(find<QLineEdit>(QStringLiteral("actionLabelLineEdit"), action(2)), QStringLiteral("Add Event"));
    typeInto(find<QLineEdit>(QStringLiteral("calendarDateEdit"), action(2)), QStringLiteral("19/10/2021"));
    typeInto(find<QLineEdit>(QStringLiteral("calendarTimeEdit"), action(2)), QStringLiteral("10:30 pm"));
    typeInto(find<QLineEdit>(QStringLiteral("calendarTitleLineEdit"), action(2)),
             QStringLiteral("Title of the event"));
    typeInto(find<QLineEdit>(QStringLiteral("calendarDescriptionLineEdit"), action(2)),
             QStringLiteral("Description of the event"));

    setType(find<QComboBox>(QStringLiteral("actionTypeComboBox"), action(3)), QStringLiteral("3"));
    typeInto(find<QLineEdit>(QStringLiteral("actionLabelLineEdit"), action(3)), QStringLiteral("Open App"));
    QCOMPARE(find<QComboBox>(QStringLiteral("deepLinkActionComboBox"), action(3))->currentText(),
             QStringLiteral("android.intent.action.MAIN"));
    typeInto(find<QLineEdit>(QStringLiteral("deepLinkPackageLineEdit"), action(3)),
             QStringLiteral("com.flipkart.android"));
    typeInto(find<QLineEdit>(QStringLiteral("deepLinkClassLineEdit"), action(3)),
             QStringLiteral("com.flipkart.android.SplashActivity"));

    const QJsonValue actual = MessageCodec::toJson(m_document->message().withOnlyFieldsOfType()).value(u"actions");
    const QJsonValue expected = MessageCodec::toJson(sample.message).value(u"actions");
    QCOMPARE(QJsonDocument(actual.toArray()).toJson(), QJsonDocument(expected.toArray()).toJson());
}

void TestEditors::typeSwitchKeepsInput()
{
    setType(m_form->typeComboBox(), QStringLiteral("RMC"));
    typeInto(find<QLineEdit>(QStringLiteral("categoryLineEdit")), QStringLiteral("Offers"));
    typeInto(find<QLineEdit>(QStringLiteral("mediaUrlLineEdit")), QStringLiteral("https://example.com/a.jpg"));
    typeInto(find<QLineEdit>(QStringLiteral("titleLineEdit0")), QStringLiteral("Big sale"));

    setType(m_form->typeComboBox(), QStringLiteral("TXT"));
    QCOMPARE(m_document->message().type, QStringLiteral("TXT"));
    QVERIFY(!find<QLineEdit>(QStringLiteral("categoryLineEdit"))->isVisible());
    setType(m_form->typeComboBox(), QStringLiteral("CTA"));
    setType(m_form->typeComboBox(), QStringLiteral("RMC"));

    QCOMPARE(find<QLineEdit>(QStringLiteral("categoryLineEdit"))->text(), QStringLiteral("Offers"));
    QCOMPARE(find<QLineEdit>(QStringLiteral("mediaUrlLineEdit"))->text(),
             QStringLiteral("https://example.com/a.jpg"));
    QCOMPARE(m_document->message().category, QStringLiteral("Offers"));
    QCOMPARE(m_document->message().titles, QStringList{QStringLiteral("Big sale")});
    QCOMPARE(m_document->message().richMedia.value(0).url, QStringLiteral("https://example.com/a.jpg"));
    QCOMPARE(m_document->message().richMedia.value(0).mediaType, 1);
    QCOMPARE(m_document->message().richMedia.value(0).displayRatio, QStringLiteral("normal"));
}

void TestEditors::hiddenSectionsFollowType()
{
    setType(m_form->typeComboBox(), QStringLiteral("TXT"));
    QVERIFY(!find<QWidget>(QStringLiteral("cardGroupBox"))->isVisible());
    QVERIFY(!find<QWidget>(QStringLiteral("mediaGroupBox"))->isVisible());
    QVERIFY(!find<QWidget>(QStringLiteral("actionsGroupBox"))->isVisible());
    QVERIFY(find<QWidget>(QStringLiteral("bodyTextEdit"))->isVisible());
    setType(m_form->typeComboBox(), QStringLiteral("RMC"));
    QVERIFY(find<QWidget>(QStringLiteral("mediaGroupBox"))->isVisible());
    QVERIFY(!find<QWidget>(QStringLiteral("coreEntityLineEdit"))->isVisible());
    setType(m_form->typeComboBox(), QStringLiteral("CTA"));
    QVERIFY(!find<QWidget>(QStringLiteral("mediaGroupBox"))->isVisible());
    QVERIFY(find<QWidget>(QStringLiteral("coreEntityLineEdit"))->isVisible());
    QVERIFY(find<QWidget>(QStringLiteral("actionsGroupBox"))->isVisible());
}

void TestEditors::actionTypeSwitchKeepsInput()
{
    QTest::mouseClick(find<QPushButton>(QStringLiteral("addActionButton")), Qt::LeftButton);
    ActionEditor *a = action(0);
    auto *type = find<QComboBox>(QStringLiteral("actionTypeComboBox"), a);
    QCOMPARE(type->currentData().toString(), QStringLiteral("1"));
    typeInto(find<QLineEdit>(QStringLiteral("actionUrlLineEdit"), a), QStringLiteral("https://example.com"));
    setType(type, QStringLiteral("4"));
    QCOMPARE(m_document->message().actions.at(0).type, 4);
    QCOMPARE(m_document->message().actions.at(0).target, QString());
    typeInto(find<QLineEdit>(QStringLiteral("copyTextLineEdit"), a), QStringLiteral("SAVE10"));
    setType(type, QStringLiteral("2"));
    typeInto(find<QLineEdit>(QStringLiteral("calendarDateEdit"), a), QStringLiteral("2 Jan 2030"));
    setType(type, QStringLiteral("1"));
    QCOMPARE(find<QLineEdit>(QStringLiteral("actionUrlLineEdit"), a)->text(),
             QStringLiteral("https://example.com"));
    QCOMPARE(m_document->message().actions.at(0).target, QStringLiteral("https://example.com"));
    setType(type, QStringLiteral("4"));
    QCOMPARE(m_document->message().actions.at(0).target, QStringLiteral("SAVE10"));
    setType(type, QStringLiteral("2"));
    QCOMPARE(m_document->message().actions.at(0).event.date, QStringLiteral("2030-01-02"));
}

void TestEditors::reorderRenumbersRanks()
{
    auto *add = find<QPushButton>(QStringLiteral("addActionButton"));
    const QStringList labels{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    for (int i = 0; i < labels.size(); ++i) {
        QTest::mouseClick(add, Qt::LeftButton);
        typeInto(find<QLineEdit>(QStringLiteral("actionLabelLineEdit"), action(i)), labels.at(i));
    }
    QTest::mouseClick(find<QToolButton>(QStringLiteral("actionDownButton"), action(0)), Qt::LeftButton);
    const QList<Action> &actions = m_document->message().actions;
    QCOMPARE(actions.size(), 3);
    QCOMPARE(actions.at(0).label, QStringLiteral("B"));
    QCOMPARE(actions.at(1).label, QStringLiteral("A"));
    QCOMPARE(actions.at(2).label, QStringLiteral("C"));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(actions.at(i).rank, QString::number(i));
        QCOMPARE(find<QComboBox>(QStringLiteral("actionRankComboBox"), action(i))->currentText(),
                 QString::number(i));
    }
    QCOMPARE(find<QLineEdit>(QStringLiteral("actionLabelLineEdit"), action(0))->text(), QStringLiteral("B"));
    QVERIFY(!find<QToolButton>(QStringLiteral("actionUpButton"), action(0))->isEnabled());
    QVERIFY(!find<QToolButton>(QStringLiteral("actionDownButton"), action(2))->isEnabled());

    QTest::mouseClick(find<QToolButton>(QStringLiteral("actionUpButton"), action(2)), Qt::LeftButton);
    QCOMPARE(m_document->message().actions.at(1).label, QStringLiteral("C"));
    QCOMPARE(m_document->message().actions.at(1).rank, QStringLiteral("1"));
}

void TestEditors::moveAndRemoveKeepWhatEachButtonTyped()
{
    auto *add = find<QPushButton>(QStringLiteral("addActionButton"));
    for (int i = 0; i < 3; ++i)
        QTest::mouseClick(add, Qt::LeftButton);
    const auto type = [this](int i) { return find<QComboBox>(QStringLiteral("actionTypeComboBox"), action(i)); };
    const auto line = [this](const char *name, int i) { return find<QLineEdit>(QLatin1String(name), action(i)); };
    // A: text to copy, then a link. B: a link, an event, then text to copy. C: a phone number, then a link.
    setType(type(0), QStringLiteral("4"));
    typeInto(line("copyTextLineEdit", 0), QStringLiteral("CODE-A"));
    setType(type(0), QStringLiteral("1"));
    typeInto(line("actionUrlLineEdit", 0), QStringLiteral("https://example.com/a"));
    typeInto(line("actionUrlLineEdit", 1), QStringLiteral("https://example.com/b"));
    setType(type(1), QStringLiteral("2"));
    typeInto(line("calendarDateEdit", 1), QStringLiteral("2 Jan 2030"));
    typeInto(line("calendarTitleLineEdit", 1), QStringLiteral("Sale B"));
    setType(type(1), QStringLiteral("4"));
    typeInto(line("copyTextLineEdit", 1), QStringLiteral("CODE-B"));
    setType(type(2), QStringLiteral("5"));
    typeInto(line("phoneLineEdit", 2), QStringLiteral("+919876543210"));
    setType(type(2), QStringLiteral("1"));
    typeInto(line("actionUrlLineEdit", 2), QStringLiteral("https://example.com/c"));
    // Adding a button reloads the others; they keep what they had typed.
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(line("copyTextLineEdit", 0)->text(), QStringLiteral("CODE-A"));

    // B moves up: its typed URL and event go with it, and A's copy text goes with A.
    QTest::mouseClick(find<QToolButton>(QStringLiteral("actionUpButton"), action(1)), Qt::LeftButton);
    const QList<Action> &actions = m_document->message().actions;
    QCOMPARE(actions.at(0).target, QStringLiteral("CODE-B"));
    QCOMPARE(actions.at(0).rank, QStringLiteral("0")); // the ranks follow the order, as before
    setType(type(0), QStringLiteral("1"));
    QCOMPARE(line("actionUrlLineEdit", 0)->text(), QStringLiteral("https://example.com/b"));
    QCOMPARE(m_document->message().actions.at(0).target, QStringLiteral("https://example.com/b"));
    setType(type(0), QStringLiteral("2"));
    QCOMPARE(m_document->message().actions.at(0).event.date, QStringLiteral("2030-01-02"));
    QCOMPARE(line("calendarTitleLineEdit", 0)->text(), QStringLiteral("Sale B"));
    setType(type(1), QStringLiteral("4"));
    QCOMPARE(m_document->message().actions.at(1).target, QStringLiteral("CODE-A"));
    QCOMPARE(line("actionUrlLineEdit", 1)->text(), QStringLiteral("https://example.com/a"));

    // Removing B drops B's only: A and C keep theirs.
    QTest::mouseClick(find<QToolButton>(QStringLiteral("actionRemoveButton"), action(0)), Qt::LeftButton);
    QCOMPARE(m_document->message().actions.size(), 3);
    setType(type(0), QStringLiteral("1"));
    QCOMPARE(m_document->message().actions.at(0).target, QStringLiteral("https://example.com/a"));
    setType(type(1), QStringLiteral("5"));
    QCOMPARE(m_document->message().actions.at(1).target, QStringLiteral("+919876543210"));
    // The new button that took the last place has nothing typed for any type.
    for (const char *t : {"1", "4", "5"}) {
        setType(type(2), QLatin1String(t));
        QCOMPARE(m_document->message().actions.at(2).target, QString());
    }
    // A button added in the place of the removed one starts empty too, not with B's leftovers.
    QTest::mouseClick(add, Qt::LeftButton);
    for (const char *t : {"1", "4", "5"}) {
        setType(type(3), QLatin1String(t));
        QCOMPARE(m_document->message().actions.at(3).target, QString());
    }
}

void TestEditors::choosingTakenRankSwaps()
{
    auto *add = find<QPushButton>(QStringLiteral("addActionButton"));
    for (int i = 0; i < 3; ++i)
        QTest::mouseClick(add, Qt::LeftButton);
    auto *rank = find<QComboBox>(QStringLiteral("actionRankComboBox"), action(0));
    rank->setCurrentIndex(rank->findData(QStringLiteral("2")));
    emit rank->activated(rank->currentIndex());
    QCOMPARE(m_document->message().actions.at(0).rank, QStringLiteral("2"));
    QCOMPARE(m_document->message().actions.at(2).rank, QStringLiteral("0"));
    QCOMPARE(find<QComboBox>(QStringLiteral("actionRankComboBox"), action(2))->currentText(), QStringLiteral("0"));
}

void TestEditors::atMostFourActions()
{
    auto *add = find<QPushButton>(QStringLiteral("addActionButton"));
    for (int i = 0; i < 4; ++i) {
        QVERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
    }
    QCOMPARE(m_document->message().actions.size(), 4);
    QVERIFY(!add->isEnabled());
    QVERIFY(find<QLabel>(QStringLiteral("addActionReasonLabel"))->text().contains(QLatin1String("4")));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_document->message().actions.size(), 4);
    QStringList ranks;
    for (const Action &a : m_document->message().actions)
        ranks.append(a.rank);
    QCOMPARE(ranks,
             (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));

    QTest::mouseClick(find<QToolButton>(QStringLiteral("actionRemoveButton"), action(1)), Qt::LeftButton);
    QCOMPARE(m_document->message().actions.size(), 3);
    QVERIFY(add->isEnabled());
    QVERIFY(!action(3)->isVisible());
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_document->message().actions.last().rank, QStringLiteral("1")); // the free rank
}

void TestEditors::titlesAddRemoveReorder()
{
    setType(m_form->typeComboBox(), QStringLiteral("RMC"));
    auto *add = find<QPushButton>(QStringLiteral("addTitleButton"));
    QVERIFY(find<QLineEdit>(QStringLiteral("titleLineEdit0"))->isVisible());
    QVERIFY(!find<QLineEdit>(QStringLiteral("titleLineEdit1"))->isVisible());
    typeInto(find<QLineEdit>(QStringLiteral("titleLineEdit0")), QStringLiteral("one"));
    QTest::mouseClick(add, Qt::LeftButton);
    typeInto(find<QLineEdit>(QStringLiteral("titleLineEdit1")), QStringLiteral("two"));
    QTest::mouseClick(add, Qt::LeftButton);
    typeInto(find<QLineEdit>(QStringLiteral("titleLineEdit2")), QStringLiteral("three"));
    QTest::mouseClick(add, Qt::LeftButton);
    typeInto(find<QLineEdit>(QStringLiteral("titleLineEdit3")), QStringLiteral("four"));
    QVERIFY(!add->isEnabled());
    QCOMPARE(m_document->message().titles, (QStringList{QStringLiteral("one"), QStringLiteral("two"),
                                                        QStringLiteral("three"), QStringLiteral("four")}));

    QTest::mouseClick(find<QToolButton>(QStringLiteral("titleUpButton2")), Qt::LeftButton);
    QCOMPARE(m_document->message().titles, (QStringList{QStringLiteral("one"), QStringLiteral("three"),
                                                        QStringLiteral("two"), QStringLiteral("four")}));
    QCOMPARE(find<QLineEdit>(QStringLiteral("titleLineEdit1"))->text(), QStringLiteral("three"));

    QTest::mouseClick(find<QToolButton>(QStringLiteral("titleRemoveButton0")), Qt::LeftButton);
    QCOMPARE(m_document->message().titles,
             (QStringList{QStringLiteral("three"), QStringLiteral("two"), QStringLiteral("four")}));
    QVERIFY(!find<QLineEdit>(QStringLiteral("titleLineEdit3"))->isVisible());
    QVERIFY(add->isEnabled());
    QTest::mouseClick(find<QToolButton>(QStringLiteral("titleRemoveButton0")), Qt::LeftButton);
    QTest::mouseClick(find<QToolButton>(QStringLiteral("titleRemoveButton0")), Qt::LeftButton);
    QCOMPARE(m_document->message().titles, QStringList{QStringLiteral("four")});
    QVERIFY(!find<QToolButton>(QStringLiteral("titleRemoveButton0"))->isEnabled()); // one title stays
}

void TestEditors::bodyCounterCountsWhatPeopleSee()
{
    auto *body = find<QPlainTextEdit>(QStringLiteral("bodyTextEdit"));
    body->setFocus();
    // "हिंदी" is five UTF-16 units but two characters on screen.
    // keyClicks only types Latin-1; a keyboard layout sends each code unit as the key's text.
    for (const QChar ch : QStringLiteral("हिंदी"))
        QTest::sendKeyEvent(QTest::Click, body, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    QCOMPARE(m_document->message().body, QStringLiteral("हिंदी"));
    QCOMPARE(find<QLabel>(QStringLiteral("bodyCounterLabel"))->text(), QStringLiteral("2 / 4000"));
    QCOMPARE(visibleLength(QStringLiteral("दुनिया")), qsizetype(3)); // दु नि या
    QCOMPARE(visibleLength(QStringLiteral("👍🏽 ok")), qsizetype(4));
}

void TestEditors::bodyCounterTurnsRedPastLimit()
{
    auto *body = find<QPlainTextEdit>(QStringLiteral("bodyTextEdit"));
    auto *counter = find<QLabel>(QStringLiteral("bodyCounterLabel"));
    body->setPlainText(QString(4000, QLatin1Char('a')));
    QCOMPARE(counter->text(), QStringLiteral("4000 / 4000"));
    const QColor normal = counter->palette().color(QPalette::WindowText);
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClick(body, Qt::Key_B);
    QCOMPARE(counter->text(), QStringLiteral("4001 / 4000"));
    QCOMPARE(m_document->message().body.size(), 4001);
    QVERIFY(counter->palette().color(QPalette::WindowText) != normal);
}

void TestEditors::labelCounter()
{
    QTest::mouseClick(find<QPushButton>(QStringLiteral("addActionButton")), Qt::LeftButton);
    typeInto(find<QLineEdit>(QStringLiteral("actionLabelLineEdit"), action(0)), QStringLiteral("Track order"));
    QCOMPARE(find<QLabel>(QStringLiteral("actionLabelCounterLabel"), action(0))->text(),
             QStringLiteral("11 / 28"));
}

void TestEditors::recipientsNormalisedCountedAndDeduplicated()
{
    auto *text = find<QPlainTextEdit>(QStringLiteral("recipientsTextEdit"));
    text->setFocus();
    // A spreadsheet column pasted, one number twice and one that is not a number.
    QApplication::clipboard()->setText(QStringLiteral("919876543210\n+91 98765 43210\nhello\n"));
    QTest::keyClick(text, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(m_document->message().to, QStringLiteral("+919876543210, +919876543210, hello"));
    const QString summary = find<QLabel>(QStringLiteral("recipientsSummaryLabel"))->text();
    QVERIFY2(summary.contains(QLatin1String("3 recipient")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("1 invalid")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("1 duplicate")), qPrintable(summary));
    auto *dedupe = find<QPushButton>(QStringLiteral("removeDuplicatesButton"));
    QVERIFY(dedupe->isEnabled());
    QTest::mouseClick(dedupe, Qt::LeftButton);
    QCOMPARE(m_document->message().to, QStringLiteral("+919876543210, hello"));
    QVERIFY(!dedupe->isEnabled());
}

void TestEditors::replacedDocumentShowsInWidgetsWithoutEditing()
{
    const ReadResult sample =
        MessageCodec::readFile(QStringLiteral(SOIP_TEST_DATA_DIR "/vendor/request-rmc-video.json"));
    QVERIFY(sample.readable);
    m_document->reset(sample.message);
    QVERIFY(!m_document->isModified());
    QCOMPARE(m_document->message(), sample.message);
    QCOMPARE(m_form->typeComboBox()->currentText(), QStringLiteral("Rich media card"));
    QCOMPARE(find<QComboBox>(QStringLiteral("senderComboBox"))->currentText(), QStringLiteral("TEST-NUM"));
    QCOMPARE(find<QComboBox>(QStringLiteral("routeComboBox"))->currentData().toString(), QStringLiteral("TXN"));
    QCOMPARE(find<QComboBox>(QStringLiteral("mediaTypeComboBox"))->currentData().toString(), QStringLiteral("2"));
    QCOMPARE(find<QLineEdit>(QStringLiteral("coverUrlLineEdit"))->text(), sample.message.richMedia.at(0).cover);
    QVERIFY(find<QLineEdit>(QStringLiteral("coverUrlLineEdit"))->isVisible());
    QCOMPARE(find<QComboBox>(QStringLiteral("actionRankComboBox"), action(0))->currentText(), QStringLiteral("1"));
    QCOMPARE(find<QLineEdit>(QStringLiteral("phoneLineEdit"), action(1))->text(), QStringLiteral("77XXXX"));
    QVERIFY(action(1)->isVisible());
    // Two buttons: no third editor shows (none is even made until a card has a third button).
    const auto *third = m_form->findChild<QWidget *>(QStringLiteral("actionEditor2"));
    QVERIFY(!third || !third->isVisible());
    QCOMPARE(find<QPlainTextEdit>(QStringLiteral("recipientsTextEdit"))->toPlainText(),
             QStringLiteral("13236xxxxx7\n+13336xxxxx7"));
}

// Each announcement makes the window validate and lay out the whole message again (at start-up it
// did so twice: once from inside the reset). A load that changes no check result announces nothing.
void TestEditors::loadingADocumentAnnouncesNoUnchangedCheckIssues()
{
    const ReadResult sample =
        MessageCodec::readFile(QStringLiteral(SOIP_TEST_DATA_DIR "/vendor/request-rmc-video.json"));
    QVERIFY(sample.readable);
    m_document->reset(sample.message);
    const QList<Issue> issues = m_form->checkIssues();
    QSignalSpy announced(m_form, &ComposerForm::checkIssuesChanged);
    m_document->reset(sample.message);
    m_document->reset(sample.message);
    QCOMPARE(announced.count(), 0);
    QCOMPARE(m_form->checkIssues(), issues);
}

// The Problems list's "Field" column: the event title of a button is not "Titles" (found by hand:
// "Button 2 › Target › Titles").
void TestEditors::problemsNameTheFieldAsTheFormDoes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("label");
    QTest::newRow("whole") << QString() << QStringLiteral("Whole message");
    QTest::newRow("title[1]") << QStringLiteral("title[1]") << QStringLiteral("Title 2");
    QTest::newRow("event title") << QStringLiteral("actions[1].action_to.title")
                                 << QStringLiteral("Button 2 › Target › Event title");
    QTest::newRow("event date") << QStringLiteral("actions[0].action_to.date")
                                << QStringLiteral("Button 1 › Target › Date");
    QTest::newRow("media url") << QStringLiteral("rich_media[0].url") << QStringLiteral("Media › URL");
}

void TestEditors::problemsNameTheFieldAsTheFormDoes()
{
    QFETCH(QString, path);
    QFETCH(QString, label);
    QCOMPARE(FieldLabels::forPath(path), label);
}

void TestEditors::widgetForPathMapsEveryKind_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("objectName");
    QTest::addColumn<int>("action"); // which action editor must hold it, -1 for none
    QTest::newRow("to") << "to"
                        << "recipientsTextEdit" << -1;
    QTest::newRow("from") << "from"
                          << "senderComboBox" << -1;
    QTest::newRow("route") << "route"
                           << "routeComboBox" << -1;
    QTest::newRow("type") << "type"
                          << "typeComboBox" << -1;
    QTest::newRow("body") << "body"
                          << "bodyTextEdit" << -1;
    QTest::newRow("title") << "title"
                           << "titleLineEdit0" << -1;
    QTest::newRow("title[1]") << "title[1]"
                              << "titleLineEdit1" << -1;
    QTest::newRow("title[9] falls back") << "title[9]"
                                         << "titleLineEdit0" << -1;
    QTest::newRow("category") << "category"
                              << "categoryLineEdit" << -1;
    QTest::newRow("core_entity") << "core_entity"
                                 << "coreEntityLineEdit" << -1;
    QTest::newRow("rich_media") << "rich_media"
                                << "mediaUrlLineEdit" << -1;
    QTest::newRow("rich_media[0].url") << "rich_media[0].url"
                                       << "mediaUrlLineEdit" << -1;
    QTest::newRow("display_ratio") << "rich_media[0].display_ratio"
                                   << "displayRatioComboBox" << -1;
    QTest::newRow("cover") << "rich_media[0].cover"
                           << "coverUrlLineEdit" << -1;
    QTest::newRow("media_type") << "rich_media[0].media_type"
                                << "mediaTypeComboBox" << -1;
    QTest::newRow("actions") << "actions"
                             << "addActionButton" << -1;
    QTest::newRow("actions[3]") << "actions[3]"
                                << "actionEditor3" << -1;
    QTest::newRow("actions[7] falls back") << "actions[7].action_rank"
                                           << "addActionButton" << -1;
    QTest::newRow("action_content") << "actions[0].action_content"
                                    << "actionLabelLineEdit" << 0;
    QTest::newRow("action_rank") << "actions[1].action_rank"
                                 << "actionRankComboBox" << 1;
    QTest::newRow("action_to link") << "actions[0].action_to"
                                    << "actionUrlLineEdit" << 0;
    QTest::newRow("action_to call") << "actions[1].action_to"
                                    << "phoneLineEdit" << 1;
    QTest::newRow("date") << "actions[2].action_to.date"
                          << "calendarDateEdit" << 2;
    QTest::newRow("time") << "actions[2].action_to.time"
                          << "calendarTimeEdit" << 2;
    QTest::newRow("event") << "actions[2].action_to.event"
                           << "calendarDescriptionLineEdit" << 2;
    QTest::newRow("unknown below date") << "actions[2].action_to.date.day"
                                        << "calendarDateEdit" << 2;
    QTest::newRow("packageName") << "actions[3].deep_links[0].packageName"
                                 << "deepLinkPackageLineEdit" << 3;
    QTest::newRow("className") << "actions[3].deep_links[0].className"
                               << "deepLinkClassLineEdit" << 3;
    QTest::newRow("intent") << "actions[3].deep_links[0].action"
                            << "deepLinkActionComboBox" << 3;
    QTest::newRow("deep_links") << "actions[3].deep_links"
                                << "deepLinkPackageLineEdit" << 3;
}

void TestEditors::widgetForPathMapsEveryKind()
{
    QFETCH(QString, path);
    QFETCH(QString, objectName);
    QFETCH(int, action);
    Message m;
    m.type = QStringLiteral("CTA");
    for (int type : {1, 5, 2, 3}) {
        Action a;
        a.type = type;
        a.rank = QString::number(m.actions.size());
        m.actions.append(a);
    }
    m.titles = QStringList{QStringLiteral("a"), QStringLiteral("b")};
    m_document->reset(m);
    QWidget *w = m_form->widgetForPath(path);
    QVERIFY(w);
    QCOMPARE(w->objectName(), objectName);
    if (action >= 0)
        QVERIFY(this->action(action)->isAncestorOf(w));
    QVERIFY(!m_form->widgetForPath(QStringLiteral("no_such_field")));
}

void TestEditors::showIssuesMarksAndClears()
{
    QTest::mouseClick(find<QPushButton>(QStringLiteral("addActionButton")), Qt::LeftButton);
    setType(find<QComboBox>(QStringLiteral("actionTypeComboBox"), action(0)), QStringLiteral("2"));
    auto *date = find<QLineEdit>(QStringLiteral("calendarDateEdit"), action(0));
    auto *body = find<QPlainTextEdit>(QStringLiteral("bodyTextEdit"));
    const Issue dateIssue{Severity::Error, QStringLiteral("INV-ACTION-TO"),
                          QStringLiteral("actions[0].action_to.date"),
                          QStringLiteral("Choose the date of the event.")};
    const Issue bodyIssue{Severity::Warning, QStringLiteral("SOIP-X"), QStringLiteral("body"),
                          QStringLiteral("The text is long.")};
    // Nothing was edited and left yet: the issues wait.
    m_form->showIssues({dateIssue, bodyIssue});
    QCOMPARE(MarkedField::containing(date)->issueText(), QString());
    QVERIFY(date->styleSheet().isEmpty());
    m_form->revealAllIssues();
    QCOMPARE(MarkedField::containing(date)->issueText(), dateIssue.message);
    QVERIFY(date->styleSheet().contains(QLatin1String("border")));
    QCOMPARE(MarkedField::containing(body)->issueText(), bodyIssue.message);
    auto *label = MarkedField::containing(date)->findChild<QLabel *>(QStringLiteral("issueLabel"));
    QVERIFY(label);
    QTRY_VERIFY(label->isVisible());
    QCOMPARE(label->text(), dateIssue.message);

    m_form->showIssues({bodyIssue});
    QCOMPARE(MarkedField::containing(date)->issueText(), QString());
    QVERIFY(date->styleSheet().isEmpty());
    QCOMPARE(MarkedField::containing(body)->issueText(), bodyIssue.message);
    m_form->showIssues({});
    QVERIFY(body->styleSheet().isEmpty());
}

void TestEditors::focusPathFocusesField()
{
    m_form->resize(600, 300);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("addActionButton")), Qt::LeftButton);
    m_form->activateWindow();
    m_form->focusPath(QStringLiteral("actions[0].action_content"));
    auto *label = find<QLineEdit>(QStringLiteral("actionLabelLineEdit"), action(0));
    QTRY_VERIFY(label->hasFocus());
    m_form->focusPath(QStringLiteral("to"));
    QTRY_VERIFY(find<QPlainTextEdit>(QStringLiteral("recipientsTextEdit"))->hasFocus());
}

void TestEditors::videoForcesTallWithReason()
{
    setType(m_form->typeComboBox(), QStringLiteral("RMC"));
    auto *ratio = find<QComboBox>(QStringLiteral("displayRatioComboBox"));
    auto *mediaType = find<QComboBox>(QStringLiteral("mediaTypeComboBox"));
    QVERIFY(!find<QLineEdit>(QStringLiteral("coverUrlLineEdit"))->isVisible());
    setType(mediaType, QStringLiteral("2"));
    QCOMPARE(m_document->message().richMedia.value(0).displayRatio, QStringLiteral("tall"));
    QCOMPARE(m_document->message().richMedia.value(0).mediaType, 2);
    QVERIFY(!ratio->isEnabled());
    QVERIFY(!find<QLabel>(QStringLiteral("displayRatioReasonLabel"))->text().isEmpty());
    QVERIFY(find<QLineEdit>(QStringLiteral("coverUrlLineEdit"))->isVisible());
    setType(mediaType, QStringLiteral("1"));
    QVERIFY(ratio->isEnabled());
    QCOMPARE(m_document->message().richMedia.value(0).displayRatio, QStringLiteral("normal"));
}

void TestEditors::playStoreButtonBuildsUrl()
{
    QTest::mouseClick(find<QPushButton>(QStringLiteral("addActionButton")), Qt::LeftButton);
    setType(find<QComboBox>(QStringLiteral("actionTypeComboBox"), action(0)), QStringLiteral("3"));
    auto *button = find<QPushButton>(QStringLiteral("playStoreButton"), action(0));
    QVERIFY(!button->isEnabled());
    typeInto(find<QLineEdit>(QStringLiteral("deepLinkPackageLineEdit"), action(0)),
             QStringLiteral("com.example.shop"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    const DeepLink link = m_document->message().actions.at(0).deepLinks.value(0);
    QCOMPARE(link.className, QStringLiteral("https://play.google.com/store/apps/details?id=com.example.shop"));
    QCOMPARE(link.packageName, QStringLiteral("com.example.shop"));
    QCOMPARE(link.action, QStringLiteral("android.intent.action.MAIN"));
}

void TestEditors::mediaCheckShowsFactsThumbnailAndWarnings()
{
    TinyHttpServer server;
    QImage picture(64, 48, QImage::Format_RGB32);
    picture.fill(Qt::darkCyan);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(picture.save(&buffer, "PNG"));
    server.answers.insert("/pic.png", {200, "image/png", png});
    server.answers.insert("/page.html", {200, "text/html; charset=utf-8", "<html></html>"});
    server.answers.insert("/huge.jpg", {200, "image/jpeg", QByteArray(3 * 1024 * 1024, 'x')});
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    m_form->setNetworkAccessManager(&network);
    setType(m_form->typeComboBox(), QStringLiteral("RMC"));
    auto *url = find<QLineEdit>(QStringLiteral("mediaUrlLineEdit"));
    auto *check = find<QPushButton>(QStringLiteral("mediaCheckButton"));
    auto *info = find<QLabel>(QStringLiteral("mediaInfoLabel"));
    auto *thumbnail = find<QLabel>(QStringLiteral("mediaThumbnailLabel"));

    typeInto(url, server.url(QStringLiteral("/pic.png")));
    QVERIFY(info->text().contains(QLatin1String("http, not https")));
    QTest::mouseClick(check, Qt::LeftButton);
    QTRY_VERIFY(thumbnail->isVisible());
    QVERIFY(!thumbnail->pixmap().isNull());
    QVERIFY2(info->text().contains(QLatin1String("image/png")), qPrintable(info->text()));
    QVERIFY2(info->text().contains(QStringLiteral("64 × 48")), qPrintable(info->text()));
    QVERIFY(info->text().contains(QLatin1String("http, not https")));
    QTRY_VERIFY(check->isEnabled());

    typeInto(url, server.url(QStringLiteral("/page.html")));
    QVERIFY(!thumbnail->isVisible()); // an old result never stays next to a new address
    QTest::mouseClick(check, Qt::LeftButton);
    QTRY_VERIFY2(info->text().contains(QLatin1String("not an image")), qPrintable(info->text()));

    typeInto(url, server.url(QStringLiteral("/huge.jpg")));
    QTest::mouseClick(check, Qt::LeftButton);
    QTRY_VERIFY2(info->text().contains(QLatin1String("under 2 MB")), qPrintable(info->text()));

    typeInto(url, server.url(QStringLiteral("/gone.png")));
    QTest::mouseClick(check, Qt::LeftButton);
    QTRY_VERIFY2(info->text().contains(QLatin1String("404")), qPrintable(info->text()));

    typeInto(url, QStringLiteral("not a url"));
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY2(info->text().contains(QLatin1String("not a web address")), qPrintable(info->text()));
    QCOMPARE(m_document->message().richMedia.value(0).url, QStringLiteral("not a url"));
}

void TestEditors::everyInputHasNameAndAccessibleName()
{
    const ReadResult sample =
        MessageCodec::readFile(QStringLiteral(SOIP_TEST_DATA_DIR "/vendor/request-cta.json"));
    m_document->reset(sample.message);
    for (QWidget *w : m_form->findChildren<QWidget *>()) {
        if (!(w->focusPolicy() & Qt::TabFocus) || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        // The line edit inside an editable combo box belongs to the combo box; popups are Qt's.
        if (qobject_cast<QComboBox *>(w->parentWidget()) || w->window() != m_form)
            continue;
        QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
}

void TestEditors::senderIdsAreRemembered()
{
    auto *sender = find<QComboBox>(QStringLiteral("senderComboBox"));
    sender->setFocus();
    QTest::keyClicks(sender, QStringLiteral("KLRHXA"));
    QTest::keyClick(sender, Qt::Key_Return);
    QCOMPARE(m_document->message().from, QStringLiteral("KLRHXA"));
    cleanup();
    init();
    sender = find<QComboBox>(QStringLiteral("senderComboBox"));
    QVERIFY(sender->findText(QStringLiteral("KLRHXA")) >= 0);
    QCOMPARE(sender->currentText(), QString()); // offered, not chosen
    QCOMPARE(m_document->message().from, QString());
}

void TestEditors::savedAppFillsDeepLink()
{
    QTest::mouseClick(find<QPushButton>(QStringLiteral("addActionButton")), Qt::LeftButton);
    setType(find<QComboBox>(QStringLiteral("actionTypeComboBox"), action(0)), QStringLiteral("3"));
    auto *saved = find<QComboBox>(QStringLiteral("savedAppComboBox"), action(0));
    const int flipkart = saved->findText(QStringLiteral("Flipkart"), Qt::MatchStartsWith);
    QVERIFY(flipkart > 0);
    saved->setCurrentIndex(flipkart);
    emit saved->activated(flipkart);
    const DeepLink link = m_document->message().actions.at(0).deepLinks.value(0);
    QCOMPARE(link.packageName, QStringLiteral("com.flipkart.android"));
    QCOMPARE(link.className, QStringLiteral("com.flipkart.android.SplashActivity"));
    QCOMPARE(find<QLineEdit>(QStringLiteral("deepLinkPackageLineEdit"), action(0))->text(),
             QStringLiteral("com.flipkart.android"));
    QCOMPARE(saved->currentIndex(), 0);
}

void TestEditors::calendarShowsNotSetUntilChosen()
{
    QTest::mouseClick(find<QPushButton>(QStringLiteral("addActionButton")), Qt::LeftButton);
    setType(find<QComboBox>(QStringLiteral("actionTypeComboBox"), action(0)), QStringLiteral("2"));
    auto *date = find<QLineEdit>(QStringLiteral("calendarDateEdit"), action(0));
    auto *time = find<QLineEdit>(QStringLiteral("calendarTimeEdit"), action(0));
    // Nothing made up: empty fields with an example of what to type.
    QCOMPARE(date->text(), QString());
    QCOMPARE(time->text(), QString());
    QVERIFY(!date->placeholderText().isEmpty());
    QVERIFY(!time->placeholderText().isEmpty());
    QVERIFY(m_document->message().actions.at(0).event.isEmpty());
    typeInto(time, QStringLiteral("905"));
    QCOMPARE(m_document->message().actions.at(0).event.time, QStringLiteral("09:05"));
}

void TestEditors::unknownValuesFromFileAreShownNotReplaced()
{
    Message m;
    m.type = QStringLiteral("CTA");
    m.route = QStringLiteral("PROMO");
    Action a;
    a.type = 9;
    a.rank = QStringLiteral("7");
    a.event.date = QStringLiteral("2021-13-45");
    m.actions.append(a);
    m_document->reset(m);
    QVERIFY(find<QComboBox>(QStringLiteral("routeComboBox"))->currentText().contains(QLatin1String("PROMO")));
    QVERIFY(find<QComboBox>(QStringLiteral("actionTypeComboBox"), action(0))
                ->currentText()
                .contains(QLatin1String("9")));
    QVERIFY(find<QComboBox>(QStringLiteral("actionRankComboBox"), action(0))
                ->currentText()
                .contains(QLatin1String("7")));
    QCOMPARE(m_document->message(), m);
    QVERIFY(!m_document->isModified());
    // Choosing a real value replaces it.
    auto *route = find<QComboBox>(QStringLiteral("routeComboBox"));
    setType(route, QStringLiteral("OTP"));
    QCOMPARE(m_document->message().route, QStringLiteral("OTP"));
}

void TestEditors::videoCheckReportsUnplayableVideo()
{
    TinyHttpServer server;
    server.answers.insert("/clip.mp4", {200, "video/mp4", QByteArray(4096, 'v')});
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    m_form->setNetworkAccessManager(&network);
    setType(m_form->typeComboBox(), QStringLiteral("RMC"));
    setType(find<QComboBox>(QStringLiteral("mediaTypeComboBox")), QStringLiteral("2"));
    typeInto(find<QLineEdit>(QStringLiteral("mediaUrlLineEdit")), server.url(QStringLiteral("/clip.mp4")));
    QTest::mouseClick(find<QPushButton>(QStringLiteral("mediaCheckButton")), Qt::LeftButton);
    auto *info = find<QLabel>(QStringLiteral("mediaInfoLabel"));
    QTRY_VERIFY2(info->text().contains(QLatin1String("video/mp4")), qPrintable(info->text()));
    QVERIFY(find<QWidget>(QStringLiteral("videoPreview"))->isVisible());
    // Not a real video: the player says so instead of showing a blank frame forever.
    QTRY_VERIFY_WITH_TIMEOUT(
        find<QLabel>(QStringLiteral("videoStatusLabel"))->text().contains(QLatin1String("Cannot play")), 15000);
}

void TestEditors::ctrlReturnReachesTheWindow()
{
    // The window sends with Ctrl+Return; typing in a multi-line field must not swallow it.
    auto *send = new QAction(m_form);
    send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_form->addAction(send);
    int triggered = 0;
    connect(send, &QAction::triggered, this, [&] { ++triggered; });
    for (const QString &name : {QStringLiteral("bodyTextEdit"), QStringLiteral("recipientsTextEdit")}) {
        auto *edit = find<QPlainTextEdit>(name);
        edit->setFocus();
        QTRY_VERIFY(edit->hasFocus());
        const QString before = edit->toPlainText();
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(edit->toPlainText(), before);
    }
    QCOMPARE(triggered, 2);
}

void TestEditors::marksWaitUntilAFieldIsEditedAndLeft()
{
    m_form->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_form));
    auto *recipients = find<QPlainTextEdit>(QStringLiteral("recipientsTextEdit"));
    auto *body = find<QPlainTextEdit>(QStringLiteral("bodyTextEdit"));
    auto *category = find<QLineEdit>(QStringLiteral("categoryLineEdit"));
    const Issue toIssue{Severity::Error, QStringLiteral("INV-NUMBER"), QStringLiteral("to"),
                        QStringLiteral("12345 is not a phone number.")};
    const QList<Issue> issues{
        toIssue,
        {Severity::Error, QStringLiteral("INV-MESSAGE-BODY"), QStringLiteral("body"), QStringLiteral("No text.")},
        {Severity::Error, QStringLiteral("INV-CATEGORY"), QStringLiteral("category"),
         QStringLiteral("No category.")}};
    m_form->showIssues(issues);
    QVERIFY(!isMarked(recipients));
    QVERIFY(!isMarked(body));
    QVERIFY(!isMarked(category));

    // While the user types in a field, its mark waits.
    recipients->setFocus();
    QTRY_VERIFY(recipients->hasFocus());
    QTest::keyClicks(recipients, QStringLiteral("12345"));
    QCOMPARE(m_document->message().to, QStringLiteral("12345"));
    m_form->showIssues(issues); // as the window does after each change
    QVERIFY(!isMarked(recipients));
    // Leaving it shows it; passing through a field without typing marks nothing.
    category->setFocus();
    QTRY_VERIFY(category->hasFocus());
    QCOMPARE(MarkedField::containing(recipients)->issueText(), toIssue.message);
    QVERIFY(recipients->styleSheet().contains(QLatin1String("border")));
    body->setFocus();
    QTRY_VERIFY(body->hasFocus());
    QVERIFY(!isMarked(category));
    QVERIFY(!isMarked(body));
    // Once shown, a field's marks follow its issues.
    m_form->showIssues(issues.mid(1));
    QVERIFY(!isMarked(recipients));
    m_form->showIssues(issues);
    QVERIFY(isMarked(recipients));

    // Taken to a field from the problems list: its marks show.
    m_form->focusPath(QStringLiteral("category"));
    QVERIFY(isMarked(category));
    QVERIFY(!isMarked(body));

    // Another message starts with no marks again.
    m_document->reset(ComposerDocument::blankMessage());
    m_form->showIssues(issues);
    QVERIFY(!isMarked(recipients));
    QVERIFY(!isMarked(category));
    m_form->revealAllIssues();
    QVERIFY(isMarked(recipients));
    QVERIFY(isMarked(body));
    QVERIFY(isMarked(category));
}

void TestEditors::severalAppLinksAreShownEditedAndKept()
{
    const ReadResult read =
        MessageCodec::readFile(QStringLiteral(SOIP_TEST_DATA_DIR "/drafts/cta-two-app-links.json"));
    QVERIFY2(read.readable, qPrintable(read.error));
    const QList<DeepLink> links = read.message.actions.value(0).deepLinks;
    QCOMPARE(links.size(), 2);
    m_document->reset(read.message);
    const auto row = [this](int j) { return find<QWidget>(QStringLiteral("deepLinkRow%1").arg(j), action(0)); };
    for (int j = 0; j < 2; ++j) {
        QVERIFY(row(j)->isVisible());
        QCOMPARE(find<QComboBox>(QStringLiteral("deepLinkActionComboBox"), row(j))->currentText(),
                 links.at(j).action);
        QCOMPARE(find<QLineEdit>(QStringLiteral("deepLinkPackageLineEdit"), row(j))->text(),
                 links.at(j).packageName);
        QCOMPARE(find<QLineEdit>(QStringLiteral("deepLinkClassLineEdit"), row(j))->text(), links.at(j).className);
        QVERIFY(find<QLabel>(QStringLiteral("deepLinkHeadingLabel"), row(j))->isVisible());
        QVERIFY(find<QToolButton>(QStringLiteral("deepLinkRemoveButton"), row(j))->isVisible());
    }
    // Shown, not rewritten: what would be saved is what the file has.
    QVERIFY(!m_document->isModified());
    QCOMPARE(MessageCodec::toJson(m_document->message()), MessageCodec::toJson(read.message));

    // Editing the second link changes the second link only.
    typeInto(find<QLineEdit>(QStringLiteral("deepLinkClassLineEdit"), row(1)),
             QStringLiteral("com.flipkart.android.HomeActivity"));
    QList<DeepLink> now = m_document->message().actions.at(0).deepLinks;
    QCOMPARE(now.size(), 2);
    QCOMPARE(now.at(0), links.at(0));
    QCOMPARE(now.at(1), (DeepLink{links.at(1).action, links.at(1).packageName,
                                  QStringLiteral("com.flipkart.android.HomeActivity")}));

    // A third starts with the usual intent action and gets the keyboard.
    m_form->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_form));
    QTest::mouseClick(find<QPushButton>(QStringLiteral("addDeepLinkButton"), action(0)), Qt::LeftButton);
    now = m_document->message().actions.at(0).deepLinks;
    QCOMPARE(now.size(), 3);
    QCOMPARE(now.at(2), DeepLinksEditor::startingLink());
    QVERIFY(row(2)->isVisible());
    auto *thirdPackage = find<QLineEdit>(QStringLiteral("deepLinkPackageLineEdit"), row(2));
    QTRY_VERIFY(thirdPackage->hasFocus());
    typeInto(thirdPackage, QStringLiteral("in.amazon.mShop.android.shopping"));
    QCOMPARE(m_document->message().actions.at(0).deepLinks.at(2).packageName,
             QStringLiteral("in.amazon.mShop.android.shopping"));
    // Made after the form lined up its labels, it still lines up; Tab reaches it after the second.
    QTRY_VERIFY(thirdPackage->height() > 0);
    const auto left = [this](QWidget *w) { return w->mapTo(m_form, QPoint()).x(); };
    QCOMPARE(left(thirdPackage), left(find<QLineEdit>(QStringLiteral("deepLinkPackageLineEdit"), row(0))));
    const QList<QWidget *> chain = TabRing::stops(m_form); // the order Tab follows
    const qsizetype secondClass = chain.indexOf(find<QLineEdit>(QStringLiteral("deepLinkClassLineEdit"), row(1)));
    const qsizetype thirdAt = chain.indexOf(thirdPackage);
    const qsizetype addAt = chain.indexOf(find<QPushButton>(QStringLiteral("addDeepLinkButton"), action(0)));
    QVERIFY2(secondClass >= 0 && secondClass < thirdAt && thirdAt < addAt,
             qPrintable(QStringLiteral("%1 %2 %3").arg(secondClass).arg(thirdAt).arg(addAt)));

    // Removing the first moves the others up.
    auto *removeFirst = find<QToolButton>(QStringLiteral("deepLinkRemoveButton"), row(0));
    QTRY_VERIFY(removeFirst->height() > 0); // laid out, as it is by the time anyone can click it
    QTest::mouseClick(removeFirst, Qt::LeftButton);
    now = m_document->message().actions.at(0).deepLinks;
    QCOMPARE(now.size(), 2);
    QCOMPARE(now.at(0).className, QStringLiteral("com.flipkart.android.HomeActivity"));
    QCOMPARE(now.at(1).packageName, QStringLiteral("in.amazon.mShop.android.shopping"));
    QCOMPARE(find<QLineEdit>(QStringLiteral("deepLinkClassLineEdit"), row(0))->text(),
             QStringLiteral("com.flipkart.android.HomeActivity"));
    QVERIFY(!row(2)->isVisible());
    // Down to one link: no number and nothing to remove; the button needs its link.
    auto *removeSecond = find<QToolButton>(QStringLiteral("deepLinkRemoveButton"), row(1));
    QTRY_VERIFY(removeSecond->height() > 0);
    QTest::mouseClick(removeSecond, Qt::LeftButton);
    QCOMPARE(m_document->message().actions.at(0).deepLinks.size(), 1);
    QVERIFY(!row(1)->isVisible());
    QVERIFY(!find<QLabel>(QStringLiteral("deepLinkHeadingLabel"), row(0))->isVisible());
    QVERIFY(!find<QToolButton>(QStringLiteral("deepLinkRemoveButton"), row(0))->isVisible());
}

void TestEditors::appLinkIssuesLandInTheirRow()
{
    ReadResult read = MessageCodec::readFile(QStringLiteral(SOIP_TEST_DATA_DIR "/drafts/cta-two-app-links.json"));
    QVERIFY2(read.readable, qPrintable(read.error));
    DeepLink &second = read.message.actions[0].deepLinks[1];
    second.packageName = QStringLiteral("not a package");
    second.className.clear();
    m_document->reset(read.message);
    auto *first = find<QWidget>(QStringLiteral("deepLinkRow0"), action(0));
    auto *row = find<QWidget>(QStringLiteral("deepLinkRow1"), action(0));
    auto *package = find<QLineEdit>(QStringLiteral("deepLinkPackageLineEdit"), row);
    auto *className = find<QLineEdit>(QStringLiteral("deepLinkClassLineEdit"), row);
    QCOMPARE(m_form->widgetForPath(QStringLiteral("actions[0].deep_links[1].packageName")), package);
    QCOMPARE(m_form->widgetForPath(QStringLiteral("actions[0].deep_links[1].className")), className);
    QCOMPARE(m_form->widgetForPath(QStringLiteral("actions[0].deep_links[1].action")),
             find<QComboBox>(QStringLiteral("deepLinkActionComboBox"), row));
    QCOMPARE(m_form->widgetForPath(QStringLiteral("actions[0].deep_links[1]")), package);
    // A link the form does not show (there is no third) is reported at the first.
    QCOMPARE(m_form->widgetForPath(QStringLiteral("actions[0].deep_links[2].className")),
             find<QLineEdit>(QStringLiteral("deepLinkClassLineEdit"), first));

    // What the validator says about the second link is marked at the second link.
    const QList<Issue> issues = Validator::validate(read.message);
    QStringList paths;
    for (const Issue &issue : issues)
        paths.append(issue.parameter);
    QVERIFY2(paths.contains(QStringLiteral("actions[0].deep_links[1].packageName")), qPrintable(paths.join(u' ')));
    QVERIFY2(paths.contains(QStringLiteral("actions[0].deep_links[1].className")), qPrintable(paths.join(u' ')));
    m_form->showIssues(issues);
    m_form->revealAllIssues();
    QVERIFY2(MarkedField::containing(package)->issueText().contains(QLatin1String("not a package")),
             qPrintable(MarkedField::containing(package)->issueText()));
    QVERIFY(!MarkedField::containing(className)->issueText().isEmpty());
    QVERIFY(!isMarked(find<QLineEdit>(QStringLiteral("deepLinkPackageLineEdit"), first)));
    QVERIFY(!isMarked(find<QLineEdit>(QStringLiteral("deepLinkClassLineEdit"), first)));
}

void TestEditors::screenshots_data()
{
    QTest::addColumn<QString>("sample"); // a file of tests/data, without .json
    QTest::addColumn<bool>("dark");
    for (const char *sample : {"vendor/request-txt", "vendor/request-rmc-image", "vendor/request-rmc-video",
                               "vendor/request-cta", "drafts/cta-two-app-links"}) {
        QTest::newRow(QByteArray(sample).append("-light").constData()) << QString::fromLatin1(sample) << false;
        QTest::newRow(QByteArray(sample).append("-dark").constData()) << QString::fromLatin1(sample) << true;
    }
}

// Not a check: pictures of the form for people to look at, written only when asked for.
void TestEditors::screenshots()
{
    const QString dir = qEnvironmentVariable("SOIP_EDITORS_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("Set SOIP_EDITORS_SCREENSHOTS to a directory to write screenshots of the form.");
    QFETCH(QString, sample);
    QFETCH(bool, dark);
    const QPalette light = QApplication::palette();
    if (dark) {
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
        p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x20));
        p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x36));
        p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3e));
        p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd8));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0xa0));
        p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3e));
        p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
        QApplication::setPalette(p);
    }
    const ReadResult read =
        MessageCodec::readFile(QStringLiteral(SOIP_TEST_DATA_DIR "/") + sample + QStringLiteral(".json"));
    QVERIFY(read.readable);
    m_document->reset(read.message);
    m_form->resize(600, 740);
    QList<Issue> issues;
    if (sample == QLatin1String("vendor/request-cta")) {
        issues.append({Severity::Error, QStringLiteral("INV-NUMBER"), QStringLiteral("to"),
                       QStringLiteral("13236xxxxx7 is not a phone number.")});
        issues.append({Severity::Warning, QStringLiteral("SOIP-PAST"), QStringLiteral("actions[2].action_to.date"),
                       QStringLiteral("This date is in the past.")});
    }
    m_form->showIssues(issues);
    m_form->revealAllIssues();
    QTest::qWait(50);
    // The form must fit a ~600 px pane without a horizontal scroll bar.
    QVERIFY2(m_form->widget()->minimumSizeHint().width() <= 560,
             qPrintable(QString::number(m_form->widget()->minimumSizeHint().width())));
    const QString base = dir + QLatin1Char('/') + sample.section(QLatin1Char('/'), -1) +
                         (dark ? QStringLiteral("-dark") : QStringLiteral("-light"));
    QVERIFY(m_form->widget()->grab().save(base + QStringLiteral("-full.png")));
    QVERIFY(m_form->grab().save(base + QStringLiteral(".png")));
    for (int i = 0; i < read.message.actions.size(); ++i)
        QVERIFY(action(i)->grab().save(base + QStringLiteral("-action%1.png").arg(i)));
    QApplication::setPalette(light);
}

QTEST_MAIN(TestEditors)
#include "tst_editors.moc"
