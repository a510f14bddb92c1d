#include "queue/deadlinestatus.h"

namespace bxt {

namespace {
// Clocks further than this from today are counted day by day (rare: ancient or far-off dates).
constexpr qint64 kTableHalfSpanDays = 366 * 6;
} // namespace

DeadlineStatusTable::DeadlineStatusTable(WorkCalendar calendar, const QDate &today, int dueSoonWorkingDays)
    : m_calendar(std::move(calendar))
    , m_today(today)
    , m_dueSoon(dueSoonWorkingDays)
{
    m_firstDay = today.toJulianDay() - kTableHalfSpanDays;
    m_days.resize(size_t(2 * kTableHalfSpanDays + 1));
    Day running;
    for (size_t i = 0; i < m_days.size(); ++i) {
        const QDate day = QDate::fromJulianDay(m_firstDay + qint64(i));
        running.known = m_calendar.isKnown(day);
        running.workingThrough += m_calendar.isWorkingDay(day) ? 1 : 0;
        running.unknownThrough += running.known ? 0 : 1;
        m_days[i] = running;
    }
}

bool DeadlineStatusTable::inTable(qint64 julianDay) const
{
    return julianDay >= m_firstDay && julianDay < m_firstDay + qint64(m_days.size());
}

int DeadlineStatusTable::workingDaysBetween(qint64 from, qint64 to, bool *known) const
{
    const qint64 low = std::min(from, to);
    const qint64 high = std::max(from, to);
    int working = 0;
    if (inTable(low) && inTable(high)) {
        const Day &lowDay = m_days[size_t(low - m_firstDay)];
        const Day &highDay = m_days[size_t(high - m_firstDay)];
        working = highDay.workingThrough - lowDay.workingThrough;
        *known = highDay.unknownThrough == lowDay.unknownThrough && lowDay.known;
    } else {
        *known = m_calendar.isKnown(QDate::fromJulianDay(low));
        for (qint64 day = low + 1; day <= high; ++day) {
            const QDate date = QDate::fromJulianDay(day);
            working += m_calendar.isWorkingDay(date) ? 1 : 0;
            *known = *known && m_calendar.isKnown(date);
        }
    }
    return to >= from ? working : -working;
}

DeadlineStatus DeadlineStatusTable::status(const PostClock &clock) const
{
    if (!clock.isRunning())
        return {};
    const qint64 today = m_today.toJulianDay();
    bool known = true;
    const int left = workingDaysBetween(today, clock.dueDay, &known);
    DeadlineState state = DeadlineState::OnTrack;
    if (!clock.calendarComplete || !known)
        state = DeadlineState::CalendarIncomplete;
    else if (clock.dueDay < today)
        state = DeadlineState::Overdue;
    else if (clock.dueDay == today)
        state = DeadlineState::DueToday;
    else if (left <= m_dueSoon)
        state = DeadlineState::DueSoon;
    return { state, left };
}

} // namespace bxt
