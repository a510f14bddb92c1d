#pragma once

#include "calendar/deadlinecalculator.h"
#include "domain/unit.h"

#include <QByteArrayView>
#include <QHash>

namespace bxt {

// An assignment's status (portal-api.md ASSIGNMENT.status) as the queue keeps it.
enum class AssignmentState : quint8 { Pending, Accepted, Returned, Promised, Replied, Unknown };

AssignmentState assignmentStateFromCode(QByteArrayView code);
QString assignmentStateCode(AssignmentState state);

// The China Standard Time date of an instant, as a Julian day: the same date as cstDate(), by
// arithmetic, because the queue takes it for a million dispatches at load.
qint32 cstJulianDay(qint64 secondsSinceEpoch);

// The clock a post is measured by: the nearest deadline among its assignments that still run
// (R16). Returned assignments no longer run, replied ones are done.
struct PostClock
{
    qint32 dueDay = 0; // Julian day of the period's last day (ends 24:00 CST); 0: none runs
    bool firstAnswer = false; // the first-answer clock; else the final reply or the promised date
    bool calendarComplete = true; // false when a day counted lies in a year with no calendar (R18)

    bool isRunning() const { return dueDay != 0; }
    QDate due() const { return dueDay != 0 ? QDate::fromJulianDay(dueDay) : QDate(); }
};

// Works out assignments' clocks with the DeadlineCalculator, remembering each (unit kind,
// dispatch day, promised day) it has seen: a million assignments share a few thousand of them.
class PostClockCalculator final
{
public:
    Q_DISABLE_COPY_MOVE(PostClockCalculator)
    explicit PostClockCalculator(DeadlineCalculator deadlines);

    // The clock of one assignment: the first-answer deadline while it is unanswered (pending,
    // accepted), else the promised date or the final limit; none once returned or replied.
    // promiseDay is a Julian day, 0 when no date was promised.
    PostClock clockOf(UnitKind kind, qint32 dispatchDay, AssignmentState state, qint32 promiseDay);

    // The earlier of two clocks; a clock that runs beats one that does not.
    static PostClock nearer(const PostClock &a, const PostClock &b);

private:
    DeadlineCalculator m_deadlines;
    QHash<quint64, Deadlines> m_seen;
};

} // namespace bxt
