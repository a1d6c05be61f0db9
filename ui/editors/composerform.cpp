#include "composerform.h"

#include "actioneditor.h"
#include "actionseditor.h"
#include "bodyeditor.h"
#include "calendareventeditor.h"
#include "cardeditor.h"
#include "combovalues.h"
#include "composer/composerdocument.h"
#include "deeplinkeditor.h"
#include "deeplinkseditor.h"
#include "fieldhelp.h"
#include "markedfield.h"
#include "media/mediacheck.h"
#include "model/apifield.h"
#include "recipientseditor.h"
#include "richmediaeditor.h"
#include "scrollanchor.h"
#include "sendereditor.h"
#include "tabring.h"
#include "titleseditor.h"
#include "wheelguard.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace soip {

namespace {
QWidget *widgetForAction(const ActionsEditor *actions, const JsonPath &path)
{
    const qsizetype index = path.steps().first().index;
    ActionEditor *editor = index >= 0 ? actions->actionEditor(static_cast<int>(index)) : nullptr;
    if (!editor || !editor->isVisibleTo(actions))
        return actions->addButton();
    CalendarEventEditor *calendar = editor->calendarEditor();
    const auto link = [&] {
        // deep_links without an index (none at all, or not used by the type) goes to the first.
        const DeepLinksEditor *links = editor->deepLinksEditor();
        DeepLinkEditor *found =
            path.steps().size() >= 2 ? links->linkEditor(static_cast<int>(path.steps().at(1).index)) : nullptr;
        return found ? found : links->linkEditor(0);
    };
    switch (ApiFields::at(path)) {
    case ApiField::ActionType:
        return editor->typeComboBox();
    case ApiField::ActionContent:
        return editor->labelLineEdit();
    case ApiField::ActionRank:
        return editor->rankComboBox();
    case ApiField::EventDate:
        return calendar->dateEdit();
    case ApiField::EventTime:
        return calendar->timeEdit();
    case ApiField::EventTitle:
        return calendar->titleLineEdit();
    case ApiField::EventDescription:
        return calendar->descriptionLineEdit();
    case ApiField::ActionTo:
        return editor->targetWidget();
    case ApiField::DeepLinkAction:
        return link()->actionComboBox();
    case ApiField::ClassName:
        return link()->classLineEdit();
    case ApiField::DeepLinks:
    case ApiField::PackageName:
        return link()->packageLineEdit();
    default:
        return editor;
    }
}

QGroupBox *makeGroup(const QString &name, const QString &title, QWidget *parent)
{
    auto *group = new QGroupBox(title, parent);
    group->setObjectName(name);
    return group;
}
} // namespace

