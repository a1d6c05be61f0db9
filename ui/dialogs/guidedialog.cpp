#include "guidedialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace soip {

GuideDialog::GuideDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("guideDialog"));
    setWindowTitle(tr("Guide"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setAccessibleName(tr("Guide"));
    m_browser->setOpenExternalLinks(false);
    m_browser->setHtml(guideHtml());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(600, 560);
}

QString GuideDialog::guideHtml()
{
    const QList<std::pair<QString, QString>> sections{
        {tr("Start from something"),
         tr("File → New from sample gives you a finished card to change: an order on its way or a festive "
            "offer, in English or Hindi. Or choose the type of message at the top of the form.")},
        {tr("Who gets it, and from whom"),
         tr("Type or paste the mobile numbers under Recipients, each with +91. The Sender ID is the name "
            "your Kaleyra account sends as; the route says whether this is marketing, a service update or a "
            "one-time password.")},
        {tr("The card"),
         tr("Titles, category and text are what the person reads. A rich media card also has a picture or "
            "video: press Check to see that phones can load it. The phone on the right shows the card as it "
            "will look.")},
        {tr("Buttons"),
         tr("Each button opens a web page, adds an event to the calendar, opens an app, copies a text or "
            "calls a number. Dates and times can be typed as you write them: 25/12/2026, 6:30 pm.")},
        {tr("Problems"),
         tr("A field you have filled in and left shows what is wrong with it, red for what stops the "
            "message, yellow for what may not work on every phone. The Problems list below has them all; "
            "click one to go to its field. Hold the pointer over any field, or press Shift+F1, for what it "
            "means.")},
        {tr("Try it safely"),
         tr("The built-in Sandbox account sends nothing: it answers like the real service, so you can see "
            "what would happen. Your drafts are saved as you type and come back after a crash.")},
    };
    QString html;
    for (const auto &[heading, text] : sections)
        html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(heading.toHtmlEscaped(), text.toHtmlEscaped());
    return html;
}

} // namespace soip
