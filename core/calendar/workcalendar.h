#pragma once

#include "calendar/calendaryear.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <vector>

namespace bxt {

// Working days (R17): Monday to Friday, minus statutory holidays, plus make-up working days.
// Years are known only from data; a date in an unknown year falls back to the weekday rule
// and isKnown() says so, so that callers can report it (R18) instead of pretending.
class WorkCalendar final
{
public:
    static WorkCalendar builtIn(); // the State Council arrangements shipped as resources

    // Replaces that year entirely; a year not published (no day off) makes it unknown (R18).
    void setYear(const CalendarYear &year);
    bool hasYear(int year) const;
    QList<int> years() const;
    CalendarYear year(int year) const;

    bool isKnown(const QDate &date) const;
    bool isWorkingDay(const QDate &date) const;
    // The n-th working day after start (start itself does not count), and whether every
    // day counted lies in a known year.
    QDate addWorkingDays(const QDate &start, int n, bool *complete) const;
    // Working days after from up to and including to; negative when to lies before from
    // (then the working days after to up to and including from, negated).
    int workingDaysBetween(const QDate &from, const QDate &to) const;

private:
    bool isWorkingDayFromData(const QDate &date) const;
    qint64 workingThrough(const QDate &date) const; // index entry, or -1 outside the index
    void rebuildIndex();

    QHash<int, CalendarYear> m_years;
    // For every day of the known years and one year either side: working days up to and
    // including that day, so that counting working days is a search, not a walk.
    qint64 m_indexFirstDay = 0;
    std::vector<qint32> m_workingThrough;
};

} // namespace bxt