ComposerForm::ComposerForm(ComposerDocument *document, QWidget *parent)
    : QScrollArea(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("composerForm"));
    setAccessibleName(tr("Message form"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Its fields are the stops, and it scrolls to each: a stop of its own showed no focus (found by hand).
    setFocusPolicy(Qt::NoFocus);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("composerFormContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(12);

    // Message: type and recipients.
    m_type = new QComboBox(content);
    m_type->setObjectName(QStringLiteral("typeComboBox"));
    m_type->setAccessibleName(tr("Message type"));
    m_type->addItem(tr("Text"), QStringLiteral("TXT"));
    m_type->addItem(tr("Rich media card"), QStringLiteral("RMC"));
    m_type->addItem(tr("Call-to-action card"), QStringLiteral("CTA"));
    m_typeHelp = new QLabel(content);
    m_typeHelp->setObjectName(QStringLiteral("typeHelpLabel"));
    m_typeHelp->setWordWrap(true);
    m_typeHelp->setForegroundRole(QPalette::PlaceholderText);
    auto *typeBox = new QWidget(content);
    auto *typeLayout = new QVBoxLayout(typeBox);
    typeLayout->setContentsMargins(0, 0, 0, 0);
    typeLayout->setSpacing(2);
    typeLayout->addWidget(new MarkedField(m_type, typeBox));
    typeLayout->addWidget(m_typeHelp);
    typeBox->setFocusProxy(m_type);

    m_recipients = new RecipientsEditor(document, content);
    auto *messageGroup = makeGroup(QStringLiteral("messageGroupBox"), tr("Message"), content);
    auto *messageForm = new QFormLayout(messageGroup);
    auto *typeLabel = new QLabel(tr("&Type:"), messageGroup);
    typeLabel->setBuddy(m_type);
    messageForm->addRow(typeLabel, typeBox);
    auto *toLabel = new QLabel(tr("&Recipients:"), messageGroup);
    toLabel->setBuddy(m_recipients->textEdit());
    messageForm->addRow(toLabel, m_recipients);
    layout->addWidget(messageGroup);

    m_sender = new SenderEditor(document, content);
    auto *senderGroup = makeGroup(QStringLiteral("senderGroupBox"), tr("Sender and delivery"), content);
    (new QVBoxLayout(senderGroup))->addWidget(m_sender);
    layout->addWidget(senderGroup);

    m_card = new CardEditor(document, content);
    m_cardGroup = makeGroup(QStringLiteral("cardGroupBox"), tr("Card"), content);
    (new QVBoxLayout(m_cardGroup))->addWidget(m_card);
    layout->addWidget(m_cardGroup);

    m_media = new RichMediaEditor(document, content);
    m_mediaGroup = makeGroup(QStringLiteral("mediaGroupBox"), tr("Image or video"), content);
    (new QVBoxLayout(m_mediaGroup))->addWidget(m_media);
    layout->addWidget(m_mediaGroup);

    m_body = new BodyEditor(document, content);
    auto *bodyGroup = makeGroup(QStringLiteral("bodyGroupBox"), tr("Text"), content);
    auto *bodyForm = new QFormLayout(bodyGroup);
    auto *bodyLabel = new QLabel(tr("Messa&ge:"), bodyGroup);
    bodyLabel->setBuddy(m_body->textEdit());
    bodyForm->addRow(bodyLabel, m_body);
    layout->addWidget(bodyGroup);

    m_actions = new ActionsEditor(document, content);
    m_actionsGroup = makeGroup(QStringLiteral("actionsGroupBox"), tr("Buttons"), content);
    (new QVBoxLayout(m_actionsGroup))->addWidget(new MarkedField(m_actions, m_actionsGroup));
    m_actions->setFocusProxy(m_actions->addButton());
    layout->addWidget(m_actionsGroup);
    layout->addStretch(1);

    setWidget(content);
    alignLabels();
    FieldHelp::apply(content);
    new WheelGuard(this);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        const QString type = ComboValues::current(m_type);
        m_document->edit([&](Message &m) { m.type = type; });
        updateSections();
    });
    connect(m_media, &RichMediaEditor::checkIssuesChanged, this, [this] {
        applyMarks();
        emit checkIssuesChanged();
    });
    connect(m_document, &ComposerDocument::replaced, this, &ComposerForm::loadType);
    connect(m_document, &ComposerDocument::replaced, this, &ComposerForm::forgetEdits);
    connect(m_document, &ComposerDocument::edited, this, &ComposerForm::noteEdit);
    m_focusConnection =
        connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { onFocusChanged(now); });
    loadType();
}

ComposerForm::~ComposerForm()
{
    // Deleting the focused child moves the focus, after this class's members are gone.
    disconnect(m_focusConnection);
}

QSize ComposerForm::minimumSizeHint() const
{
    // Found by hand: a 900-pixel window cut the form's fields off at the right. Its labels and
    // fields side by side stay readable; the phone beside it gives way first.
    QSize hint = QScrollArea::minimumSizeHint();
    const int content = widget() ? widget()->minimumSizeHint().width() : 0;
    hint.setWidth(std::max(kMinimumWidth, content + verticalScrollBar()->sizeHint().width() + 2 * frameWidth()));
    return hint;
}

