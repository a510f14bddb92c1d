#pragma once

#include "reminders/reminderschedule.h"

class QSettings;

namespace bxt {

// The reminders' settings (R14): whether to remind, whether in the system tray too, and when.
struct ReminderSettings
{
    bool enabled = true;
    bool tray = true;
    ReminderSchedule schedule = ReminderSchedule::notice();

    // The saved settings; the defaults for those never saved or unreadable.
    static ReminderSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
};

} // namespace bxt
