#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace soip {

// "Export CSV…": asks where in a file dialog named `exportCsvDialog` (a QFileDialog object, not the
// static helper, so a test's ModalAnswerer can give it a path), starting in the last export's
// folder, writes the table atomically and tells the person when that failed. True when written.
class CsvFileDialog final {
    Q_DECLARE_TR_FUNCTIONS(soip::CsvFileDialog)

public:
    static bool exportTable(QWidget *parent, const QString &suggestedName, const QStringList &header,
                            const QList<QStringList> &rows);
};

} // namespace soip
