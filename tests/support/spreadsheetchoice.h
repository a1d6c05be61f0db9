#pragma once

#include "editors/composerform.h"
#include "editors/recipientseditor.h"
#include "mainwindow/mainwindow.h"
#include "spreadsheet/campaigncomposer.h"
#include "spreadsheet/recipientimportdialog.h"

#include <QPushButton>
#include <QTest>

// Chooses `path` as the recipients the way a person does: "From a file…", then "Use" in the import
// dialog once it has read the file. False (with a warning) when the dialog did not get that far.
inline bool chooseSpreadsheet(soip::MainWindow *window, const QString &path)
{
    window->campaign()->setFileChooser([path] { return path; });
    window->form()->recipientsEditor()->fromFileButton()->click();
    soip::RecipientImportDialog *dialog = window->campaign()->importDialog();
    if (!dialog)
        return false;
    auto *use = dialog->findChild<QPushButton *>(QStringLiteral("importUseButton"));
    if (!use || !QTest::qWaitFor([use] { return use->isEnabled(); })) {
        qWarning("the import dialog did not finish reading");
        return false;
    }
    use->click();
    return true;
}
