#pragma once

#include "calendar/deadlinerules.h"
#include "calendar/workcalendar.h"

#include <QDate>
#include <QDateTime>
#include <optional>

namespace bxt {

// The two clocks of an assignment (R16). Each period ends at 24:00 China Standard Time of
// the date given.
struct Deadlines
{
    QDate firstAnswerDue;
    QDate finalLimit; // the latest final reply the rules allow
    QDate finalDueLatest; // the promised date when there is one, else finalLimit
    bool calendarComplete = true; // false when a day counted lies in a year with no data (R18)
};

class DeadlineCalculator final
{
public:
    DeadlineCalculator(WorkCalendar calendar, DeadlineRules rules);

    // dispatchedAt is any instant; its date is taken in China Standard Time (R17).
    Deadlines compute(
        UnitKind kind, const QDateTime &dispatchedAt, std::optional<QDate> promiseDue = std::nullopt) const;

    // Empty when the promised date is acceptable for this dispatch, else why not.
    QString checkPromise(UnitKind kind, const QDateTime &dispatchedAt, const QDate &promiseDue) const;

    // R15: a return is on time only on the calendar day of dispatch (China Standard Time);
    // working days do not matter.
    static bool isReturnLate(const QDateTime &dispatchedAt, const QDateTime &returnedAt);

    const WorkCalendar &calendar() const { return m_calendar; }
    const DeadlineRules &rules() const { return m_rules; }

private:
    QDate periodEnd(const QDate &start, const Period &period, bool *complete) const;

    WorkCalendar m_calendar;
    DeadlineRules m_rules;
};

} // namespace bxt
