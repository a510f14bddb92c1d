#pragma once

#include "sync/synccontroller.h"

class QSettings;

namespace bxt {

// What the user chose for synchronising with the portal: the connection and how often to
// synchronise on its own. Never the password: that lives only in the system keychain
// (sync/passwordkeychain.h). The development switch for plain http:// to this computer is
// not saved either; it comes from the command line each time.
struct SyncPreferences
{
    static constexpr int kDefaultIntervalMinutes = 15;
    static constexpr int kMaxIntervalMinutes = 24 * 60;

    SyncSettings connection;
    int intervalMinutes = kDefaultIntervalMinutes; // 0: no automatic synchronisation

    bool isConfigured() const { return !connection.portalUrl.isEmpty() && !connection.userName.isEmpty(); }

    // The saved preferences; the defaults for those never saved or unreadable.
    static SyncPreferences load(const QSettings &settings);
    void save(QSettings &settings) const;
};

} // namespace bxt
