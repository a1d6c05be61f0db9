#include "deeplinkeditor.h"

#include "markedfield.h"
#include "savedappstore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace soip {

DeepLinkEditor::DeepLinkEditor(QWidget *parent)
    : QWidget(parent)
{
    m_savedApps = new QComboBox(this);
    m_savedApps->setObjectName(QStringLiteral("savedAppComboBox"));
    m_savedApps->setAccessibleName(tr("Saved apps"));
    m_saveApp = new QPushButton(tr("Save app…"), this);
    m_saveApp->setObjectName(QStringLiteral("saveAppButton"));
    m_saveApp->setAccessibleName(tr("Save this app to the list"));
    m_saveApp->setToolTip(tr("Keep this package and class in the list of saved apps"));

    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("deepLinkActionComboBox"));
    m_action->setAccessibleName(tr("Intent action"));
    m_action->setEditable(true);
    m_action->setInsertPolicy(QComboBox::NoInsert);
    m_action->addItems(
        {QStringLiteral("android.intent.action.MAIN"), QStringLiteral("android.intent.action.VIEW"),
         QStringLiteral("android.intent.action.SEND"), QStringLiteral("android.intent.action.SENDTO"),
         QStringLiteral("android.intent.action.DIAL"), QStringLiteral("android.intent.action.WEB_SEARCH")});
    m_action->setToolTip(tr("MAIN opens the app's start screen; VIEW opens content the app shows."));

    m_package = new QLineEdit(this);
    m_package->setObjectName(QStringLiteral("deepLinkPackageLineEdit"));
    m_package->setAccessibleName(tr("Package name"));
    m_package->setPlaceholderText(tr("e.g. com.flipkart.android"));

    m_class = new QLineEdit(this);
    m_class->setObjectName(QStringLiteral("deepLinkClassLineEdit"));
    m_class->setAccessibleName(tr("Class name or Play Store URL"));
    m_class->setPlaceholderText(tr("Activity class, or a Play Store link"));

    m_playStore = new QPushButton(tr("Play Store link"), this);
    m_playStore->setObjectName(QStringLiteral("playStoreButton"));
    m_playStore->setAccessibleName(tr("Use the Play Store link of this package"));

    auto *savedRow = new QHBoxLayout;
    savedRow->addWidget(m_savedApps, 1);
    savedRow->addWidget(m_saveApp);
    auto *classRow = new QHBoxLayout;
    classRow->addWidget(m_class, 1);
    classRow->addWidget(m_playStore);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto *savedLabel = new QLabel(tr("Saved a&pps:"), this);
    savedLabel->setBuddy(m_savedApps);
    form->addRow(savedLabel, savedRow);
    form->addRow(tr("Inte&nt action:"), new MarkedField(m_action, this));
    form->addRow(tr("Pac&kage:"), new MarkedField(m_package, this));
    auto *classLabel = new QLabel(tr("C&lass or URL:"), this);
    classLabel->setBuddy(m_class);
    form->addRow(classLabel, new MarkedField(classRow, m_class, this));

    reloadSavedApps();
    connect(m_savedApps, &QComboBox::activated, this, &DeepLinkEditor::applySavedApp);
    connect(m_saveApp, &QPushButton::clicked, this, &DeepLinkEditor::saveApp);
    connect(m_playStore, &QPushButton::clicked, this, &DeepLinkEditor::usePlayStore);
    connect(m_action, &QComboBox::editTextChanged, this, &DeepLinkEditor::commit);
    connect(m_package, &QLineEdit::textChanged, this, &DeepLinkEditor::commit);
    connect(m_class, &QLineEdit::textChanged, this, &DeepLinkEditor::commit);
    setDeepLink({});
}

QString DeepLinkEditor::playStoreUrl(const QString &packageName)
{
    return QStringLiteral("https://play.google.com/store/apps/details?id=") + packageName.trimmed();
}

void DeepLinkEditor::setDeepLink(const DeepLink &link)
{
    m_loading = true;
    m_link = link;
    if (m_action->currentText() != link.action)
        m_action->setEditText(link.action);
    if (m_package->text() != link.packageName)
        m_package->setText(link.packageName);
    if (m_class->text() != link.className)
        m_class->setText(link.className);
    m_loading = false;
    updatePlayStoreButton();
}

void DeepLinkEditor::reloadSavedApps()
{
    m_savedApps->clear();
    m_savedApps->addItem(tr("Choose a saved app…"));
    for (const SavedApp &app : SavedAppStore::load())
        m_savedApps->addItem(tr("%1 (%2)").arg(app.name, app.link.packageName), QVariant::fromValue(app.name));
}

void DeepLinkEditor::applySavedApp(int index)
{
    if (index <= 0)
        return;
    const QString name = m_savedApps->itemData(index).toString();
    for (const SavedApp &app : SavedAppStore::load()) {
        if (app.name == name) {
            setDeepLink(app.link);
            emit deepLinkEdited(m_link);
            break;
        }
    }
    // The list is a way to fill the fields, not a state: go back to the prompt.
    m_savedApps->setCurrentIndex(0);
}

void DeepLinkEditor::saveApp()
{
    if (m_link.packageName.trimmed().isEmpty()) {
        m_package->setFocus(Qt::OtherFocusReason);
        m_saveApp->setToolTip(tr("Type a package name first"));
        return;
    }
    QString suggestion = m_link.packageName.section(QLatin1Char('.'), -1);
    if (!suggestion.isEmpty())
        suggestion[0] = suggestion[0].toUpper();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save app"), tr("Name shown in the list of saved apps:"),
                                               QLineEdit::Normal, suggestion, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    SavedAppStore::add({name, m_link});
    reloadSavedApps();
}

void DeepLinkEditor::usePlayStore()
{
    if (m_link.packageName.trimmed().isEmpty()) {
        m_package->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_class->setText(playStoreUrl(m_link.packageName));
}

void DeepLinkEditor::updatePlayStoreButton()
{
    const bool hasPackage = !m_package->text().trimmed().isEmpty();
    m_playStore->setEnabled(hasPackage);
    m_playStore->setToolTip(hasPackage ? tr("Set the class to %1").arg(playStoreUrl(m_package->text()))
                                       : tr("Type the package name first"));
    m_saveApp->setEnabled(hasPackage);
}

void DeepLinkEditor::commit()
{
    updatePlayStoreButton();
    if (m_loading)
        return;
    m_link = {m_action->currentText().trimmed(), m_package->text().trimmed(), m_class->text().trimmed()};
    emit deepLinkEdited(m_link);
}

} // namespace soip
