#include "aboutdialog.h"

#include "appicon.h"
#include "soipversion.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace soip {

namespace {

struct Component {
    const char *name;
    const char *purpose; // translated in the AboutDialog context
    const char *licence; // SPDX name: a licence's name is not translated
    const char *licenceUrl;
};

// What the installers ship besides our own code. The Linux package uses the distribution's copies
// of the libraries, under the same licences.
constexpr Component kComponents[] = {
    {"Qt", QT_TRANSLATE_NOOP("soip::AboutDialog", "the application framework"), "GNU LGPL v3 (LGPL-3.0-only)",
     "https://www.gnu.org/licenses/lgpl-3.0.html"},
    {"QtKeychain", QT_TRANSLATE_NOOP("soip::AboutDialog", "keeps API keys in the system keychain"),
     "BSD 3-Clause (BSD-3-Clause)", "https://opensource.org/license/bsd-3-clause"},
    {"libphonenumber", QT_TRANSLATE_NOOP("soip::AboutDialog", "checks mobile numbers"),
     "Apache License 2.0 (Apache-2.0)", "https://www.apache.org/licenses/LICENSE-2.0"},
    {"Noto", QT_TRANSLATE_NOOP("soip::AboutDialog", "fonts of the message preview"),
     "SIL Open Font License 1.1 (OFL-1.1)", "https://openfontlicense.org"},
};

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About SOIP Composer"));

    auto *iconLabel = new QLabel(this);
    iconLabel->setObjectName(QStringLiteral("appIconLabel"));
    iconLabel->setPixmap(applicationIcon().pixmap(QSize(64, 64)));
    iconLabel->setAlignment(Qt::AlignTop);

    auto *nameLabel = new QLabel(QStringLiteral("SOIP Composer"), this);
    nameLabel->setObjectName(QStringLiteral("appNameLabel"));
    QFont nameFont = nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    nameLabel->setFont(nameFont);

    auto *versionLabel = new QLabel(versionText(), this);
    versionLabel->setObjectName(QStringLiteral("versionLabel"));
    versionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *qtVersionLabel = new QLabel(qtVersionText(), this);
    qtVersionLabel->setObjectName(QStringLiteral("qtVersionLabel"));
    qtVersionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *summaryLabel = new QLabel(tr("Compose, preview and send SMS over IP messages: plain text, rich media "
                                       "cards and call-to-action cards."),
                                    this);
    summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    summaryLabel->setWordWrap(true);

    const QString homePage = QStringLiteral(SOIP_HOMEPAGE_URL);
    auto *homePageLabel = new QLabel(QStringLiteral("<a href=\"%1\">%2</a>")
                                         .arg(homePage.toHtmlEscaped(), tr("Project home page").toHtmlEscaped()),
                                     this);
    homePageLabel->setObjectName(QStringLiteral("homePageLabel"));
    homePageLabel->setOpenExternalLinks(true);
    homePageLabel->setToolTip(homePage);
    homePageLabel->setAccessibleName(tr("Project home page"));

    // The SPDX name stays as it is: it is what licence tools and the packages say.
    auto *licenceLabel =
        new QLabel(tr("Free software under the %1: you may share and change it.")
                       .arg(QStringLiteral("<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">"
                                           "GNU GPL v3 or later (GPL-3.0-or-later)</a>")),
                   this);
    licenceLabel->setObjectName(QStringLiteral("licenceLabel"));
    licenceLabel->setWordWrap(true);
    licenceLabel->setOpenExternalLinks(true);

    auto *headerText = new QVBoxLayout;
    headerText->addWidget(nameLabel);
    headerText->addWidget(versionLabel);
    headerText->addWidget(qtVersionLabel);
    headerText->addSpacing(6);
    headerText->addWidget(summaryLabel);
    headerText->addWidget(homePageLabel);
    headerText->addWidget(licenceLabel);

    auto *header = new QHBoxLayout;
    header->addWidget(iconLabel);
    header->addSpacing(12);
    header->addLayout(headerText, 1);

    auto *licencesTitle = new QLabel(tr("Licences of the parts SOIP Composer ships with:"), this);
    licencesTitle->setObjectName(QStringLiteral("licencesTitleLabel"));
    licencesTitle->setWordWrap(true);

    auto *licences = new QTextBrowser(this);
    licences->setObjectName(QStringLiteral("licencesTextBrowser"));
    licences->setAccessibleName(tr("Licences"));
    licences->setOpenExternalLinks(true);
    licences->setHtml(licencesHtml());
    licences->setMinimumHeight(150);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("aboutButtonBox"));
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::ActionRole);
    aboutQt->setObjectName(QStringLiteral("aboutQtPushButton"));
    connect(aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    // Return closes, wherever the focus is; About Qt is a click (or Alt+Q) away.
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setDefault(true);
    aboutQt->setAutoDefault(false);
    close->setFocus();
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addSpacing(8);
    layout->addWidget(licencesTitle);
    layout->addWidget(licences, 1);
    layout->addWidget(buttons);

    resize(540, 480);
}

QString AboutDialog::versionText()
{
    return tr("Version %1").arg(QStringLiteral(SOIP_VERSION));
}

QString AboutDialog::qtVersionText()
{
    return tr("Built with Qt %1, running on Qt %2")
        .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
}

QString AboutDialog::licencesHtml() const
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const Component &component : kComponents) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2<br><a href=\"%3\">%4</a></td></tr>")
                    .arg(QString::fromLatin1(component.name).toHtmlEscaped(),
                         tr(component.purpose).toHtmlEscaped(), QString::fromLatin1(component.licenceUrl),
                         QString::fromLatin1(component.licence).toHtmlEscaped());
    }
    html += QStringLiteral("</table><p>%1</p>")
                .arg(tr("The Qt libraries are separate files that you may replace with your own build of Qt "
                        "under the terms of the LGPL.")
                         .toHtmlEscaped());
    return html;
}

} // namespace soip
