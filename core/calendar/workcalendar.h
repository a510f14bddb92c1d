#pragma once

#include "calendar/calendaryear.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace bxt {

// Working days (R17): Monday to Friday, minus statutory holidays, plus make-up working days.
// Years are known only from data; a date in an unknown year falls back to the weekday rule
// and isKnown() says so, so that callers can report it (R18) instead of pretending.
class WorkCalendar final
{
public:
    static WorkCalendar builtIn(); // the State Council arrangements shipped as resources

    void setYear(const CalendarYear &year); // replaces that year entirely
    bool hasYear(int year) const;
    QList<int> years() const;
    CalendarYear year(int year) const;

    bool isKnown(const QDate &date) const;
    bool isWorkingDay(const QDate &date) const;

private:
    QHash<int, CalendarYear> m_years;
};

} // namespace bxt
