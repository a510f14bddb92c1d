#include "common/deskreferencedata.h"

#include <algorithm>

namespace bxt {

namespace {

bool sameUnits(const QHash<QString, Unit> &a, const QHash<QString, Unit> &b)
{
    if (a.size() != b.size())
        return false;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const auto other = b.constFind(it.key());
        if (other == b.cend() || other->name != it->name || other->kind != it->kind || other->active != it->active)
            return false;
    }
    return true;
}

bool sameCalendar(const WorkCalendar &a, const WorkCalendar &b)
{
    const QList<int> years = a.years();
    if (years != b.years())
        return false;
    return std::all_of(years.cbegin(), years.cend(), [&](int year) {
        const CalendarYear mine = a.year(year);
        const CalendarYear theirs = b.year(year);
        return mine.holidays == theirs.holidays && mine.workdays == theirs.workdays;
    });
}

} // namespace

DeskReferenceData::DeskReferenceData(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{ }

bool DeskReferenceData::load(QString *error)
{
    QueueReferenceData read;
    if (!readQueueReferenceData(m_database, &read, error))
        return false;
    // Sync reads them after every run: the widgets work every clock out again only when needed.
    if (sameUnits(read.units, m_data.units) && sameCalendar(read.calendar, m_data.calendar)
        && read.rules.toJson() == m_data.rules.toJson())
        return true;
    m_data = std::move(read);
    emit changed();
    return true;
}

} // namespace bxt
