#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPointer>
#include <QTest>
#include <QTimer>

// Answers the next modal dialog named `dialogName` (which a test is about to open with exec()) by
// clicking its button named `buttonName`, or its standard button `standard`. Records what the
// dialog said so the test can check it.
class ModalAnswerer {
public:
    QString seenText;
    QString seenInformativeText;
    bool answered = false;

    void answer(const QString &dialogName, const QString &buttonName,
                QMessageBox::StandardButton standard = QMessageBox::NoButton)
    {
        answered = false;
        auto *timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [this, timer, dialogName, buttonName, standard] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal->objectName() != dialogName)
                return;
            timer->stop();
            timer->deleteLater();
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                seenText = box->text();
                seenInformativeText = box->informativeText();
            }
            QAbstractButton *button = nullptr;
            if (!buttonName.isEmpty())
                button = modal->findChild<QAbstractButton *>(buttonName);
            else if (auto *box = qobject_cast<QMessageBox *>(modal))
                button = box->button(standard);
            if (!button) {
                qWarning("ModalAnswerer: no such button; rejecting the dialog");
                if (auto *dialog = qobject_cast<QDialog *>(modal))
                    dialog->reject();
                return;
            }
            answered = true;
            button->click();
        });
        timer->start();
    }
};
