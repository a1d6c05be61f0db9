#include "accountsdialog.h"

#include "accounts/credentialstore.h"
#include "services/sendcontroller.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFuture>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace soip {

namespace {

QLineEdit *lineEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

AccountsDialog::AccountsDialog(SendController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_list(new QListWidget(this))
    , m_addButton(new QPushButton(tr("&Add"), this))
    , m_removeButton(new QPushButton(tr("&Remove"), this))
    , m_defaultButton(new QPushButton(tr("Use by &default"), this))
    , m_sandboxNote(new QLabel(this))
    , m_name(lineEdit(QStringLiteral("accountNameLineEdit"), tr("Account name"), this))
    , m_sid(lineEdit(QStringLiteral("accountSidLineEdit"), tr("Account SID"), this))
    , m_baseUrl(new QComboBox(this))
    , m_sender(lineEdit(QStringLiteral("defaultSenderLineEdit"), tr("Default sender ID"), this))
    , m_route(new QComboBox(this))
    , m_callback(lineEdit(QStringLiteral("defaultCallbackLineEdit"), tr("Default callback profile"), this))
    , m_key(lineEdit(QStringLiteral("apiKeyLineEdit"), tr("API key"), this))
    , m_keyState(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_saveButton(new QPushButton(tr("&Save account"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts"));

    m_list->setObjectName(QStringLiteral("accountsListWidget"));
    m_list->setAccessibleName(tr("Accounts"));
    m_addButton->setObjectName(QStringLiteral("addAccountPushButton"));
    m_removeButton->setObjectName(QStringLiteral("removeAccountPushButton"));
    m_defaultButton->setObjectName(QStringLiteral("defaultAccountPushButton"));
    m_defaultButton->setToolTip(tr("New windows start with this account selected"));
    m_saveButton->setObjectName(QStringLiteral("saveAccountPushButton"));
    m_buttons->setObjectName(QStringLiteral("accountsButtonBox"));

    m_sandboxNote->setObjectName(QStringLiteral("sandboxNoteLabel"));
    m_sandboxNote->setWordWrap(true);
    m_sandboxNote->setText(tr("The built-in sandbox simulates the Kaleyra service on this computer. It needs no "
                              "key and nothing it “sends” reaches a phone. Use it to try messages out."));

    m_sid->setPlaceholderText(tr("e.g. HXXXXXXX071US"));
    m_baseUrl->setObjectName(QStringLiteral("baseUrlComboBox"));
    m_baseUrl->setAccessibleName(tr("Service address"));
    m_baseUrl->setEditable(true);
    m_baseUrl->setInsertPolicy(QComboBox::NoInsert);
    for (const BaseUrlPreset &preset : Account::baseUrlPresets())
        m_baseUrl->addItem(preset.url.toString(), preset.label);
    m_baseUrl->setToolTip(tr("Choose Kaleyra's host for your region, or type the address you were given"));

    m_route->setObjectName(QStringLiteral("defaultRouteComboBox"));
    m_route->setAccessibleName(tr("Default route"));
    m_route->addItem(tr("(none: MKT)"), QString());
    m_route->addItem(tr("MKT — marketing"), QStringLiteral("MKT"));
    m_route->addItem(tr("TXN — transactional"), QStringLiteral("TXN"));
    m_route->addItem(tr("OTP — one-time password"), QStringLiteral("OTP"));

    m_callback->setPlaceholderText(tr("optional, e.g. SG_0xxxxxx8-…"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setToolTip(tr("Kept in your system's keychain, never in a file"));
    m_keyState->setObjectName(QStringLiteral("keyStateLabel"));
    m_keyState->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("accountProblemsLabel"));
    m_problems->setWordWrap(true);
    QPalette warning = m_problems->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_problems->setPalette(warning);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("S&ID:"), m_sid);
    form->addRow(tr("Ser&vice address:"), m_baseUrl);
    form->addRow(tr("Default se&nder ID:"), m_sender);
    form->addRow(tr("Default &route:"), m_route);
    form->addRow(tr("Default ca&llback profile:"), m_callback);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(QString(), m_keyState);
    form->addRow(QString(), m_problems);

    auto *right = new QVBoxLayout;
    right->addWidget(m_sandboxNote);
    right->addLayout(form);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_saveButton);
    right->addLayout(saveRow);
    right->addStretch();

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list);
    left->addLayout(listButtons);
    left->addWidget(m_defaultButton);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &AccountsDialog::showAccount);
    connect(m_addButton, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_removeButton, &QPushButton::clicked, this, &AccountsDialog::removeAccount);
    connect(m_defaultButton, &QPushButton::clicked, this, &AccountsDialog::makeDefault);
    connect(m_saveButton, &QPushButton::clicked, this, &AccountsDialog::saveAccount);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    reload(m_controller->defaultAccountId());
    resize(760, 420);
}

QString AccountsDialog::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void AccountsDialog::selectAccount(const QString &id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == id)
            m_list->setCurrentRow(i);
    }
}

