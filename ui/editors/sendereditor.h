#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace soip {

class ComposerDocument;

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

    // Adds the sender ID now in the form to the remembered list (most recent first).
    void rememberCurrentSender();
    // Offers `senderId` (e.g. the account's default) at the top of the list, without selecting it.
    void addSuggestion(const QString &senderId);

private:
    void load();
    void updateRouteHelp();
    void reloadRemembered();

    ComposerDocument *m_document = nullptr;
    QComboBox *m_sender = nullptr;
    QComboBox *m_route = nullptr;
    QLabel *m_routeHelp = nullptr;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_campaign = nullptr;
    QLineEdit *m_callback = nullptr;
    QStringList m_suggestions;
    bool m_loading = false;
};

} // namespace soip
