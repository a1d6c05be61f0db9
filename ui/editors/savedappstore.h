#pragma once

#include "model/message.h"

#include <QList>
#include <QString>

namespace soip {

// An app the user can pick in the deep-link builder instead of typing its package again.
struct SavedApp {
    QString name;
    DeepLink link;

    friend bool operator==(const SavedApp &, const SavedApp &) = default;
};

// The saved apps, kept in QSettings. A few well-known apps are offered until the user saves their own.
class SavedAppStore final {
public:
    static QList<SavedApp> load();
    // Adds `app`, replacing a saved app of the same name.
    static void add(const SavedApp &app);
    static QList<SavedApp> defaults();
};

} // namespace soip
