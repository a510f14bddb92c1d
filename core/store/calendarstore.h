#pragma once

#include "calendar/deadlinerules.h"
#include "calendar/workcalendar.h"

#include <QSqlDatabase>

namespace bxt {

class Database;

// The calendars and deadline rules this installation was given: imported years replace
// the built-in ones for that year.
class CalendarStore final
{
public:
    Q_DISABLE_COPY_MOVE(CalendarStore)
    explicit CalendarStore(const Database &database);

    bool saveYear(const CalendarYear &year, QString *error);
    // The built-in years overlaid with the imported ones.
    bool calendar(WorkCalendar *calendar, QString *error) const;
    // The notice's table unless an administrator imported another.
    bool deadlineRules(DeadlineRules *rules, QString *error) const;
    bool saveDeadlineRules(const DeadlineRules &rules, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace bxt
