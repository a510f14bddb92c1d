#pragma once

#include "calendar/workcalendar.h"

#include <QDateTime>
#include <QList>
#include <QTime>

namespace bxt {

// When a liaison is reminded to look at the unit's queue (R14: at least at 09:00 and 14:00).
// Times are China Standard Time; days off are skipped.
class ReminderSchedule final
{
public:
    static ReminderSchedule notice(); // 09:00 and 14:00

    // Times in any order; duplicates and invalid times are dropped.
    explicit ReminderSchedule(QList<QTime> times);

    const QList<QTime> &times() const { return m_times; }
    // The first reminder strictly after the instant, on a working day; invalid when there are no times.
    QDateTime nextAfter(const QDateTime &instant, const WorkCalendar &calendar) const;
    // The last reminder at or before the instant; invalid when there is none within two weeks.
    QDateTime lastAtOrBefore(const QDateTime &instant, const WorkCalendar &calendar) const;

    // "09:00,14:00" and back, for settings.
    QString toText() const;
    static std::optional<ReminderSchedule> fromText(const QString &text);

private:
    QList<QTime> m_times;
};

} // namespace bxt
