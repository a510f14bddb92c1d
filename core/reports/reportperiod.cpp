#include "reports/reportperiod.h"

#include "domain/post.h"

namespace bxt {

namespace {
constexpr qint64 kCstOffsetSeconds = 8 * 3600;
constexpr qint64 kSecondsPerDay = 86400;
constexpr qint64 kJulianDayOfEpoch = 2440588; // 1970-01-01

qint64 cstMidnight(const QDate &day)
{
    return (day.toJulianDay() - kJulianDayOfEpoch) * kSecondsPerDay - kCstOffsetSeconds;
}

// The number written by count digits at from, or -1 when one of them is not a digit.
int digits(const QString &text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}
} // namespace

ReportPeriod::ReportPeriod(const QDate &firstDay, const QDate &lastDay, int quarter)
    : m_firstDay(firstDay)
    , m_lastDay(lastDay)
    , m_quarter(quarter)
{ }

std::optional<ReportPeriod> ReportPeriod::quarter(int year, int quarter)
{
    if (year < 2000 || year > 2200 || quarter < 1 || quarter > 4)
        return std::nullopt;
    const QDate first(year, (quarter - 1) * 3 + 1, 1);
    return ReportPeriod(first, first.addMonths(3).addDays(-1), quarter);
}

std::optional<ReportPeriod> ReportPeriod::year(int year)
{
    if (year < 2000 || year > 2200)
        return std::nullopt;
    return ReportPeriod(QDate(year, 1, 1), QDate(year, 12, 31), 0);
}

qint64 ReportPeriod::start() const
{
    return cstMidnight(m_firstDay);
}

qint64 ReportPeriod::end() const
{
    return cstMidnight(m_lastDay.addDays(1));
}

QString ReportPeriod::label() const
{
    return m_quarter == 0 ? QString::number(m_firstDay.year())
                          : QStringLiteral("%1 Q%2").arg(m_firstDay.year()).arg(m_quarter);
}

qint64 epochSeconds(const QString &text)
{
    const auto at = [&text](int i, char16_t c) { return text.at(i).unicode() == c; };
    if (text.size() == 25 && at(4, u'-') && at(7, u'-') && at(10, u'T') && at(13, u':') && at(16, u':')
        && (at(19, u'+') || at(19, u'-')) && at(22, u':')) {
        const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
        const int hour = digits(text, 11, 2), minute = digits(text, 14, 2), second = digits(text, 17, 2);
        const int offsetHours = digits(text, 20, 2), offsetMinutes = digits(text, 23, 2);
        const QDate date(year, month, day);
        if (date.isValid() && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60
            && offsetHours >= 0 && offsetMinutes >= 0) {
            const qint64 offset = (offsetHours * 3600 + offsetMinutes * 60) * (at(19, u'-') ? -1 : 1);
            return (date.toJulianDay() - kJulianDayOfEpoch) * kSecondsPerDay + hour * 3600 + minute * 60 + second
                - offset;
        }
    }
    const QDateTime parsed = parseRfc3339(text);
    return parsed.isValid() ? parsed.toSecsSinceEpoch() : 0;
}

} // namespace bxt
