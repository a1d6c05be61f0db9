#include "actioneditor.h"

#include "rowtoolbutton.h"

#include "calendareventeditor.h"
#include "combovalues.h"
#include "composer/composerdocument.h"
#include "deeplinkeditor.h"
#include "deeplinkseditor.h"
#include "editoricons.h"
#include "lineeditfactory.h"
#include "markedfield.h"
#include "recipients/phonenumbercheck.h"
#include "validation/textlength.h"

#include <algorithm>
#include <iterator>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace soip {

namespace {
// The types whose action_to is a line of text; they share Action::target.
constexpr int kLineTypes[] = {int(ActionType::OpenLink), int(ActionType::CopyText), int(ActionType::Call)};

bool isLineType(int type)
{
    return std::find(std::begin(kLineTypes), std::end(kLineTypes), type) != std::end(kLineTypes);
}

enum Page { LinkPage, CalendarPage, AppPage, CopyPage, CallPage, UnknownPage };

int pageFor(int type)
{
    switch (ActionType(type)) {
    case ActionType::OpenLink:
        return LinkPage;
    case ActionType::AddToCalendar:
        return CalendarPage;
    case ActionType::OpenApp:
        return AppPage;
    case ActionType::CopyText:
        return CopyPage;
    case ActionType::Call:
        return CallPage;
    }
    return UnknownPage;
}

// A page holding one labelled line edit (URL, text to copy, phone number).
QWidget *linePage(QWidget *parent, const QString &label, QLineEdit *edit)
{
    auto *page = new QWidget(parent);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(label, new MarkedField(edit, page));
    page->setFocusProxy(edit);
    return page;
}

// What a button of `type` typically says, as the label's placeholder.
QString labelExample(int type)
{
    switch (ActionType(type)) {
    case ActionType::OpenLink:
        return ActionEditor::tr("e.g. Track order");
    case ActionType::AddToCalendar:
        return ActionEditor::tr("e.g. Remind me");
    case ActionType::OpenApp:
        return ActionEditor::tr("e.g. Open in app");
    case ActionType::CopyText:
        return ActionEditor::tr("e.g. Copy code");
    case ActionType::Call:
        return ActionEditor::tr("e.g. Call us");
    }
    return ActionEditor::tr("The words on the button");
}

} // namespace

