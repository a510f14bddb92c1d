#pragma once

#include <QDate>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace bxt {

// One year of the State Council's holiday arrangement: statutory days off and the weekend
// days that are working days (调休上班), as in the portal's GET /calendar/{year}.
struct CalendarYear
{
    int year = 0;
    QSet<QDate> holidays;
    QSet<QDate> workdays;
    QString source; // "built-in", or where an import came from

    QJsonObject toJson() const; // the portal's /calendar/{year} shape, dates sorted
    // False for a year with no weekday off of its own: holiday-cn's placeholder ("days": []) for
    // an arrangement not announced yet, or a file that only repeats weekends. Such a year stays
    // unknown (R18).
    bool isPublished() const;
    // Its days that belong to the neighbouring years (a holiday period across New Year), sorted.
    QList<QDate> neighbourDays() const;
};

// Reads the portal's shape {"year", "holidays", "workdays"} or the holiday-cn shape
// {"year", "days": [{"name", "date", "isOffDay"}]} (with its "$schema", "$id" and "papers"). A key
// of neither shape is refused. On error returns false and sets *error.
bool parseCalendarYear(const QJsonObject &json, CalendarYear *year, QString *error);

// Whether every day the year gives of the year before or after lies in a holiday period across
// New Year: listed days, and weekends between them, joined to 01-01 (holiday-cn lists
// 2022-12-31 in the 2023 file). Imports check it; the years a store holds are read as stored,
// so that a store is never locked out of its own calendar.
bool checkNeighbourDays(const CalendarYear &year, QString *error);

} // namespace bxt
