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
};

// Reads the portal's shape {"year", "holidays", "workdays"} or the holiday-cn shape
// {"year", "days": [{"name", "date", "isOffDay"}]}. On error returns false and sets *error.
bool parseCalendarYear(const QJsonObject &json, CalendarYear *year, QString *error);

} // namespace bxt