ActionEditor::ActionEditor(ComposerDocument *document, int index, QWidget *parent)
    : QFrame(parent)
    , m_document(document)
    , m_index(index)
{
    setObjectName(QStringLiteral("actionEditor%1").arg(index));
    setAccessibleName(tr("Button %1").arg(index + 1));
    setFrameShape(QFrame::StyledPanel);

    m_heading = new QLabel(tr("Button %1").arg(index + 1), this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_up = makeRowToolButton(this, QStringLiteral("actionUpButton"), EditorIcons::moveUp(), tr("Move button up"));
    m_down = makeRowToolButton(this, QStringLiteral("actionDownButton"), EditorIcons::moveDown(),
                               tr("Move button down"));
    m_remove =
        makeRowToolButton(this, QStringLiteral("actionRemoveButton"), EditorIcons::remove(), tr("Remove button"));

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("actionTypeComboBox"));
    m_type->setAccessibleName(tr("What the button does"));
    m_type->addItem(EditorIcons::actionType(1), tr("Open link"), QStringLiteral("1"));
    m_type->addItem(EditorIcons::actionType(2), tr("Add to calendar"), QStringLiteral("2"));
    m_type->addItem(EditorIcons::actionType(3), tr("Open app"), QStringLiteral("3"));
    m_type->addItem(EditorIcons::actionType(4), tr("Copy text"), QStringLiteral("4"));
    m_type->addItem(EditorIcons::actionType(5), tr("Call"), QStringLiteral("5"));

    m_rank = new QComboBox(this);
    m_rank->setObjectName(QStringLiteral("actionRankComboBox"));
    m_rank->setAccessibleName(tr("Position on the card (0 first)"));
    m_rank->setToolTip(tr("The order of the buttons on the card, 0 first. Each button has its own position."));
    for (int rank = 0; rank < kMaxActions; ++rank)
        m_rank->addItem(QString::number(rank), QString::number(rank));

    m_label = makeLineEdit(this, QStringLiteral("actionLabelLineEdit"), tr("Button label"), QString());
    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("actionLabelCounterLabel"));
    m_counter->setMinimumWidth(m_counter->fontMetrics().horizontalAdvance(QStringLiteral("000 / 00")));
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_url = makeLineEdit(this, QStringLiteral("actionUrlLineEdit"), tr("Link to open"), tr("https://…"));
    m_calendar = new CalendarEventEditor(this);
    m_deepLinks = new DeepLinksEditor(this);
    m_copyText = makeLineEdit(this, QStringLiteral("copyTextLineEdit"), tr("Text to copy"),
                              tr("Copied when the button is tapped, e.g. a coupon code"));
    m_phone = makeLineEdit(this, QStringLiteral("phoneLineEdit"), tr("Phone number to call"),
                           tr("e.g. +91 98765 43210"));

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("actionTargetStack"));
    m_pages->addWidget(linePage(m_pages, tr("&URL:"), m_url));
    m_pages->addWidget(m_calendar);
    m_pages->addWidget(m_deepLinks);
    m_pages->addWidget(linePage(m_pages, tr("Te&xt to copy:"), m_copyText));
    m_pages->addWidget(linePage(m_pages, tr("&Phone number:"), m_phone));
    auto *unknown = new QLabel(tr("Choose what the button does."), m_pages);
    unknown->setWordWrap(true);
    m_pages->addWidget(unknown);

    auto *header = new QHBoxLayout;
    header->addWidget(m_heading);
    header->addStretch(1);
    header->addWidget(m_up);
    header->addWidget(m_down);
    header->addWidget(m_remove);

    auto *typeRow = new QHBoxLayout;
    // Top-aligned, the label as tall as the boxes: a message under one box moves nothing beside it.
    typeRow->addWidget(new MarkedField(m_type, this), 1, Qt::AlignTop);
    auto *rankLabel = new QLabel(tr("Posi&tion:"), this);
    rankLabel->setBuddy(m_rank);
    rankLabel->setMinimumHeight(m_rank->sizeHint().height());
    typeRow->addSpacing(8);
    typeRow->addWidget(rankLabel, 0, Qt::AlignTop);
    typeRow->addWidget(new MarkedField(m_rank, this), 0, Qt::AlignTop);

    auto *labelRow = new QHBoxLayout;
    labelRow->addWidget(m_label, 1);
    labelRow->addWidget(m_counter);

    auto *form = new QFormLayout;
    auto *typeLabel = new QLabel(tr("&Does:"), this);
    typeLabel->setBuddy(m_type);
    form->addRow(typeLabel, typeRow);
    auto *labelLabel = new QLabel(tr("&Label:"), this);
    labelLabel->setBuddy(m_label);
    form->addRow(labelLabel, new MarkedField(labelRow, m_label, this));
    form->addRow(m_pages);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 10);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addLayout(form);
    setFocusProxy(m_type);

    connect(m_type, &QComboBox::currentIndexChanged, this, &ActionEditor::onTypeChosen);
    connect(m_rank, &QComboBox::activated, this, [this] {
        if (!m_loading)
            emit rankRequested(m_index, ComboValues::current(m_rank));
    });
    connect(m_label, &QLineEdit::textChanged, this, [this](const QString &text) {
        updateCounter();
        edit([&](Action &a) { a.label = text; });
    });
    for (int type : kLineTypes) {
        connect(targetEditFor(type), &QLineEdit::textChanged, this, [this, type](const QString &text) {
            edit([&](Action &a) {
                if (a.type == type)
                    a.target = text;
                else if (text.isEmpty())
                    a.otherTargets.remove(type);
                else
                    a.otherTargets.insert(type, text);
            });
        });
    }
    connect(m_calendar, &CalendarEventEditor::eventEdited, this,
            [this](const CalendarEvent &event) { edit([&](Action &a) { a.event = event; }); });
    connect(m_deepLinks, &DeepLinksEditor::deepLinksEdited, this,
            [this](const QList<DeepLink> &links) { edit([&](Action &a) { a.deepLinks = links; }); });
    // Saved the way recipients are (+919876543210), once the person has finished typing it.
    connect(m_phone, &QLineEdit::editingFinished, this, [this] {
        if (const QString saved = PhoneNumberCheck::dialableForm(m_phone->text()); saved != m_phone->text())
            m_phone->setText(saved);
    });
    connect(m_up, &QToolButton::clicked, this, [this] { emit moveRequested(m_index, -1); });
    connect(m_down, &QToolButton::clicked, this, [this] { emit moveRequested(m_index, +1); });
    connect(m_remove, &QToolButton::clicked, this, [this] { emit removeRequested(m_index); });
}

