#include "csvfiledialog.h"

#include "settings/settings.h"
#include "storage/csvexport.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace soip {

bool CsvFileDialog::exportTable(QWidget *parent, const QString &suggestedName, const QStringList &header,
                                const QList<QStringList> &rows)
{
    const QString folder = Settings::lastExportDirectory.value();
    QFileDialog dialog(parent, tr("Export CSV"),
                       QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(suggestedName),
                       tr("CSV files (*.csv)"));
    dialog.setObjectName(u"exportCsvDialog"_s);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(u"csv"_s);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return false;
    const QString path = dialog.selectedFiles().constFirst();
    Settings::lastExportDirectory.setValue(QFileInfo(path).absolutePath());
    QString error;
    if (CsvExport::write(path, header, rows, &error))
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Export CSV"), tr("The CSV file was not written."), QMessageBox::Ok,
                    parent);
    box.setObjectName(u"exportFailedBox"_s);
    box.setInformativeText(error);
    box.exec();
    return false;
}

} // namespace soip
