#pragma once

#include <QDialog>

class QComboBox;

namespace soip {

// Edit → Preferences: the interface language (English, Hindi, or the system's). Saved when the
// dialog is accepted; the new language applies the next time the app starts, and the dialog says so.
class PreferencesDialog final : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    QComboBox *m_languageComboBox = nullptr;
};

} // namespace soip
