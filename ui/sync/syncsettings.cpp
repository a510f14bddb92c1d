#include "sync/syncsettings.h"

#include <QSettings>

namespace bxt {

namespace {
const QString kPortalUrlKey = QStringLiteral("sync/portalUrl");
const QString kUserNameKey = QStringLiteral("sync/userName");
const QString kCaFileKey = QStringLiteral("sync/caFile");
const QString kIntervalKey = QStringLiteral("sync/intervalMinutes");
} // namespace

SyncPreferences SyncPreferences::load(const QSettings &settings)
{
    SyncPreferences loaded;
    loaded.connection.portalUrl = QUrl(settings.value(kPortalUrlKey).toString(), QUrl::StrictMode);
    loaded.connection.userName = settings.value(kUserNameKey).toString();
    loaded.connection.caFile = settings.value(kCaFileKey).toString();
    bool isNumber = false;
    const int interval = settings.value(kIntervalKey).toInt(&isNumber);
    if (isNumber && interval >= 0 && interval <= kMaxIntervalMinutes)
        loaded.intervalMinutes = interval;
    return loaded;
}

void SyncPreferences::save(QSettings &settings) const
{
    settings.setValue(kPortalUrlKey, connection.portalUrl.toString());
    settings.setValue(kUserNameKey, connection.userName);
    settings.setValue(kCaFileKey, connection.caFile);
    settings.setValue(kIntervalKey, intervalMinutes);
}

} // namespace bxt
