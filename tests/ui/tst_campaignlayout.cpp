// The layout checks of every row of a campaign, in the window: a few customers with a very long
// name break the card's title, and QA sees it as one grouped warning naming the count, the column
// and the rows; "Next problem" reaches those rows; the compare view shows the longest rows.
#include "composer/composerdocument.h"
#include "editors/composerform.h"
#include "editors/elidedlabel.h"
#include "editors/recipientseditor.h"
#include "guitestenvironment.h"
#include "preview/comparedock.h"
#include "preview/contactsheetwidget.h"
#include "preview/previewpane.h"
#include "preview/previewwidget.h"
#include "spreadsheet/campaigncomposer.h"
#include "spreadsheet/campaigndraft.h"
#include "spreadsheetchoice.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QTreeWidget>

using namespace soip;

namespace {

// Sheet rows 3, 5 and 7 hold the same very long name.
const char kCustomers[] = "name,phone\r\n"
                          "Asha,+919876543210\r\n"
                          "Venkata Lakshmi Narasimha Satyanarayana Murthy,+919876543211\r\n"
                          "Ravi,+919876543212\r\n"
                          "Venkata Lakshmi Narasimha Satyanarayana Murthy,+919876543213\r\n"
                          "Meena,+919876543214\r\n"
                          "Venkata Lakshmi Narasimha Satyanarayana Murthy,+919876543215\r\n";

} // namespace

class TestCampaignLayout final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { GuiTestEnvironment::isolateProgram(); }
    void init() { m_env = std::make_unique<GuiTestEnvironment>(); }
    void cleanup() { m_env.reset(); }

    void rowsWithALongNameAreOneGroupedWarning()
    {
        MainWindow *window = openWithCard();
        auto *tree = window->findChild<QTreeWidget *>(QStringLiteral("problemsTreeWidget"));
        QVERIFY(tree);
        const auto layoutLine = [tree] {
            for (int i = 0; i < tree->topLevelItemCount(); ++i) {
                const QTreeWidgetItem *item = tree->topLevelItem(i);
                if (item->text(1) == u"SOIP-LAYOUT-TEXT-CUT" && item->text(3).startsWith(u"3 rows:"))
                    return item->text(3);
            }
            return QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!layoutLine().isEmpty(), 20000);
        const QString line = layoutLine();
        QVERIFY2(line.contains(QStringLiteral("Title 2 does not fit")) &&
                     line.contains(QStringLiteral("— column “name” is long")) &&
                     line.contains(QStringLiteral("(rows 3, 5, 7)")),
                 qPrintable(line));
        // A warning: the layout never stops Send.
        for (const Issue &issue : window->issues())
            QVERIFY2(!issue.code.startsWith(u"SOIP-LAYOUT") || !issue.isError(), qPrintable(issue.message));
        // The row shown (Asha's) fits: its own check has nothing to say about the title.
        for (const Issue &issue : window->issues())
            QVERIFY2(issue.code != u"SOIP-LAYOUT-TEXT-CUT" || issue.message.startsWith(u"3 rows:"),
                     qPrintable(issue.message));
        // A title without the name fits every row: the warning goes once the rows are checked again.
        window->document()->edit([](Message &m) { m.titles[1] = QStringLiteral("For you"); });
        CampaignDraft *draft = window->campaign()->draft();
        QTRY_VERIFY_WITH_TIMEOUT(!draft->isPlanning() && !draft->isCheckingLayout(), 20000);
        QTRY_VERIFY(layoutLine().isEmpty());
        QCOMPARE(draft->nextProblemRow(), -1);
    }

    void nextProblemReachesTheRowsThatBreakTheLayout()
    {
        MainWindow *window = openWithCard();
        CampaignDraft *draft = window->campaign()->draft();
        QTRY_VERIFY_WITH_TIMEOUT(draft->nextProblemRow() >= 0, 20000);
        auto *next = window->findChild<QToolButton *>(QStringLiteral("rowPickerNextProblemButton"));
        QVERIFY(next->isEnabled());
        next->click();
        auto *row = window->findChild<QSpinBox *>(QStringLiteral("rowPickerSpinBox"));
        QTRY_COMPARE(row->value(), 2); // sheet row 3
        const QString detail =
            window->findChild<ElidedLabel *>(QStringLiteral("rowPickerDetailLabel"))->fullText();
        QVERIFY2(detail.contains(QStringLiteral("Spreadsheet row 3")) &&
                     detail.contains(QStringLiteral("layout:")) && !detail.contains(QStringLiteral("not sent")),
                 qPrintable(detail));
        next->click();
        QTRY_COMPARE(row->value(), 4);
        next->click();
        QTRY_COMPARE(row->value(), 6);
        next->click(); // round to the first again
        QTRY_COMPARE(row->value(), 2);
    }

    void theCompareViewShowsTheLongestRows()
    {
        MainWindow *window = openWithCard();
        auto *compare = window->findChild<CompareDock *>(QStringLiteral("compareDock"));
        QVERIFY(compare);
        compare->show();
        auto *longest = compare->findChild<QToolButton *>(QStringLiteral("compareLongestRowsButton"));
        QVERIFY(longest);
        QTRY_VERIFY_WITH_TIMEOUT(!longest->isHidden(), 20000);
        const int cells = int(compare->cells().size());
        QCOMPARE(compare->sheetWidget()->sheet().cellCount(), cells); // the row shown
        longest->click();
        // Six rows make four different cards, all shown, the long name's first.
        QTRY_COMPARE(compare->sheetWidget()->sheet().cellCount(), 4 * cells);
        QVERIFY(compare->showsLongestRows());
        QCOMPARE(window->campaign()->draft()->longestRows().value(0), 1); // sheet row 3
        longest->click();
        QTRY_COMPARE(compare->sheetWidget()->sheet().cellCount(), cells);
    }

private:
    // The window with the customers as recipients and a card whose second title (one line on the
    // phone) greets each by name.
    MainWindow *openWithCard()
    {
        const QString path = m_env->path(QStringLiteral("customers.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(kCustomers) != qint64(sizeof kCustomers - 1))
            qWarning("customers.csv could not be written");
        file.close();
        MainWindow *window = m_env->openWindow();
        chooseSpreadsheet(window, path);
        window->document()->edit([](Message &m) {
            m.type = QStringLiteral("CTA");
            m.titles = {QStringLiteral("Diwali offer"), QStringLiteral("For {{name}}")};
            Action open;
            open.type = int(ActionType::OpenLink);
            open.label = QStringLiteral("Open");
            open.rank = QStringLiteral("0");
            open.target = QStringLiteral("https://shop.example/diwali");
            m.actions = {open};
        });
        return window;
    }

    std::unique_ptr<GuiTestEnvironment> m_env;
};

QTEST_MAIN(TestCampaignLayout)
#include "tst_campaignlayout.moc"
