#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QCompleter;
class QKeyEvent;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QStringListModel;
class QWidget;

namespace soip {

// Placeholders a person can use, in every text field of the form while a spreadsheet is chosen:
// "Insert field" in the field's context menu (Shift+F10 or the Menu key from the keyboard), a list
// of the columns when `{{` is typed, and every `{{column}}` shown in its own colour. One assist
// covers the fields made later too (a fourth button), as WheelGuard does: it watches the form's
// text fields as they are polished.
class PlaceholderAssist final : public QObject {
    Q_OBJECT

public:
    explicit PlaceholderAssist(QWidget *form);

    void setColumns(const QStringList &columns);
    QStringList columns() const { return m_columns; }

    // Whether a field of the form may take placeholders (not the recipients, not a number box).
    bool takesPlaceholders(QObject *object) const;
    // Puts `{{column}}` at the field's cursor, replacing the `{{` typed before it when `replaceOpen`.
    static void insert(QWidget *field, const QString &column, bool replaceOpen = false);
    // "Insert field" with one entry per column, for `field`.
    QMenu *insertMenu(QWidget *field, QWidget *parent) const;
    QCompleter *completer() const { return m_completer; }

    // Where each placeholder of `text` is: pairs of start and length.
    static QList<std::pair<int, int>> placeholderSpans(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void attach(QWidget *field);
    void showContextMenu(QWidget *field, const QPoint &globalPos);
    void updateCompletion(QWidget *field);
    void followKey(QWidget *field);
    bool takeCompletion(QKeyEvent *key);
    static void highlight(QLineEdit *edit);
    // The text before the cursor after the last `{{` not closed yet; null when there is none.
    static QString openPlaceholder(QWidget *field);

    QWidget *m_form = nullptr;
    QStringList m_columns;
    QStringListModel *m_model = nullptr;
    QCompleter *m_completer = nullptr;
    QPointer<QWidget> m_completing;
};

} // namespace soip
