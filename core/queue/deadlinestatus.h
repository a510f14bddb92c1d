#pragma once

#include "calendar/workcalendar.h"
#include "queue/postclock.h"

#include <QDate>
#include <vector>

namespace bxt {

// Where a post's clock stands on a given day.
enum class DeadlineState : quint8 {
    None, // no assignment's clock runs
    OnTrack, // more than the "due soon" working days left
    DueSoon, // due after today, within the "due soon" working days
    DueToday, // the period ends at 24:00 today
    Overdue, // the period ended before today
    CalendarIncomplete, // a day counted lies in a year with no calendar: no pretending (R18)
};

struct DeadlineStatus
{
    DeadlineState state = DeadlineState::None;
    // Working days after today up to and including the due day; 0 on the day; negative when
    // overdue (working days since). Counted Monday–Friday in years with no calendar.
    int workingDaysLeft = 0;
};

// The deadline states of clocks relative to one day ("today", a China Standard Time date):
// a table of working-day ordinals around that day, so that a million clocks are classified
// with two lookups each.
class DeadlineStatusTable final
{
public:
    DeadlineStatusTable(WorkCalendar calendar, const QDate &today, int dueSoonWorkingDays);

    DeadlineStatus status(const PostClock &clock) const;

    const QDate &today() const { return m_today; }
    int dueSoonWorkingDays() const { return m_dueSoon; }

private:
    struct Day
    {
        qint32 workingThrough = 0; // working days from the table's first day up to and including this one
        qint32 unknownThrough = 0; // days in years with no calendar, likewise
        bool known = true; // this day's year has a calendar
    };
    bool inTable(qint64 julianDay) const;
    // Working days in (from, to] minus those in (to, from], and whether every day between is known.
    int workingDaysBetween(qint64 from, qint64 to, bool *known) const;

    WorkCalendar m_calendar;
    QDate m_today;
    int m_dueSoon = 0;
    qint64 m_firstDay = 0;
    std::vector<Day> m_days;
};

} // namespace bxt
