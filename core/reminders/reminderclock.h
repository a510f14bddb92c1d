#pragma once

#include "calendar/workcalendar.h"
#include "reminders/reminderschedule.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <functional>

namespace bxt {

// Tells when a reminder of the schedule is due (R14). A single-shot timer waits for the next
// reminder; a coarse timer looks at the wall clock every minute as well, because a timer counts
// elapsed time and knows nothing of the clock being set or the computer sleeping.
class ReminderClock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderClock)

public:
    using Now = std::function<QDateTime()>;

    explicit ReminderClock(QObject *parent = nullptr);

    void setNow(Now now); // the wall clock; tests hand in their own
    void setSchedule(const ReminderSchedule &schedule);
    const ReminderSchedule &schedule() const { return m_schedule; }
    void setCalendar(const WorkCalendar &calendar);

    // Reminders from now on; one whose time has passed before start() is not given.
    void start();
    void stop();
    bool isActive() const { return m_recheck.isActive(); }

    QDateTime nextReminder() const { return m_next; } // invalid when stopped or none is scheduled
    int msecsToTimeout() const; // of the single-shot timer; -1 when it does not run

    // Looks at the wall clock now: gives the reminder that has come and waits for the next.
    // A reminder missed while the computer slept is given on waking the same day, not later.
    void check();

signals:
    void reminderDue(const QDateTime &reminder);

private:
    void arm(const QDateTime &now);

    Now m_now;
    ReminderSchedule m_schedule = ReminderSchedule::notice();
    WorkCalendar m_calendar = WorkCalendar::builtIn();
    QDateTime m_next;
    QTimer m_timer;
    QTimer m_recheck;
};

} // namespace bxt
