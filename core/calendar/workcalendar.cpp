#include "calendar/workcalendar.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <algorithm>

namespace bxt {

WorkCalendar WorkCalendar::builtIn()
{
    // Parsed once per process; the resources are part of the program and checked by tests.
    static const WorkCalendar calendar = [] {
        WorkCalendar loaded;
        const QDir dir(QStringLiteral(":/calendar"));
        for (const QString &name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            CalendarYear year;
            QString error;
            if (parseCalendarYear(QJsonDocument::fromJson(file.readAll()).object(), &year, &error)) {
                year.source = QStringLiteral("built-in");
                loaded.setYear(year);
            } else {
                qWarning("built-in calendar %s: %s", qPrintable(name), qPrintable(error));
            }
        }
        return loaded;
    }();
    return calendar;
}

void WorkCalendar::setYear(const CalendarYear &year)
{
    if (year.isPublished())
        m_years.insert(year.year, year);
    else
        m_years.remove(year.year);
    rebuildIndex();
}

void WorkCalendar::rebuildIndex()
{
    const QList<int> known = years();
    if (known.isEmpty()) {
        m_workingThrough.clear();
        return;
    }
    const QDate first(known.constFirst() - 1, 1, 1);
    const QDate last(known.constLast() + 1, 12, 31);
    m_indexFirstDay = first.toJulianDay();
    m_workingThrough.assign(size_t(first.daysTo(last) + 1), 0);
    qint32 count = 0;
    for (size_t i = 0; i < m_workingThrough.size(); ++i) {
        count += isWorkingDayFromData(first.addDays(qint64(i))) ? 1 : 0;
        m_workingThrough[i] = count;
    }
}

QDate WorkCalendar::addWorkingDays(const QDate &start, int n, bool *complete) const
{
    const qint64 startIndex = start.toJulianDay() - m_indexFirstDay;
    if (!m_workingThrough.empty() && startIndex >= 0 && startIndex < qint64(m_workingThrough.size())) {
        const qint32 target = m_workingThrough[size_t(startIndex)] + n;
        const auto found = std::lower_bound(m_workingThrough.begin() + startIndex, m_workingThrough.end(), target);
        if (found != m_workingThrough.end()) {
            const QDate end = QDate::fromJulianDay(m_indexFirstDay + (found - m_workingThrough.begin()));
            for (int year = start.addDays(1).year(); year <= end.year(); ++year)
                *complete = *complete && hasYear(year);
            return end;
        }
    }
    QDate day = start; // beyond the index: walk
    for (int counted = 0; counted < n;) {
        day = day.addDays(1);
        *complete = *complete && isKnown(day);
        if (isWorkingDay(day))
            ++counted;
    }
    return day;
}

int WorkCalendar::workingDaysBetween(const QDate &from, const QDate &to) const
{
    if (to < from)
        return -workingDaysBetween(to, from);
    const qint64 fromCount = workingThrough(from);
    const qint64 toCount = workingThrough(to);
    if (fromCount >= 0 && toCount >= 0)
        return int(toCount - fromCount);
    int count = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1))
        count += isWorkingDay(day) ? 1 : 0;
    return count;
}

qint64 WorkCalendar::workingThrough(const QDate &date) const
{
    const qint64 index = date.toJulianDay() - m_indexFirstDay;
    return index >= 0 && index < qint64(m_workingThrough.size()) ? m_workingThrough[size_t(index)] : -1;
}

bool WorkCalendar::hasYear(int year) const
{
    return m_years.contains(year);
}

QList<int> WorkCalendar::years() const
{
    QList<int> result = m_years.keys();
    std::sort(result.begin(), result.end());
    return result;
}

CalendarYear WorkCalendar::year(int year) const
{
    return m_years.value(year);
}

bool WorkCalendar::isKnown(const QDate &date) const
{
    return m_years.contains(date.year());
}

bool WorkCalendar::isWorkingDay(const QDate &date) const
{
    const qint64 index = date.toJulianDay() - m_indexFirstDay;
    if (index >= 0 && index < qint64(m_workingThrough.size()))
        return m_workingThrough[size_t(index)] != (index > 0 ? m_workingThrough[size_t(index) - 1] : 0);
    return isWorkingDayFromData(date);
}

bool WorkCalendar::isWorkingDayFromData(const QDate &date) const
{
    // A notice may list days of the neighbouring year (the New Year holiday of 2023 began
    // on 2022-12-31), so the neighbours' data count too, after the year's own.
    for (const int year : { date.year(), date.year() + 1, date.year() - 1 }) {
        const auto found = m_years.constFind(year);
        if (found == m_years.cend())
            continue;
        if (found->holidays.contains(date))
            return false;
        if (found->workdays.contains(date))
            return true;
    }
    return date.dayOfWeek() <= 5;
}

} // namespace bxt
