#include "actions/storedpolicy.h"

#include "store/calendarstore.h"
#include "store/unitstore.h"

namespace bxt {

bool loadActionPolicy(const Database &database, std::optional<ActionPolicy> *policy, QString *error)
{
    const CalendarStore calendars(database);
    WorkCalendar calendar;
    DeadlineRules rules;
    QHash<QString, Unit> units;
    if (!calendars.calendar(&calendar, error) || !calendars.deadlineRules(&rules, error)
        || !UnitStore(database).all(&units, error))
        return false;
    policy->emplace(DeadlineCalculator(calendar, rules), units);
    return true;
}

} // namespace bxt
