#include "preferencesdialog.h"

#include "uilanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace soip {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_languageComboBox = new QComboBox(this);
    m_languageComboBox->setObjectName(QStringLiteral("languageComboBox"));
    m_languageComboBox->setAccessibleName(tr("Language"));
    // The system's language is named in that language, like the others, so that someone who cannot
    // read the current interface still recognises it.
    const QString systemLanguage = QLocale::system().nativeLanguageName();
    m_languageComboBox->addItem(systemLanguage.isEmpty() ? tr("System default")
                                                         : tr("System default (%1)").arg(systemLanguage),
                                QString());
    for (const QString &code : UiLanguage::available())
        m_languageComboBox->addItem(UiLanguage::nativeName(code), code);
    m_languageComboBox->setCurrentIndex(qMax(0, m_languageComboBox->findData(UiLanguage::stored())));

    auto *restartNote = new QLabel(tr("A new language is used from the next time you start SOIP Composer."), this);
    restartNote->setObjectName(QStringLiteral("restartNoteLabel"));
    restartNote->setWordWrap(true);
    QPalette notePalette = restartNote->palette();
    notePalette.setColor(QPalette::WindowText, notePalette.color(QPalette::PlaceholderText));
    restartNote->setPalette(notePalette);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_languageComboBox);
    form->addRow(QString(), restartNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("preferencesButtonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    resize(qMax(480, sizeHint().width()), sizeHint().height());
}

void PreferencesDialog::accept()
{
    UiLanguage::store(m_languageComboBox->currentData().toString());
    QDialog::accept();
}

} // namespace soip
