#include "placeholderassist.h"

#include "editors/wheelguard.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QContextMenuEvent>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPalette>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStringListModel>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace soip {

namespace {

const char kAttachedProperty[] = "soipPlaceholderAssist";

QTextCharFormat placeholderFormat(const QWidget *field)
{
    QTextCharFormat format;
    format.setForeground(field->palette().color(QPalette::Link));
    format.setFontWeight(QFont::DemiBold);
    return format;
}

// The body's placeholders, drawn by the text document itself.
class PlaceholderHighlighter final : public QSyntaxHighlighter {
public:
    PlaceholderHighlighter(QPlainTextEdit *edit)
        : QSyntaxHighlighter(edit->document())
        , m_format(placeholderFormat(edit))
    {}

protected:
    void highlightBlock(const QString &text) override
    {
        for (const auto &[start, length] : PlaceholderAssist::placeholderSpans(text))
            setFormat(start, length, m_format);
    }

private:
    QTextCharFormat m_format;
};

} // namespace

PlaceholderAssist::PlaceholderAssist(QWidget *form)
    : QObject(form)
    , m_form(form)
    , m_model(new QStringListModel(this))
    , m_completer(new QCompleter(m_model, this))
{
    m_completer->setObjectName(QStringLiteral("placeholderCompleter"));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    // Down past the last column must not take the choice away (Enter would then insert nothing).
    m_completer->setWrapAround(false);
    m_completer->popup()->setObjectName(QStringLiteral("placeholderCompleterPopup"));
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &column) {
        if (m_completing && !openPlaceholder(m_completing).isNull())
            insert(m_completing, column, true);
    });
    // On the application, because the form makes button editors long after this; only polish,
    // context-menu and key events of the form's text fields are looked at.
    qApp->installEventFilter(this);
    for (QWidget *w : form->findChildren<QWidget *>())
        attach(w);
}

void PlaceholderAssist::setColumns(const QStringList &columns)
{
    m_columns = columns;
    m_model->setStringList(columns);
}

bool PlaceholderAssist::takesPlaceholders(QObject *object) const
{
    auto *w = qobject_cast<QWidget *>(object);
    if (!w || !(qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w)))
        return false;
    if (!m_form->isAncestorOf(w) || WheelGuard::guardedControl(w))
        return false;
    if (w->objectName() == u"recipientsTextEdit")
        return false;
    if (auto *line = qobject_cast<QLineEdit *>(w))
        return !line->isReadOnly();
    return !static_cast<QPlainTextEdit *>(w)->isReadOnly();
}

QList<std::pair<int, int>> PlaceholderAssist::placeholderSpans(const QString &text)
{
    QList<std::pair<int, int>> spans;
    qsizetype from = 0;
    while (true) {
        const qsizetype open = text.indexOf(u"{{", from);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(u"}}", open + 2);
        if (close < 0)
            break;
        spans.append({int(open), int(close + 2 - open)});
        from = close + 2;
    }
    return spans;
}

void PlaceholderAssist::attach(QWidget *field)
{
    if (!takesPlaceholders(field) || field->property(kAttachedProperty).toBool())
        return;
    field->setProperty(kAttachedProperty, true);
    if (auto *line = qobject_cast<QLineEdit *>(field)) {
        connect(line, &QLineEdit::textChanged, this, [line] { highlight(line); });
        highlight(line);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(field)) {
        new PlaceholderHighlighter(text);
    }
}

void PlaceholderAssist::highlight(QLineEdit *edit)
{
    // A line edit draws text formats only as input-method attributes; an event with no text
    // commits nothing and changes nothing but the look. It is sent after each change, never while
    // a composition is open (text changes only when a composition is committed).
    QList<QInputMethodEvent::Attribute> attributes;
    const QTextCharFormat format = placeholderFormat(edit);
    for (const auto &[start, length] : placeholderSpans(edit->text()))
        attributes.append({QInputMethodEvent::TextFormat, start - edit->cursorPosition(), length, format});
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(edit, &event);
}

QString PlaceholderAssist::openPlaceholder(QWidget *field)
{
    QString before;
    if (auto *line = qobject_cast<QLineEdit *>(field))
        before = line->text().left(line->cursorPosition());
    else if (auto *text = qobject_cast<QPlainTextEdit *>(field)) {
        const QTextCursor cursor = text->textCursor();
        before = cursor.block().text().left(cursor.positionInBlock());
    }
    const qsizetype open = before.lastIndexOf(u"{{");
    if (open < 0 || before.indexOf(u"}}", open) >= 0)
        return {};
    const QString typed = before.mid(open + 2);
    return typed.isNull() ? QStringLiteral("") : typed;
}

void PlaceholderAssist::insert(QWidget *field, const QString &column, bool replaceOpen)
{
    const QString placeholder = QStringLiteral("{{%1}}").arg(column);
    const QString open = replaceOpen ? openPlaceholder(field) : QString();
    const int back = open.isNull() ? 0 : int(open.size()) + 2;
    if (auto *line = qobject_cast<QLineEdit *>(field)) {
        if (back > 0)
            line->setSelection(line->cursorPosition(), -back);
        line->insert(placeholder); // as typed: the editor writes it into the document
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(field)) {
        QTextCursor cursor = text->textCursor();
        if (back > 0)
            cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, back);
        cursor.insertText(placeholder);
        text->setTextCursor(cursor);
    }
    field->setFocus();
}

