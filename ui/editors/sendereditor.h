#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace soip {

class ComposerDocument;
class SenderIdHistory;

// Who sends and how: sender ID (with the IDs used before), route with a plain explanation,
// source, campaign name and callback profile.
class SenderEditor final : public QWidget {
    Q_OBJECT

public:
    explicit SenderEditor(ComposerDocument *document, QWidget *parent = nullptr);
    ~SenderEditor() override;

    QComboBox *senderComboBox() const { return m_sender; }
    QComboBox *routeComboBox() const { return m_route; }
    QLineEdit *sourceLineEdit() const { return m_source; }
    QLineEdit *campaignLineEdit() const { return m_campaign; }
    QLineEdit *callbackProfileLineEdit() const { return m_callback; }

    // The list the sender field offers; the editor keeps its own until the app gives it the shared
    // one (not owned; must outlive the editor).
    void setHistory(SenderIdHistory *history);
    SenderIdHistory *history() const { return m_history; }

private:
    void load();
    void updateRouteHelp();
    void reloadRemembered();
    void rememberCurrentSender();

    ComposerDocument *m_document = nullptr;
    QComboBox *m_sender = nullptr;
    QComboBox *m_route = nullptr;
    QLabel *m_routeHelp = nullptr;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_campaign = nullptr;
    QLineEdit *m_callback = nullptr;
    SenderIdHistory *m_history = nullptr;
    bool m_loading = false;
};

} // namespace soip
