#include "resultpanel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace soip {

namespace {
enum Column { RecipientColumn, MessageIdColumn, StatusColumn };
}

ResultPanel::ResultPanel(QWidget *parent)
    : QWidget(parent)
    , m_iconLabel(new QLabel(this))
    , m_headlineLabel(new QLabel(this))
    , m_detailsLabel(new QLabel(this))
    , m_kidLabel(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_copyButton(new QPushButton(tr("&Copy IDs"), this))
    , m_statusButton(new QPushButton(tr("Check s&tatus"), this))
{
    setObjectName(QStringLiteral("resultPanel"));
    m_headlineLabel->setObjectName(QStringLiteral("resultHeadlineLabel"));
    m_headlineLabel->setAccessibleName(tr("Send result"));
    QFont bold = m_headlineLabel->font();
    bold.setBold(true);
    m_headlineLabel->setFont(bold);
    m_headlineLabel->setWordWrap(true);
    m_headlineLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detailsLabel->setObjectName(QStringLiteral("resultDetailsLabel"));
    m_detailsLabel->setAccessibleName(tr("Send result details"));
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_kidLabel->setObjectName(QStringLiteral("resultKidLabel"));
    m_kidLabel->setAccessibleName(tr("Request id"));
    m_kidLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_iconLabel->setObjectName(QStringLiteral("resultIconLabel"));

    m_tree->setObjectName(QStringLiteral("resultTreeWidget"));
    m_tree->setAccessibleName(tr("Message ids per recipient"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setHeaderLabels({tr("Recipient"), tr("Message id"), tr("Status")});
    m_tree->header()->setSectionResizeMode(RecipientColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(MessageIdColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);

    m_copyButton->setObjectName(QStringLiteral("copyIdsPushButton"));
    m_copyButton->setAccessibleName(tr("Copy the request id and message ids"));
    m_copyButton->setToolTip(tr("Copy the request id and every recipient's message id to the clipboard"));
    m_statusButton->setObjectName(QStringLiteral("resultCheckStatusPushButton"));
    m_statusButton->setAccessibleName(tr("Check delivery status"));
    m_statusButton->setToolTip(tr("Ask the service how delivery of the last message is going"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_iconLabel, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_headlineLabel);
    texts->addWidget(m_detailsLabel);
    texts->addWidget(m_kidLabel);
    top->addLayout(texts, 1);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_statusButton);
    buttons->addStretch();
    top->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);

    connect(m_copyButton, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(copyText()); });
    connect(m_statusButton, &QPushButton::clicked, this, &ResultPanel::checkStatusRequested);
    // Ctrl+C in the list copies whole rows, not just the current cell as item views do.
    m_tree->installEventFilter(this);
    clear();
}

void ResultPanel::setState(State state, const QString &headline, const QString &details)
{
    m_state = state;
    m_headlineLabel->setText(headline);
    m_detailsLabel->setText(details);
    m_detailsLabel->setVisible(!details.isEmpty());
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (state == State::Failed)
        icon = QStyle::SP_MessageBoxCritical;
    else if (state == State::Unknown)
        icon = QStyle::SP_MessageBoxWarning;
    else if (state == State::Sent)
        icon = QStyle::SP_DialogApplyButton;
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize);
    m_iconLabel->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_iconLabel->setVisible(state != State::Empty);
    m_kidLabel->setText(m_kid.isEmpty() ? QString() : tr("Request id (kid): %1").arg(m_kid));
    m_kidLabel->setVisible(!m_kid.isEmpty());
    m_copyButton->setEnabled(!m_kid.isEmpty() || !m_rows.isEmpty());
    // Delivery status is asked by message id, so it needs a send that gave some.
    m_statusButton->setEnabled(state == State::Sent && !m_rows.isEmpty());
    m_tree->setVisible(!m_rows.isEmpty());
}

void ResultPanel::fillRows()
{
    m_tree->clear();
    const QIcon problemIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const Row &row : std::as_const(m_rows)) {
        auto *item = new QTreeWidgetItem(m_tree, {row.recipient, row.messageId, row.status});
        if (row.problem)
            item->setIcon(StatusColumn, problemIcon);
        item->setToolTip(StatusColumn, row.status);
    }
}

void ResultPanel::showSending(const QString &what)
{
    m_kid.clear();
    m_rows.clear();
    fillRows();
    setState(State::Sending, what, {});
}

void ResultPanel::showSent(const QString &headline, const QString &kid, const QList<Row> &rows)
{
    m_kid = kid;
    m_rows = rows;
    fillRows();
    setState(State::Sent, headline, {});
}

void ResultPanel::showFailed(const QString &headline, const QString &details)
{
    m_kid.clear();
    m_rows.clear();
    fillRows();
    setState(State::Failed, headline, details);
}

void ResultPanel::showUnknown(const QString &headline, const QString &details)
{
    m_kid.clear();
    m_rows.clear();
    fillRows();
    setState(State::Unknown, headline, details);
}

void ResultPanel::showStatuses(const QString &headline, const QList<Row> &rows)
{
    // Keep the message ids from the send; only the statuses are new.
    for (const Row &update : rows) {
        bool found = false;
        for (Row &row : m_rows) {
            if ((!update.messageId.isEmpty() && row.messageId == update.messageId) ||
                (update.messageId.isEmpty() && row.recipient == update.recipient)) {
                row.status = update.status;
                row.problem = update.problem;
                found = true;
            }
        }
        if (!found)
            m_rows.append(update);
    }
    fillRows();
    setState(m_state == State::Empty ? State::Sent : m_state, m_headlineLabel->text(), headline);
}

void ResultPanel::addNote(const QString &note)
{
    const QString details = m_detailsLabel->text();
    setState(m_state, m_headlineLabel->text(), details.isEmpty() ? note : details + u'\n' + note);
}

void ResultPanel::clear()
{
    m_kid.clear();
    m_rows.clear();
    fillRows();
    setState(State::Empty, tr("Nothing sent yet in this session."), {});
}

bool ResultPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        QStringList lines;
        for (const QTreeWidgetItem *item : m_tree->selectedItems())
            lines.append(item->text(RecipientColumn) + u'\t' + item->text(MessageIdColumn) + u'\t' +
                         item->text(StatusColumn));
        QApplication::clipboard()->setText(lines.isEmpty() ? copyText() : lines.join(u'\n'));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QString ResultPanel::headline() const
{
    return m_headlineLabel->text();
}

QString ResultPanel::details() const
{
    return m_detailsLabel->text();
}

QString ResultPanel::copyText() const
{
    QStringList lines;
    if (!m_kid.isEmpty())
        lines.append(tr("kid") + u'\t' + m_kid);
    for (const Row &row : m_rows) {
        QString line = row.recipient + u'\t' + row.messageId;
        if (!row.status.isEmpty())
            line += u'\t' + row.status;
        lines.append(line);
    }
    return lines.join(u'\n');
}

} // namespace soip