void AccountsDialog::reload(const QString &selectId)
{
    const QString defaultId = m_controller->defaultAccountId();
    m_list->clear();
    for (const Account &account : m_controller->accounts()) {
        const QString text = account.id == defaultId ? tr("%1 (default)").arg(account.name) : account.name;
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, account.id);
    }
    selectAccount(selectId);
    if (!m_list->currentItem())
        m_list->setCurrentRow(0);
}

void AccountsDialog::setFieldsEnabled(bool enabled)
{
    for (QWidget *widget : std::initializer_list<QWidget *>{m_name, m_sid, m_baseUrl, m_sender, m_route,
                                                            m_callback, m_key, m_saveButton})
        widget->setEnabled(enabled);
}

void AccountsDialog::showAccount()
{
    m_problems->clear();
    m_key->clear();
    const std::optional<Account> account = m_controller->account(selectedId());
    const bool sandbox = account && account->isSandbox();
    m_sandboxNote->setVisible(sandbox);
    setFieldsEnabled(account && !sandbox);
    m_removeButton->setEnabled(account && !sandbox);
    m_defaultButton->setEnabled(account.has_value() && account->id != m_controller->defaultAccountId());
    m_editingId = account ? account->id : QString();
    if (!account)
        return;
    m_name->setText(account->name);
    m_sid->setText(account->sid);
    m_baseUrl->setCurrentText(account->baseUrl.toString());
    m_sender->setText(account->defaultSender);
    m_route->setCurrentIndex(std::max(0, m_route->findData(account->defaultRoute)));
    m_callback->setText(account->defaultCallbackProfileId);
    if (sandbox) {
        m_keyState->setText(tr("No key needed."));
        return;
    }
    showKeyState(*account);
}

void AccountsDialog::showKeyState(const Account &account)
{
    if (m_controller->hasSessionKey(account.id)) {
        m_keyState->setText(tr("A key is held for this session only; it is forgotten when you quit."));
        return;
    }
    m_keyState->setText(tr("Looking in the keychain…"));
    const QString id = account.id;
    QPointer<AccountsDialog> self(this);
    m_controller->credentials()
        ->readKey(account.credentialKey())
        .then(this, [self, id](const CredentialResult &r) {
            if (!self || self->m_editingId != id)
                return;
            if (r.ok())
                self->m_keyState->setText(tr("A key is stored in the keychain. Type a new one to replace it."));
            else if (r.status == CredentialResult::Status::NotFound)
                self->m_keyState->setText(tr("No key stored yet: type the API key from the Kaleyra.io console."));
            else
                self->m_keyState->setText(r.explanation());
        });
}

void AccountsDialog::addAccount()
{
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    m_editingId.clear();
    m_sandboxNote->hide();
    setFieldsEnabled(true);
    m_removeButton->setEnabled(false);
    m_defaultButton->setEnabled(false);
    m_name->setText(tr("New account"));
    m_sid->clear();
    m_baseUrl->setCurrentIndex(0);
    m_sender->clear();
    m_route->setCurrentIndex(0);
    m_callback->clear();
    m_key->clear();
    m_keyState->setText(tr("Type the API key from the Kaleyra.io console; it goes to the keychain."));
    m_problems->clear();
    m_name->setFocus();
    m_name->selectAll();
}

