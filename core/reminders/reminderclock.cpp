#include "reminders/reminderclock.h"

#include "domain/post.h"

namespace bxt {

namespace {
constexpr int kRecheckMsecs = 60 * 1000;
// Longer waits are cut short; the next check arms the timer again.
constexpr qint64 kLongestWaitMsecs = 24 * 3600 * 1000;
} // namespace

ReminderClock::ReminderClock(QObject *parent)
    : QObject(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may be off by 5% of hours
    m_recheck.setTimerType(Qt::VeryCoarseTimer);
    m_recheck.setInterval(kRecheckMsecs);
    connect(&m_timer, &QTimer::timeout, this, &ReminderClock::check);
    connect(&m_recheck, &QTimer::timeout, this, &ReminderClock::check);
}

void ReminderClock::setNow(Now now)
{
    m_now = std::move(now);
    if (isActive())
        arm(m_now());
}

void ReminderClock::setSchedule(const ReminderSchedule &schedule)
{
    m_schedule = schedule;
    if (isActive())
        arm(m_now());
}

void ReminderClock::setCalendar(const WorkCalendar &calendar)
{
    m_calendar = calendar;
    if (isActive())
        arm(m_now());
}

void ReminderClock::start()
{
    m_recheck.start();
    arm(m_now());
}

void ReminderClock::stop()
{
    m_recheck.stop();
    m_timer.stop();
    m_next = {};
}

int ReminderClock::msecsToTimeout() const
{
    return m_timer.isActive() ? m_timer.remainingTime() : -1;
}

void ReminderClock::check()
{
    if (!isActive())
        return;
    const QDateTime now = m_now();
    const bool due = m_next.isValid() && now >= m_next;
    arm(now);
    if (!due)
        return;
    const QDateTime reminder = m_schedule.lastAtOrBefore(now, m_calendar);
    if (reminder.isValid() && cstDate(reminder) == cstDate(now))
        emit reminderDue(reminder);
}

void ReminderClock::arm(const QDateTime &now)
{
    m_next = m_schedule.nextAfter(now, m_calendar);
    if (!m_next.isValid()) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(qBound(qint64(0), now.msecsTo(m_next), kLongestWaitMsecs)));
}

} // namespace bxt
