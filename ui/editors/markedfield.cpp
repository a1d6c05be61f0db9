#include "markedfield.h"

#include "editoricons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace soip {

namespace {
bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}
} // namespace

MarkedField::MarkedField(QWidget *content, QWidget *parent)
    : QWidget(parent)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    m_layout->addWidget(content);
    setFocusProxy(content);
    m_issueBox = new QWidget(this);
    m_issueBox->setObjectName(QStringLiteral("issueBox"));
    auto *issueLayout = new QVBoxLayout(m_issueBox);
    issueLayout->setContentsMargins(0, 0, 0, 2);
    issueLayout->setSpacing(2);
    m_layout->addWidget(m_issueBox);
    m_issueBox->hide();
}

MarkedField::MarkedField(QLayout *content, QWidget *focusWidget, QWidget *parent)
    : MarkedField(new QWidget, parent)
{
    QWidget *row = m_layout->itemAt(0)->widget();
    content->setContentsMargins(0, 0, 0, 0);
    row->setLayout(content);
    setFocusProxy(focusWidget);
}

MarkedField *MarkedField::containing(const QWidget *widget)
{
    for (QWidget *w = widget ? widget->parentWidget() : nullptr; w; w = w->parentWidget()) {
        if (auto *field = qobject_cast<MarkedField *>(w))
            return field;
    }
    return nullptr;
}

void MarkedField::setIssues(const QList<Issue> &issues)
{
    if (issues == m_issues)
        return;
    m_issues = issues;
    rebuildIssueRows();
}

void MarkedField::addIssue(const Issue &issue)
{
    if (m_issues.contains(issue))
        return;
    m_issues.append(issue);
    rebuildIssueRows();
}

void MarkedField::clearIssues()
{
    if (m_issues.isEmpty())
        return;
    m_issues.clear();
    rebuildIssueRows();
}

QString MarkedField::issueText() const
{
    QStringList lines;
    for (const Issue &issue : m_issues)
        lines.append(issue.message);
    return lines.join(QLatin1Char('\n'));
}

QColor MarkedField::colorFor(Severity severity, const QPalette &palette)
{
    // Chosen for contrast on both palettes: the light ones on dark backgrounds.
    if (severity == Severity::Error)
        return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
    return isDark(palette) ? QColor(0xff, 0xcc, 0x66) : QColor(0x8a, 0x5a, 0x00);
}

void MarkedField::markWidget(QWidget *widget, bool marked, Severity severity)
{
    if (!widget)
        return;
    if (!marked) {
        widget->setStyleSheet(QString());
        return;
    }
    // Selected by object name so the border does not spread to the widget's children.
    const QColor border = severity == Severity::Error ? QColor(0xd9, 0x30, 0x25) : QColor(0xe0, 0x9a, 0x00);
    widget->setStyleSheet(QStringLiteral("#%1 { border: 2px solid %2; border-radius: 4px; }")
                              .arg(widget->objectName(), border.name()));
}

void MarkedField::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_issues.isEmpty())
        rebuildIssueRows();
}

void MarkedField::rebuildIssueRows()
{
    auto *issueLayout = static_cast<QVBoxLayout *>(m_issueBox->layout());
    while (QLayoutItem *item = issueLayout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    for (const Issue &issue : m_issues) {
        auto *row = new QWidget(m_issueBox);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->setSpacing(6);
        auto *icon = new QLabel(row);
        icon->setPixmap(
            EditorIcons::severity(issue.severity).pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
        icon->setAlignment(Qt::AlignTop);
        auto *text = new QLabel(issue.message, row);
        text->setObjectName(QStringLiteral("issueLabel"));
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QPalette pal = text->palette();
        pal.setColor(QPalette::WindowText, colorFor(issue.severity, palette()));
        text->setPalette(pal);
        rowLayout->addWidget(icon);
        rowLayout->addWidget(text, 1);
        issueLayout->addWidget(row);
    }
    m_issueBox->setVisible(!m_issues.isEmpty());
    m_issueBox->setAccessibleDescription(issueText());
}

} // namespace soip
