#pragma once

#include "model/message.h"
#include "preview/contactsheet.h"
#include "preview/layoutchecks.h"

#include <QDockWidget>
#include <QPointer>
#include <QString>

class QActionGroup;
class QComboBox;
class QMenu;
class QPushButton;
class QToolButton;

namespace soip {

class ContactSheetWidget;
class PreviewImageCache;

// The compare view: the message being edited on several phones, themes and font sizes at once (a
// grid QA chooses from three menus), redrawn on every setMessage() like the single preview, and
// exportable as one labelled PNG contact sheet. The chosen phones and font sizes are also what the
// layout checks run on (layoutTargets()). The main window adds it as a dock and calls
// setMessage() on every ComposerDocument::changed().
class CompareDock final : public QDockWidget {
    Q_OBJECT

public:
    // `images` is the preview pane's cache (not owned), so pictures load once for both.
    explicit CompareDock(PreviewImageCache *images, QWidget *parent = nullptr);

    void setMessage(const Message &message);
    // A campaign's rows with the most text, for "Longest rows"; none hides that button.
    void setLongestRows(const QList<ContactSheet::Sample> &rows);
    bool showsLongestRows() const;

    QList<ContactSheet::Cell> cells() const;
    // The chosen phones at the chosen font sizes, for LayoutChecks::check().
    QList<LayoutChecks::Target> layoutTargets() const;
    ContactSheetWidget *sheetWidget() const { return m_sheet; }
    // The sheet as a PNG has it: one device pixel per dp.
    QImage sheetImage() const;
    // Asks for a file and saves sheetImage() there; returns true if a file was written.
    bool exportPng();

signals:
    // The chosen phones, themes or font sizes changed.
    void selectionChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QToolButton *choiceButton(const QString &text, const QString &objectName, QMenu **menu);
    void addChoice(QMenu *menu, const QString &text, const QString &objectName, const QVariant &data,
                   bool checked);
    static QList<QVariant> chosen(const QMenu *menu);
    QList<PhonePresets::Phone> chosenPhones() const;
    QList<qreal> chosenFontScales() const;
    void choiceToggled(QMenu *menu, QAction *action);
    ContactSheet makeSheet() const;
    void refresh();
    void rebuild();

    Message m_message;
    QPointer<PreviewImageCache> m_images;
    QMenu *m_phones = nullptr;
    QMenu *m_themes = nullptr;
    QMenu *m_fontSizes = nullptr;
    QComboBox *m_zoom = nullptr;
    QPushButton *m_export = nullptr;
    QToolButton *m_longest = nullptr;
    QList<ContactSheet::Sample> m_longestRows;
    ContactSheetWidget *m_sheet = nullptr;
    QString m_lastExportPath;
    bool m_dirty = true;
};

} // namespace soip