bool ComposerForm::focusNextPrevChild(bool next)
{
    // Alone (a test, a dialog of its own) the form is the whole ring.
    return TabRing::step(this, next, isWindow() ? TabRing::Ends::Wrap : TabRing::Ends::Stop) ||
           QScrollArea::focusNextPrevChild(next);
}

void ComposerForm::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    m_media->setNetworkAccessManager(manager);
}

void ComposerForm::loadType()
{
    m_loading = true;
    const QString type = m_document->message().type;
    ComboValues::select(m_type, type, tr("%1 (not a type)").arg(type), -1);
    m_loading = false;
    updateSections();
}

void ComposerForm::updateSections()
{
    const MessageKind kind = m_document->message().kind();
    const bool unknown = kind == MessageKind::Unknown;
    const bool card = unknown || kind != MessageKind::Text;
    m_cardGroup->setVisible(card);
    m_mediaGroup->setVisible(unknown || kind == MessageKind::RichMedia);
    m_actionsGroup->setVisible(card);
    m_card->setCoreEntityVisible(unknown || kind == MessageKind::CallToAction);
    QString help;
    switch (kind) {
    case MessageKind::Text:
        help = tr("Plain text, like an SMS.");
        break;
    case MessageKind::RichMedia:
        help = tr("A card with an image or a video, titles, text and optional buttons.");
        break;
    case MessageKind::CallToAction:
        help = tr("A card with titles, text and one to four buttons.");
        break;
    case MessageKind::Unknown:
        help = tr("Choose Text, Rich media card or Call-to-action card.");
        break;
    }
    m_typeHelp->setText(help);
}

void ComposerForm::alignLabels()
{
    // Every form on the page gets one label column width, so the fields line up down the page.
    QList<QWidget *> labels;
    for (QFormLayout *form : widget()->findChildren<QFormLayout *>()) {
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget())
                labels.append(item->widget());
        }
    }
    int width = 0;
    for (QWidget *label : labels)
        width = qMax(width, label->sizeHint().width());
    for (QWidget *label : labels)
        label->setMinimumWidth(width);
}

QWidget *ComposerForm::widgetForPath(const QString &jsonPath) const
{
    // A path below what the form can place (an unknown key inside a button) stays at its parent.
    std::optional<JsonPath> path = JsonPath::parse(jsonPath);
    if (!path || path->isEmpty())
        return nullptr;
    while (path->steps().size() > 1 && ApiFields::at(*path) == ApiField::None)
        path = path->first(path->steps().size() - 1);
    const qsizetype index = path->steps().first().index;
    switch (ApiFields::at(path->first(1))) {
    case ApiField::Type:
        return m_type;
    case ApiField::To:
        // A campaign's recipients are its spreadsheet: its problems go under the file's summary.
        if (m_document->isCampaign())
            return m_recipients->campaignLabel();
        return m_recipients->textEdit();
    case ApiField::From:
        return m_sender->senderComboBox();
    case ApiField::Route:
        return m_sender->routeComboBox();
    case ApiField::Source:
        return m_sender->sourceLineEdit();
    case ApiField::CampaignName:
        return m_sender->campaignLineEdit();
    case ApiField::CallbackProfileId:
        return m_sender->callbackProfileLineEdit();
    case ApiField::Body:
        return m_body->textEdit();
    case ApiField::Title: {
        TitlesEditor *titles = m_card->titlesEditor();
        return titles->lineEdit(index >= 0 && index < titles->visibleRowCount() ? static_cast<int>(index) : 0);
    }
    case ApiField::Category:
        return m_card->categoryLineEdit();
    case ApiField::SubCategory:
        return m_card->subCategoryLineEdit();
    case ApiField::CoreEntity:
        return m_card->coreEntityLineEdit();
    case ApiField::RichMedia:
        switch (ApiFields::at(*path)) {
        case ApiField::MediaType:
            return m_media->mediaTypeComboBox();
        case ApiField::DisplayRatio:
            return m_media->displayRatioComboBox();
        case ApiField::Cover:
            return m_media->coverLineEdit();
        default:
            return m_media->urlLineEdit();
        }
    case ApiField::Actions:
        return widgetForAction(m_actions, *path);
    default:
        return nullptr;
    }
}