Account AccountsDialog::accountFromFields() const
{
    Account account;
    if (const std::optional<Account> existing = m_controller->account(m_editingId))
        account = *existing;
    account.name = m_name->text().trimmed();
    account.sid = m_sid->text().trimmed();
    account.baseUrl = QUrl::fromUserInput(m_baseUrl->currentText().trimmed());
    account.defaultSender = m_sender->text().trimmed();
    account.defaultRoute = m_route->currentData().toString();
    account.defaultCallbackProfileId = m_callback->text().trimmed();
    account.kind = AccountKind::Kaleyra;
    return account;
}

void AccountsDialog::saveAccount()
{
    const Account edited = accountFromFields();
    const QStringList problems = edited.problems();
    if (!problems.isEmpty()) {
        m_problems->setText(problems.join(u'\n'));
        return;
    }
    QString error;
    const std::optional<Account> saved = m_controller->store().save(edited, &error);
    if (!saved) {
        m_problems->setText(error);
        return;
    }
    m_problems->clear();
    const QString key = m_key->text().trimmed();
    m_key->clear();
    reload(saved->id);
    if (!key.isEmpty())
        storeKey(*saved, key);
}

void AccountsDialog::storeKey(const Account &account, const QString &key)
{
    m_keyState->setText(tr("Saving the key in the keychain…"));
    QPointer<AccountsDialog> self(this);
    m_controller->credentials()
        ->writeKey(account.credentialKey(), key)
        .then(this, [self, account, key](const CredentialResult &result) {
            if (!self)
                return;
            if (result.ok()) {
                self->m_controller->setSessionKey(account.id, {});
                self->showKeyState(account);
                return;
            }
            QMessageBox box(QMessageBox::Warning, tr("The key could not be stored"), result.explanation(),
                            QMessageBox::NoButton, self);
            box.setObjectName(QStringLiteral("keychainUnavailableMessageBox"));
            box.setInformativeText(
                tr("SOIP Composer never writes keys to a file. You can use this key until you quit; "
                   "you will be asked for it again next time."));
            if (!result.detail.isEmpty())
                box.setDetailedText(result.detail);
            QPushButton *session = box.addButton(tr("Use for this &session only"), QMessageBox::AcceptRole);
            session->setObjectName(QStringLiteral("sessionKeyPushButton"));
            box.addButton(tr("&Don’t use it"), QMessageBox::RejectRole)
                ->setObjectName(QStringLiteral("noSessionKeyPushButton"));
            box.setDefaultButton(session);
            box.exec();
            if (!self)
                return;
            if (box.clickedButton() == session)
                self->m_controller->setSessionKey(account.id, key);
            self->showKeyState(account);
            // Not kept anywhere: the typed key stays in its field, to save again once the keychain
            // is unlocked.
            if (box.clickedButton() != session && self->m_editingId == account.id)
                self->m_key->setText(key);
        });
}

void AccountsDialog::removeAccount()
{
    const std::optional<Account> account = m_controller->account(selectedId());
    if (!account || account->isSandbox())
        return;
    QMessageBox box(QMessageBox::Question, tr("Remove account"),
                    tr("Remove the account “%1” and its key from this computer?").arg(account->name),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("removeAccountMessageBox"));
    QPushButton *remove = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    if (box.clickedButton() != remove)
        return;
    m_controller->store().remove(account->id);
    m_controller->setSessionKey(account->id, {});
    // Removing a key that is not there is fine; the answer is not needed.
    m_controller->credentials()->removeKey(account->credentialKey());
    reload(SendController::sandboxAccountId());
}

void AccountsDialog::makeDefault()
{
    const QString id = selectedId();
    m_controller->store().setDefaultAccountId(id == SendController::sandboxAccountId() ? QString() : id);
    reload(id);
}

} // namespace soip
