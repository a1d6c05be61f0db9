#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QStringList>
#include <QTimer>

// Answers the next modal dialog named `dialogName` (which a test is about to open with exec()) by
// clicking its button named `buttonName`, or its standard button `standard`. Records what the
// dialog said so the test can check it. The answerer lives on the test's stack: when the test ends
// it stops looking, so it can never answer a dialog of a later test.
class ModalAnswerer final {
public:
    QString seenText;
    QString seenInformativeText;
    // The objectName of the dialog that was answered.
    QString seenDialog;
    bool answered = false;

    ModalAnswerer() { m_timer.setInterval(20); }
    ModalAnswerer(const ModalAnswerer &) = delete;
    ModalAnswerer &operator=(const ModalAnswerer &) = delete;

    void answer(const QString &dialogName, const QString &buttonName,
                QMessageBox::StandardButton standard = QMessageBox::NoButton)
    {
        answerAny({dialogName}, buttonName, standard);
    }

    // Answers whichever of `dialogNames` opens first (to test which of two questions is asked).
    void answerAny(const QStringList &dialogNames, const QString &buttonName,
                   QMessageBox::StandardButton standard = QMessageBox::NoButton)
    {
        answered = false;
        m_timer.disconnect();
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this, dialogNames, buttonName, standard] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || !dialogNames.contains(modal->objectName()))
                return;
            m_timer.stop();
            seenDialog = modal->objectName();
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
        m_timer.start();
    }

    // Answers the next file dialog named `dialogName` (a QFileDialog the code under test opened with
    // exec()) by choosing `path` in it, as a person typing the name and pressing Save would.
    void answerFile(const QString &dialogName, const QString &path)
    {
        answered = false;
        m_timer.disconnect();
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this, dialogName, path] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != dialogName)
                return;
            m_timer.stop();
            seenDialog = dialog->objectName();
            answered = true;
            // Typed into the name box, as a person does: selectFile() races the dialog's listing of
            // its folder and can leave the suggested name in place (seen with a fresh HOME).
            if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                name->setText(path);
            else
                dialog->selectFile(path);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, which is protected there
        });
        m_timer.start();
    }

private:
    QTimer m_timer;
};