QWidget *ComposerForm::fieldOf(QWidget *w)
{
    MarkedField *field = MarkedField::containing(w);
    return field ? field : w;
}

void ComposerForm::showIssues(const QList<Issue> &issues)
{
    m_issues = issues;
    applyMarks();
}

void ComposerForm::revealAllIssues()
{
    m_revealAll = true;
    applyMarks();
}

void ComposerForm::forgetEdits()
{
    m_editing = nullptr;
    m_revealed.clear();
    m_revealAll = false;
    widget()->setMinimumHeight(0); // what ScrollAnchor kept for the last message
}

void ComposerForm::noteEdit()
{
    QWidget *focus = QApplication::focusWidget();
    QWidget *field = focus ? fieldOf(focus) : nullptr;
    if (field && widget()->isAncestorOf(field))
        m_editing = field;
}

void ComposerForm::onFocusChanged(QWidget *now)
{
    // Moving within the field (to its Play Store button, into its popup) is not leaving it. A
    // window being closed (or destroyed) takes the focus too: nothing is to be marked then.
    if (!m_editing || (now && fieldOf(now) == m_editing) || window()->isHidden())
        return;
    m_revealed.insert(m_editing);
    m_editing = nullptr;
    applyMarks();
}

void ComposerForm::applyMarks()
{
    // A message shown or removed above the field just clicked must not move that field.
    const ScrollAnchor anchor(this);
    // Errors first, so a field with both gets the error's colour.
    QList<Issue> ordered = m_issues;
    for (const Issue &issue : m_media->checkIssues()) {
        if (!ordered.contains(issue))
            ordered.append(issue);
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Issue &a, const Issue &b) { return a.isError() && !b.isError(); });
    QHash<QWidget *, Severity> marks;
    QHash<MarkedField *, QList<Issue>> fieldIssues;
    for (const Issue &issue : std::as_const(ordered)) {
        QWidget *w = widgetForPath(issue.parameter);
        if (!w || !(m_revealAll || m_revealed.contains(fieldOf(w))))
            continue;
        if (!marks.contains(w))
            marks.insert(w, issue.severity);
        // The media check's findings are written out under the check, once is enough.
        if (MediaCheck::isCheckCode(issue.code))
            continue;
        if (MarkedField *field = MarkedField::containing(w); field && !fieldIssues[field].contains(issue))
            fieldIssues[field].append(issue);
    }

    for (auto it = m_marks.cbegin(); it != m_marks.cend(); ++it) {
        if (!marks.contains(it.key()))
            MarkedField::markWidget(it.key(), false, it.value());
    }
    for (auto it = marks.cbegin(); it != marks.cend(); ++it) {
        if (m_marks.value(it.key(), it.value()) != it.value() || !m_marks.contains(it.key()))
            MarkedField::markWidget(it.key(), true, it.value());
    }
    for (auto it = m_fieldIssues.cbegin(); it != m_fieldIssues.cend(); ++it) {
        if (!fieldIssues.contains(it.key()))
            it.key()->setIssues({});
    }
    for (auto it = fieldIssues.cbegin(); it != fieldIssues.cend(); ++it)
        it.key()->setIssues(it.value());
    m_marks = marks;
    m_fieldIssues = fieldIssues;
}

void ComposerForm::focusPath(const QString &jsonPath)
{
    QWidget *w = widgetForPath(jsonPath);
    if (!w)
        return;
    m_revealed.insert(fieldOf(w));
    applyMarks();
    ensureWidgetVisible(w, 40, 60);
    w->setFocus(Qt::OtherFocusReason);
}

QList<Issue> ComposerForm::checkIssues() const
{
    return m_media->checkIssues();
}

} // namespace soip
