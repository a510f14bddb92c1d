#include "reminders/reminderschedule.h"

#include "domain/post.h"

#include <QTimeZone>
#include <algorithm>

namespace bxt {

namespace {
const QTimeZone &chinaStandardTime()
{
    static const QTimeZone zone(8 * 3600);
    return zone;
}
// Two weeks covers the longest run of days off (Spring Festival with its weekends).
constexpr int kSearchDays = 14;
} // namespace

ReminderSchedule ReminderSchedule::notice()
{
    return ReminderSchedule({ QTime(9, 0), QTime(14, 0) });
}

ReminderSchedule::ReminderSchedule(QList<QTime> times)
{
    for (const QTime &time : times) {
        if (time.isValid() && !m_times.contains(time))
            m_times.append(time);
    }
    std::sort(m_times.begin(), m_times.end());
}

QDateTime ReminderSchedule::nextAfter(const QDateTime &instant, const WorkCalendar &calendar) const
{
    const QDate first = cstDate(instant);
    for (int offset = 0; offset <= kSearchDays; ++offset) {
        const QDate day = first.addDays(offset);
        if (!calendar.isWorkingDay(day))
            continue;
        for (const QTime &time : m_times) {
            const QDateTime candidate(day, time, chinaStandardTime());
            if (candidate > instant)
                return candidate;
        }
    }
    return {};
}

QDateTime ReminderSchedule::lastAtOrBefore(const QDateTime &instant, const WorkCalendar &calendar) const
{
    const QDate first = cstDate(instant);
    for (int offset = 0; offset <= kSearchDays; ++offset) {
        const QDate day = first.addDays(-offset);
        if (!calendar.isWorkingDay(day))
            continue;
        for (auto time = m_times.crbegin(); time != m_times.crend(); ++time) {
            const QDateTime candidate(day, *time, chinaStandardTime());
            if (candidate <= instant)
                return candidate;
        }
    }
    return {};
}

QString ReminderSchedule::toText() const
{
    QStringList parts;
    for (const QTime &time : m_times)
        parts.append(time.toString(QStringLiteral("HH:mm")));
    return parts.join(QLatin1Char(','));
}

std::optional<ReminderSchedule> ReminderSchedule::fromText(const QString &text)
{
    QList<QTime> times;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QTime time = QTime::fromString(part.trimmed(), QStringLiteral("H:mm"));
        if (!time.isValid())
            return std::nullopt;
        times.append(time);
    }
    return ReminderSchedule(times);
}

} // namespace bxt