void ActionEditor::load(int count)
{
    const Action action = m_document->message().actions.value(m_index);
    m_loading = true;
    ComboValues::select(m_type, QString::number(action.type),
                        action.type == 0 ? tr("Choose…") : tr("Unknown type (%1)").arg(action.type));
    if (m_label->text() != action.label)
        m_label->setText(action.label);
    refreshRank();
    // action_to holds the current type's target; the other types show what was typed for them.
    for (int type : kLineTypes) {
        const QString text = action.type == type ? action.target : action.otherTargets.value(type);
        if (targetEditFor(type)->text() != text)
            targetEditFor(type)->setText(text);
    }
    m_calendar->setEvent(action.event);
    m_deepLinks->setDeepLinks(action.deepLinks);
    m_up->setEnabled(m_index > 0);
    m_up->setVisible(m_index > 0);
    m_down->setEnabled(m_index < count - 1);
    m_down->setVisible(m_index < count - 1);
    m_loading = false;
    updateCounter();
    showPageFor(action.type);
}

void ActionEditor::refreshRank()
{
    const QString rank = m_document->message().actions.value(m_index).rank;
    const bool wasLoading = m_loading;
    m_loading = true;
    if (rank.isEmpty())
        ComboValues::select(m_rank, QString(), QString(), -1);
    else
        ComboValues::select(m_rank, rank, tr("%1 (not 0–3)").arg(rank));
    m_loading = wasLoading;
}

QWidget *ActionEditor::targetWidget() const
{
    const int type = m_document->message().actions.value(m_index).type;
    if (QLineEdit *edit = targetEditFor(type))
        return edit;
    if (type == int(ActionType::AddToCalendar))
        return m_calendar->dateEdit();
    if (type == int(ActionType::OpenApp))
        return m_deepLinks->linkEditor(0)->packageLineEdit();
    return m_type;
}

void ActionEditor::edit(const std::function<void(Action &)> &change)
{
    if (m_loading)
        return;
    m_document->edit([&](Message &m) {
        if (m_index < m.actions.size())
            change(m.actions[m_index]);
    });
}

void ActionEditor::onTypeChosen()
{
    if (m_loading)
        return;
    bool ok = false;
    const int type = ComboValues::current(m_type).toInt(&ok);
    if (!ok)
        return;
    // A new "Open app" button starts with the usual intent action, shown in the form.
    if (type == int(ActionType::OpenApp) && m_deepLinks->deepLinks().isEmpty())
        m_deepLinks->setDeepLinks({DeepLinksEditor::startingLink()});
    const QLineEdit *target = targetEditFor(type);
    const QList<DeepLink> links = m_deepLinks->deepLinks();
    edit([&](Action &a) {
        // The old type's target is kept for the user; the new type's comes back if it was typed.
        if (isLineType(a.type) && !a.target.isEmpty())
            a.otherTargets.insert(a.type, a.target);
        a.type = type;
        if (target)
            a.target = a.otherTargets.take(type);
        if (type == int(ActionType::OpenApp) && a.deepLinks.isEmpty())
            a.deepLinks = links;
    });
    showPageFor(type);
}

void ActionEditor::showPageFor(int type)
{
    const int page = pageFor(type);
    // A stacked widget is as tall as its tallest page unless the hidden pages are ignored.
    for (int i = 0; i < m_pages->count(); ++i) {
        const auto policy = i == page ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_pages->widget(i)->setSizePolicy(policy, policy);
    }
    m_pages->setCurrentIndex(page);
    m_label->setPlaceholderText(labelExample(type));
    m_pages->adjustSize();
    m_pages->updateGeometry();
}

void ActionEditor::updateCounter()
{
    const int count = int(visibleLength(m_label->text()));
    const bool over = count > kMaxActionLabelLength;
    m_counter->setText(tr("%1 / %2").arg(count).arg(kMaxActionLabelLength));
    m_counter->setAccessibleName(tr("%1 of %2 characters").arg(count).arg(kMaxActionLabelLength));
    QPalette pal = palette();
    if (over)
        pal.setColor(QPalette::WindowText, MarkedField::colorFor(Severity::Error, palette()));
    m_counter->setPalette(pal);
}

QLineEdit *ActionEditor::targetEditFor(int type) const
{
    switch (ActionType(type)) {
    case ActionType::OpenLink:
        return m_url;
    case ActionType::CopyText:
        return m_copyText;
    case ActionType::Call:
        return m_phone;
    case ActionType::AddToCalendar:
    case ActionType::OpenApp:
        break;
    }
    return nullptr;
}

} // namespace soip
