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
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
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
    m_years.insert(year.year, year);
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
    // A notice may list days of the neighbouring year (the New Year holiday of 2023 began
    // on 2022-12-31), so the neighbours' data count too.
    for (const int year : {date.year(), date.year() + 1, date.year() - 1}) {
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
