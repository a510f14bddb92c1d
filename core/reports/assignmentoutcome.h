#pragma once

#include "calendar/deadlinecalculator.h"
#include "domain/unit.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace bxt {

class ReportPeriod;

// What an ASSIGNMENT's JSON says happened to it (portal-api.md); instants in seconds since the
// epoch, 0 when it did not happen.
struct AssignmentHistory
{
    struct Reply
    {
        qint64 publishedAt = 0;
        bool final = false;
    };

    qint64 dispatchedAt = 0;
    qint64 returnedAt = 0;
    qint64 promisedAt = 0;
    QDate promiseDue;
    QList<Reply> replies;

    static AssignmentHistory fromJson(const QJsonObject &assignment);
};

// DeadlineCalculator::compute() once for each (unit kind, dispatch day, promised day): the
// assignments of a quarter, a hundred thousand of them, share a few hundred.
class DeadlineCache final
{
public:
    Q_DISABLE_COPY_MOVE(DeadlineCache)
    explicit DeadlineCache(DeadlineCalculator calculator);

    // dispatchDay is a Julian day in China Standard Time; promiseDue may be invalid.
    const Deadlines &of(UnitKind kind, qint32 dispatchDay, const QDate &promiseDue);

private:
    DeadlineCalculator m_calculator;
    QHash<quint64, Deadlines> m_seen;
};

// How one assignment stands in a report as of the end of its period (R21): only what had
// happened by 24:00 CST of the period's last day counts.
struct AssignmentOutcome
{
    bool answered = false; // a reply or a promise
    bool answeredOnTime = false;
    bool overdueOpen = false; // not returned, not answered, first-answer deadline passed
    bool returned = false;
    bool returnedLate = false; // R15
    bool calendarComplete = true; // false when a deadline lies in a year with no calendar (R18)

    // On time: the first answer (the earliest reply or promise) by the first-answer deadline,
    // and the final reply by the promised date or the final limit (R16). The final reply is
    // the first of kind "final", or the first reply after a promise; a promise whose date has
    // passed with no such reply was broken. Without a promise, an answer with no final reply
    // is the answer.
    static AssignmentOutcome of(
        const AssignmentHistory &history, UnitKind kind, DeadlineCache &deadlines, const ReportPeriod &period);
};

} // namespace bxt
