#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace bxt {

// The days a report covers, whole China Standard Time days (R17): a quarter (R21) or a year
// (R23). Instants are seconds since the epoch; the period holds [start, end).
class ReportPeriod final
{
public:
    ReportPeriod() = default; // no days; isValid() is false
    static std::optional<ReportPeriod> quarter(int year, int quarter);
    static std::optional<ReportPeriod> year(int year);

    bool isValid() const { return m_firstDay.isValid(); }
    QDate firstDay() const { return m_firstDay; }
    QDate lastDay() const { return m_lastDay; }
    qint64 start() const; // 00:00 CST of the first day
    qint64 end() const; // 24:00 CST of the last day
    bool contains(qint64 instant) const { return instant >= start() && instant < end(); }
    // "2025 Q1" or "2025", for titles and file names.
    QString label() const;

private:
    ReportPeriod(const QDate &firstDay, const QDate &lastDay, int quarter);

    QDate m_firstDay;
    QDate m_lastDay;
    int m_quarter = 0; // 0 for a year
};

// The instant of an RFC 3339 time in seconds since the epoch; 0 when text is not one. The
// portal's usual shape (2025-03-03T08:15:00+08:00) by arithmetic, because a report reads
// hundreds of thousands of them; any other through parseRfc3339().
qint64 epochSeconds(const QString &text);

} // namespace bxt
