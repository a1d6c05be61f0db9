#include "sendereditor.h"

#include "accounts/senderidhistory.h"
#include "combovalues.h"
#include "composer/composerdocument.h"
#include "markedfield.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace soip {

SenderEditor::SenderEditor(ComposerDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_history(new SenderIdHistory(this))
{
    m_sender = new QComboBox(this);
    m_sender->setObjectName(QStringLiteral("senderComboBox"));
    m_sender->setEditable(true);
    m_sender->setInsertPolicy(QComboBox::NoInsert);
    m_sender->setAccessibleName(tr("Sender ID"));
    m_sender->lineEdit()->setPlaceholderText(tr("Sender ID assigned to your account, e.g. TEST-NUM"));
    m_sender->setToolTip(tr("The sender ID assigned to your account. IDs you used before are in the list."));

    m_route = new QComboBox(this);
    m_route->setObjectName(QStringLiteral("routeComboBox"));
    m_route->setAccessibleName(tr("Route"));
    m_route->addItem(tr("Marketing (MKT)"), QStringLiteral("MKT"));
    m_route->addItem(tr("Transactional (TXN)"), QStringLiteral("TXN"));
    m_route->addItem(tr("One-time password (OTP)"), QStringLiteral("OTP"));

    m_routeHelp = new QLabel(this);
    m_routeHelp->setObjectName(QStringLiteral("routeHelpLabel"));
    m_routeHelp->setWordWrap(true);
    m_routeHelp->setForegroundRole(QPalette::PlaceholderText);

    m_source = new QLineEdit(this);
    m_source->setObjectName(QStringLiteral("sourceLineEdit"));
    m_source->setAccessibleName(tr("Source"));
    m_source->setPlaceholderText(tr("API (the default when empty)"));

    m_campaign = new QLineEdit(this);
    m_campaign->setObjectName(QStringLiteral("campaignLineEdit"));
    m_campaign->setAccessibleName(tr("Campaign name"));
    m_campaign->setPlaceholderText(tr("Optional, e.g. Diwali offers"));

    m_callback = new QLineEdit(this);
    m_callback->setObjectName(QStringLiteral("callbackProfileLineEdit"));
    m_callback->setAccessibleName(tr("Callback profile ID"));
    m_callback->setPlaceholderText(tr("Optional, e.g. SG_0a1b2c3d-…"));
    m_callback->setToolTip(tr("A callback profile set up for your account receives the delivery status of "
                              "each message."));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Sen&der ID:"), new MarkedField(m_sender, this));
    auto *routeBox = new QWidget(this);
    auto *routeLayout = new QVBoxLayout(routeBox);
    routeLayout->setContentsMargins(0, 0, 0, 0);
    routeLayout->setSpacing(2);
    routeLayout->addWidget(new MarkedField(m_route, routeBox));
    routeLayout->addWidget(m_routeHelp);
    routeBox->setFocusProxy(m_route);
    form->addRow(tr("R&oute:"), routeBox);
    form->addRow(tr("So&urce:"), new MarkedField(m_source, this));
    form->addRow(tr("Campaign &name:"), new MarkedField(m_campaign, this));
    form->addRow(tr("Call&back profile:"), new MarkedField(m_callback, this));

    reloadRemembered();
    connect(m_history, &SenderIdHistory::changed, this, &SenderEditor::reloadRemembered);

    connect(m_sender, &QComboBox::editTextChanged, this, [this](const QString &text) {
        if (!m_loading)
            m_document->edit([&](Message &m) { m.from = text.trimmed(); });
    });
    connect(m_sender->lineEdit(), &QLineEdit::editingFinished, this, &SenderEditor::rememberCurrentSender);
    connect(m_route, &QComboBox::currentIndexChanged, this, [this] {
        updateRouteHelp();
        if (!m_loading) {
            const QString route = ComboValues::current(m_route);
            m_document->edit([&](Message &m) { m.route = route; });
        }
    });
    auto bindLine = [this](QLineEdit *edit, QString Message::*field) {
        connect(edit, &QLineEdit::textChanged, this, [this, field](const QString &text) {
            if (!m_loading)
                m_document->edit([&](Message &m) { m.*field = text; });
        });
    };
    bindLine(m_source, &Message::source);
    bindLine(m_campaign, &Message::campaignName);
    bindLine(m_callback, &Message::callbackProfileId);
    connect(m_document, &ComposerDocument::replaced, this, &SenderEditor::load);
    load();
}

void SenderEditor::load()
{
    m_loading = true;
    const Message &m = m_document->message();
    if (m_sender->currentText() != m.from)
        m_sender->setEditText(m.from);
    ComboValues::select(m_route, m.route, tr("%1 (not a route)").arg(m.route));
    if (m_source->text() != m.source)
        m_source->setText(m.source);
    if (m_campaign->text() != m.campaignName)
        m_campaign->setText(m.campaignName);
    if (m_callback->text() != m.callbackProfileId)
        m_callback->setText(m.callbackProfileId);
    m_loading = false;
    updateRouteHelp();
}

void SenderEditor::updateRouteHelp()
{
    const QString route = ComboValues::current(m_route);
    QString help;
    if (route == QLatin1String("MKT"))
        help = tr("Marketing: promotional messages such as offers and announcements.");
    else if (route == QLatin1String("TXN"))
        help = tr("Transactional: service messages a customer expects, such as order or account updates.");
    else if (route == QLatin1String("OTP"))
        help = tr("One-time password: verification codes and one-time passwords only.");
    else
        help = tr("Not a route the service knows: choose Marketing, Transactional or One-time password.");
    m_routeHelp->setText(help);
    m_route->setAccessibleDescription(help);
}

SenderEditor::~SenderEditor()
{
    // A sender field that has the focus finishes editing while the children are deleted, after
    // this class is gone: it must not call rememberCurrentSender() then.
    m_sender->lineEdit()->disconnect(this);
}

void SenderEditor::rememberCurrentSender()
{
    m_history->remember(m_sender->currentText());
}

void SenderEditor::setHistory(SenderIdHistory *history)
{
    if (!history || history == m_history)
        return;
    if (m_history->parent() == this)
        delete m_history;
    m_history = history;
    connect(m_history, &SenderIdHistory::changed, this, &SenderEditor::reloadRemembered);
    reloadRemembered();
}

void SenderEditor::reloadRemembered()
{
    const QStringList ids = m_history->ids();
    const bool wasLoading = m_loading;
    m_loading = true;
    const QString text = m_sender->currentText();
    m_sender->clear();
    m_sender->addItems(ids);
    m_sender->setEditText(text);
    m_loading = wasLoading;
}

} // namespace soip
