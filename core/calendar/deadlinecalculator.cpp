#include "calendar/deadlinecalculator.h"

#include "domain/post.h"

#include <QCoreApplication>

namespace bxt {

DeadlineCalculator::DeadlineCalculator(WorkCalendar calendar, DeadlineRules rules)
    : m_calendar(std::move(calendar))
    , m_rules(rules)
{ }

QDate DeadlineCalculator::periodEnd(const QDate &start, const Period &period, bool *complete) const
{
    // R17: the start day does not count; counting begins the next day.
    if (period.workingDays)
        return m_calendar.addWorkingDays(start, period.days, complete);
    QDate day = start.addDays(period.days);
    *complete = *complete && m_calendar.isKnown(day);
    while (!m_calendar.isWorkingDay(day)) {
        day = day.addDays(1);
        *complete = *complete && m_calendar.isKnown(day);
    }
    return day;
}

Deadlines DeadlineCalculator::compute(
    UnitKind kind, const QDateTime &dispatchedAt, std::optional<QDate> promiseDue) const
{
    const QDate dispatchDay = cstDate(dispatchedAt);
    Deadlines deadlines;
    deadlines.firstAnswerDue = periodEnd(dispatchDay, m_rules.firstAnswer(kind), &deadlines.calendarComplete);
    deadlines.finalLimit = periodEnd(dispatchDay, m_rules.finalLimit(kind), &deadlines.calendarComplete);
    deadlines.finalDueLatest = deadlines.finalLimit;
    if (promiseDue && promiseDue->isValid() && *promiseDue > dispatchDay && *promiseDue < deadlines.finalLimit)
        deadlines.finalDueLatest = *promiseDue;
    return deadlines;
}

bool DeadlineCalculator::isReturnLate(const QDateTime &dispatchedAt, const QDateTime &returnedAt)
{
    return cstDate(returnedAt) > cstDate(dispatchedAt);
}

QString DeadlineCalculator::checkPromise(UnitKind kind, const QDateTime &dispatchedAt, const QDate &promiseDue) const
{
    if (!promiseDue.isValid())
        return QCoreApplication::translate("DeadlineCalculator", "The promised date is not a valid date.");
    const QDate dispatchDay = cstDate(dispatchedAt);
    if (promiseDue <= dispatchDay)
        return QCoreApplication::translate(
            "DeadlineCalculator", "The promised date must be after the day of dispatch (%1).")
            .arg(dispatchDay.toString(Qt::ISODate));
    const Deadlines deadlines = compute(kind, dispatchedAt);
    if (promiseDue > deadlines.finalLimit)
        return QCoreApplication::translate(
            "DeadlineCalculator", "The promised date %1 is later than the final deadline %2 (%3 working days, R16).")
            .arg(promiseDue.toString(Qt::ISODate), deadlines.finalLimit.toString(Qt::ISODate))
            .arg(m_rules.finalLimit(kind).days);
    return {};
}

} // namespace bxt
