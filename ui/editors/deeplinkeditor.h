#pragma once

#include "model/message.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace soip {

// The "Open app" target: intent action, package and class name (or a Play Store link built from
// the package), with a list of saved apps to fill them in one step.
class DeepLinkEditor final : public QWidget {
    Q_OBJECT

public:
    explicit DeepLinkEditor(QWidget *parent = nullptr);

    void setDeepLink(const DeepLink &link);
    DeepLink deepLink() const { return m_link; }

    static QString playStoreUrl(const QString &packageName);

    QComboBox *savedAppComboBox() const { return m_savedApps; }
    QComboBox *actionComboBox() const { return m_action; }
    QLineEdit *packageLineEdit() const { return m_package; }
    QLineEdit *classLineEdit() const { return m_class; }
    QPushButton *playStoreButton() const { return m_playStore; }
    QPushButton *saveAppButton() const { return m_saveApp; }

signals:
    void deepLinkEdited(const soip::DeepLink &link);

private:
    void reloadSavedApps();
    void applySavedApp(int index);
    void saveApp();
    void usePlayStore();
    void updatePlayStoreButton();
    void commit();

    DeepLink m_link;
    QComboBox *m_savedApps = nullptr;
    QPushButton *m_saveApp = nullptr;
    QComboBox *m_action = nullptr;
    QLineEdit *m_package = nullptr;
    QLineEdit *m_class = nullptr;
    QPushButton *m_playStore = nullptr;
    bool m_loading = false;
};

} // namespace soip