QMenu *PlaceholderAssist::insertMenu(QWidget *field, QWidget *parent) const
{
    auto *menu = new QMenu(tr("Insert &field"), parent);
    menu->setObjectName(QStringLiteral("insertFieldMenu"));
    if (m_columns.isEmpty()) {
        QAction *none = menu->addAction(tr("Choose recipients from a file first"));
        none->setEnabled(false);
        return menu;
    }
    for (const QString &column : m_columns) {
        QAction *action = menu->addAction(column);
        action->setObjectName(QStringLiteral("insertField:") + column);
        const QPointer<QWidget> target(field);
        connect(action, &QAction::triggered, field, [target, column] {
            if (target)
                insert(target, column);
        });
    }
    return menu;
}

void PlaceholderAssist::showContextMenu(QWidget *field, const QPoint &globalPos)
{
    QMenu *menu = nullptr;
    if (auto *line = qobject_cast<QLineEdit *>(field))
        menu = line->createStandardContextMenu();
    else
        menu = static_cast<QPlainTextEdit *>(field)->createStandardContextMenu(field->mapFromGlobal(globalPos));
    menu->setObjectName(QStringLiteral("fieldContextMenu"));
    menu->addSeparator();
    menu->addMenu(insertMenu(field, menu));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPos);
}

void PlaceholderAssist::updateCompletion(QWidget *field)
{
    const QString typed = openPlaceholder(field);
    if (typed.isNull() || m_columns.isEmpty() || !field->hasFocus()) {
        m_completer->popup()->hide();
        return;
    }
    const bool sameList =
        m_completing == field && m_completer->popup()->isVisible() && m_completer->completionPrefix() == typed;
    m_completing = field;
    if (sameList)
        return; // keep the column the person moved to
    m_completer->setWidget(field);
    m_completer->setCompletionPrefix(typed);
    QRect rect;
    if (auto *text = qobject_cast<QPlainTextEdit *>(field))
        rect = text->cursorRect();
    else
        rect = static_cast<QLineEdit *>(field)->rect();
    rect.setWidth(std::max(220, m_completer->popup()->sizeHintForColumn(0) + 30));
    m_completer->complete(rect);
    // Enter takes the first column that fits, as people expect of a list that opened by itself.
    QAbstractItemView *popup = m_completer->popup();
    if (!popup->currentIndex().isValid() && popup->model()->rowCount() > 0)
        popup->setCurrentIndex(popup->model()->index(0, 0));
}

bool PlaceholderAssist::takeCompletion(QKeyEvent *key)
{
    // QCompleter gives the key to the field first, and a text box takes Enter as a new line: the
    // choice is made here, before either sees it.
    QAbstractItemView *popup = m_completer->popup();
    if (!popup->isVisible() || !m_completing)
        return false;
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Tab: {
        // Keys typed quickly may arrive before the list followed them: bring it up to date first.
        // With the placeholder finished meanwhile, the key is the field's own (Tab moves on).
        updateCompletion(m_completing);
        if (!popup->isVisible()) {
            QCoreApplication::sendEvent(m_completing, key);
            return true;
        }
        const QModelIndex current = popup->currentIndex();
        popup->hide();
        if (!current.isValid())
            return false;
        insert(m_completing, current.data().toString(), true);
        return true;
    }
    default:
        return false;
    }
}

bool PlaceholderAssist::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::KeyPress && m_completer->popup()->isVisible() &&
        (watched == m_completer->popup() ||
         m_completer->popup()->isAncestorOf(qobject_cast<QWidget *>(watched)))) {
        if (takeCompletion(static_cast<QKeyEvent *>(event)))
            return true;
        // The list passes the key on to the field behind the application's back: follow it
        // there afterwards, so the list closes once the placeholder is finished.
        followKey(m_completing);
        return QObject::eventFilter(watched, event);
    }
    if (type != QEvent::Polish && type != QEvent::ContextMenu && type != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    // A mouse's context menu goes to a text box's viewport, the keyboard's to the box itself.
    if (auto *text = qobject_cast<QPlainTextEdit *>(watched->parent());
        type == QEvent::ContextMenu && text && text->viewport() == watched)
        watched = text;
    if (!takesPlaceholders(watched))
        return QObject::eventFilter(watched, event);
    auto *field = static_cast<QWidget *>(watched);
    if (type == QEvent::Polish) {
        attach(field);
    } else if (type == QEvent::ContextMenu) {
        const auto *menuEvent = static_cast<QContextMenuEvent *>(event);
        showContextMenu(field, menuEvent->globalPos());
        return true;
    } else {
        followKey(field);
    }
    return QObject::eventFilter(watched, event);
}

void PlaceholderAssist::followKey(QWidget *field)
{
    if (m_columns.isEmpty() || !field)
        return;
    // After the key has done its work: is the cursor after a `{{` now?
    const QPointer<QWidget> target(field);
    QMetaObject::invokeMethod(
        this,
        [this, target] {
            if (target)
                updateCompletion(target);
        },
        Qt::QueuedConnection);
}

} // namespace soip
