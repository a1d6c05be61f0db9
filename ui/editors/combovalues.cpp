#include "combovalues.h"

#include <QComboBox>

namespace soip {

namespace {
constexpr int kExtraRole = Qt::UserRole + 1;

void removeExtraItems(QComboBox *combo)
{
    for (int i = combo->count() - 1; i >= 0; --i) {
        if (combo->itemData(i, kExtraRole).toBool())
            combo->removeItem(i);
    }
}
} // namespace

void ComboValues::select(QComboBox *combo, const QString &value, const QString &unknownLabel, int fallbackIndex)
{
    removeExtraItems(combo);
    const int index = combo->findData(value);
    if (index >= 0) {
        combo->setCurrentIndex(index);
        return;
    }
    if (value.isEmpty()) {
        combo->setCurrentIndex(fallbackIndex);
        return;
    }
    combo->addItem(unknownLabel, value);
    combo->setItemData(combo->count() - 1, true, kExtraRole);
    combo->setCurrentIndex(combo->count() - 1);
}

QString ComboValues::current(const QComboBox *combo)
{
    return combo->currentData().toString();
}

} // namespace soip
