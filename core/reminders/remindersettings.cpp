#include "reminders/remindersettings.h"

#include <QSettings>

namespace bxt {

namespace {
const QString kEnabledKey = QStringLiteral("reminders/enabled");
const QString kTrayKey = QStringLiteral("reminders/tray");
const QString kTimesKey = QStringLiteral("reminders/times"); // "09:00,14:00"
} // namespace

ReminderSettings ReminderSettings::load(const QSettings &settings)
{
    ReminderSettings loaded;
    loaded.enabled = settings.value(kEnabledKey, loaded.enabled).toBool();
    loaded.tray = settings.value(kTrayKey, loaded.tray).toBool();
    if (const auto schedule = ReminderSchedule::fromText(settings.value(kTimesKey).toString());
        schedule && !schedule->times().isEmpty())
        loaded.schedule = *schedule;
    return loaded;
}

void ReminderSettings::save(QSettings &settings) const
{
    settings.setValue(kEnabledKey, enabled);
    settings.setValue(kTrayKey, tray);
    settings.setValue(kTimesKey, schedule.toText());
}

} // namespace bxt
