#include "queue/postclock.h"

#include <QTimeZone>

namespace bxt {

namespace {
constexpr const char *kAssignmentStateCodes[] = { "pending", "accepted", "returned", "promised", "replied" };
constexpr qint64 kCstOffsetSeconds = 8 * 3600;
constexpr qint64 kSecondsPerDay = 86400;
constexpr qint32 kJulianDayOfEpoch = 2440588; // 1970-01-01
} // namespace

AssignmentState assignmentStateFromCode(QByteArrayView code)
{
    for (int i = 0; i < int(std::size(kAssignmentStateCodes)); ++i) {
        if (code == QByteArrayView(kAssignmentStateCodes[i]))
            return AssignmentState(i);
    }
    return AssignmentState::Unknown;
}

QString assignmentStateCode(AssignmentState state)
{
    return state == AssignmentState::Unknown ? QString() : QString::fromLatin1(kAssignmentStateCodes[int(state)]);
}

qint32 cstJulianDay(qint64 secondsSinceEpoch)
{
    const qint64 local = secondsSinceEpoch + kCstOffsetSeconds;
    const qint64 days = local >= 0 ? local / kSecondsPerDay : -((-local + kSecondsPerDay - 1) / kSecondsPerDay);
    return qint32(days + kJulianDayOfEpoch);
}

PostClockCalculator::PostClockCalculator(DeadlineCalculator deadlines)
    : m_deadlines(std::move(deadlines))
{ }

PostClock PostClockCalculator::clockOf(UnitKind kind, qint32 dispatchDay, AssignmentState state, qint32 promiseDay)
{
    const bool unanswered = state == AssignmentState::Pending || state == AssignmentState::Accepted;
    if (!unanswered && state != AssignmentState::Promised)
        return {}; // returned, replied, or a status this client does not know: no clock to show
    if (unanswered)
        promiseDay = 0;
    const quint64 key = (quint64(quint32(dispatchDay)) << 32) | (quint64(quint32(promiseDay)) << 1)
        | (kind == UnitKind::District ? 1 : 0);
    auto found = m_seen.constFind(key);
    if (found == m_seen.cend()) {
        // Noon of the dispatch day in China: compute() takes the date of the instant (R17).
        const QDateTime dispatched(QDate::fromJulianDay(dispatchDay), QTime(12, 0), QTimeZone(int(kCstOffsetSeconds)));
        const std::optional<QDate> promise
            = promiseDay != 0 ? std::optional<QDate>(QDate::fromJulianDay(promiseDay)) : std::nullopt;
        found = m_seen.insert(key, m_deadlines.compute(kind, dispatched, promise));
    }
    const QDate due = unanswered ? found->firstAnswerDue : found->finalDueLatest;
    return { qint32(due.toJulianDay()), unanswered, found->calendarComplete };
}

PostClock PostClockCalculator::nearer(const PostClock &a, const PostClock &b)
{
    if (!a.isRunning())
        return b;
    if (!b.isRunning())
        return a;
    if (a.dueDay != b.dueDay)
        return a.dueDay < b.dueDay ? a : b;
    return a.calendarComplete ? b : a; // the same day: say so when either count is uncertain (R18)
}

} // namespace bxt
