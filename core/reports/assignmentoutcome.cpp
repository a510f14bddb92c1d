#include "reports/assignmentoutcome.h"

#include "domain/post.h"
#include "queue/postclock.h"
#include "reports/reportperiod.h"

#include <QJsonArray>
#include <QTimeZone>

namespace bxt {

namespace {
QDateTime instant(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}
} // namespace

DeadlineCache::DeadlineCache(DeadlineCalculator calculator)
    : m_calculator(std::move(calculator))
{ }

const Deadlines &DeadlineCache::of(UnitKind kind, qint32 dispatchDay, const QDate &promiseDue)
{
    const qint64 promiseDay = promiseDue.isValid() ? promiseDue.toJulianDay() : 0;
    const quint64 key = (quint64(quint32(dispatchDay)) << 32) | (quint64(quint32(promiseDay)) << 1)
        | (kind == UnitKind::District ? 1 : 0);
    auto found = m_seen.constFind(key);
    if (found == m_seen.cend()) {
        // Noon of the dispatch day in China: compute() takes the date of the instant (R17).
        const QDateTime dispatched(QDate::fromJulianDay(dispatchDay), QTime(12, 0), QTimeZone(8 * 3600));
        found = m_seen.insert(key,
            m_calculator.compute(
                kind, dispatched, promiseDue.isValid() ? std::optional<QDate>(promiseDue) : std::nullopt));
    }
    return *found;
}

AssignmentHistory AssignmentHistory::fromJson(const QJsonObject &assignment)
{
    AssignmentHistory history;
    history.dispatchedAt = epochSeconds(assignment.value(QLatin1String("dispatched_at")).toString());
    history.returnedAt = epochSeconds(assignment.value(QLatin1String("returned_at")).toString());
    history.promisedAt = epochSeconds(assignment.value(QLatin1String("promised_at")).toString());
    history.promiseDue = parseDate(assignment.value(QLatin1String("promise_due")).toString());
    const QJsonArray replies = assignment.value(QLatin1String("replies")).toArray();
    for (const QJsonValue &value : replies) {
        const QJsonObject reply = value.toObject();
        const qint64 published = epochSeconds(reply.value(QLatin1String("published_at")).toString());
        if (published != 0)
            history.replies.append(
                { published, reply.value(QLatin1String("kind")).toString() == QLatin1String("final") });
    }
    return history;
}

AssignmentOutcome AssignmentOutcome::of(
    const AssignmentHistory &history, UnitKind kind, DeadlineCache &deadlines, const ReportPeriod &period)
{
    const auto happened = [&period](qint64 at) { return at != 0 && at < period.end(); };
    AssignmentOutcome outcome;
    outcome.returned = happened(history.returnedAt);
    outcome.returnedLate = outcome.returned
        && DeadlineCalculator::isReturnLate(instant(history.dispatchedAt), instant(history.returnedAt));

    const bool promised = happened(history.promisedAt) && history.promiseDue.isValid();
    qint64 firstAnswer = promised ? history.promisedAt : 0;
    qint64 finalReply = 0;
    for (const AssignmentHistory::Reply &reply : history.replies) {
        if (!happened(reply.publishedAt))
            continue;
        if (firstAnswer == 0 || reply.publishedAt < firstAnswer)
            firstAnswer = reply.publishedAt;
        const bool isFinal = reply.final || (promised && reply.publishedAt >= history.promisedAt);
        if (isFinal && (finalReply == 0 || reply.publishedAt < finalReply))
            finalReply = reply.publishedAt;
    }
    const Deadlines &due
        = deadlines.of(kind, cstJulianDay(history.dispatchedAt), promised ? history.promiseDue : QDate());
    outcome.calendarComplete = due.calendarComplete;
    outcome.answered = firstAnswer != 0;
    const qint64 lastDay = period.lastDay().toJulianDay();
    if (outcome.answered) {
        const bool firstOnTime = cstJulianDay(firstAnswer) <= due.firstAnswerDue.toJulianDay();
        const bool finalOnTime = finalReply != 0 ? cstJulianDay(finalReply) <= due.finalDueLatest.toJulianDay()
                                                 : !promised || due.finalDueLatest.toJulianDay() > lastDay;
        outcome.answeredOnTime = firstOnTime && finalOnTime;
    } else {
        outcome.overdueOpen = !outcome.returned && due.firstAnswerDue.toJulianDay() <= lastDay;
    }
    return outcome;
}

} // namespace bxt
