#pragma once

#include <QByteArray>

namespace soip {

// An id of the operating system's current boot, or empty where the system has none to give.
// The campaign journal compares it with the one a campaign last ran under: while the machine has
// not restarted, every commit a killed process made is still there (the kernel holds what SQLite
// wrote without an fsync), so a request it reserved but never marked as leaving never left.
// After a restart, or with no id, nothing unsynced can be trusted.
QByteArray currentBootSession();

} // namespace soip
