#include "calendar/calendaryear.h"

#include "domain/post.h"
#include "text/unknownkeys.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace bxt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CalendarYear)
};

QJsonArray sortedDates(const QSet<QDate> &dates)
{
    QList<QDate> list(dates.begin(), dates.end());
    std::sort(list.begin(), list.end());
    QJsonArray array;
    for (const QDate &date : list)
        array.append(date.toString(Qt::ISODate));
    return array;
}

bool readDate(const QJsonValue &value, int year, QDate *date, QString *error)
{
    *date = parseDate(value.toString());
    if (!value.isString() || !date->isValid()) {
        *error = Tr::tr("\"%1\" is not a date (YYYY-MM-DD)").arg(value.toVariant().toString());
        return false;
    }
    if (date->year() != year && date->year() != year - 1 && date->year() != year + 1) {
        *error = Tr::tr("%1 is not near the year %2").arg(date->toString(Qt::ISODate)).arg(year);
        return false;
    }
    return true;
}

bool readDateList(const QJsonValue &value, int year, QSet<QDate> *dates, QString *error)
{
    if (!value.isArray()) {
        *error = Tr::tr("\"holidays\" and \"workdays\" must be lists of dates");
        return false;
    }
    for (const QJsonValue &entry : value.toArray()) {
        QDate date;
        if (!readDate(entry, year, &date, error))
            return false;
        dates->insert(date);
    }
    return true;
}

// How far a holiday period across New Year reaches into the other year: the notices' make-up
// days and days off lie between 12-29 and 01-03 (2019: 2018-12-29 worked).
constexpr qint64 kNewYearReachDays = 3;

// Whether day, of the year before or after, is joined to New Year's Day of year by listed days
// and weekends between them, within the reach of a New Year holiday.
bool joinedToNewYear(const QDate &day, int year, const QSet<QDate> &listed)
{
    const QDate newYearsDay(year, 1, 1);
    const QDate from = day.year() < year ? day : QDate(year, 12, 31);
    const QDate to = day.year() < year ? newYearsDay : day;
    if (from.daysTo(to) > kNewYearReachDays || !listed.contains(from) || !listed.contains(to))
        return false;
    for (QDate between = from.addDays(1); between < to; between = between.addDays(1)) {
        if (!listed.contains(between) && between.dayOfWeek() <= 5)
            return false;
    }
    return true;
}

} // namespace

bool CalendarYear::isPublished() const
{
    return std::any_of(holidays.begin(), holidays.end(),
        [this](const QDate &day) { return day.year() == year && day.dayOfWeek() <= 5; });
}

QList<QDate> CalendarYear::neighbourDays() const
{
    QList<QDate> days;
    for (const QSet<QDate> *dates : { &holidays, &workdays }) {
        for (const QDate &day : *dates) {
            if (day.year() != year)
                days.append(day);
        }
    }
    std::sort(days.begin(), days.end());
    return days;
}

QJsonObject CalendarYear::toJson() const
{
    return { { QStringLiteral("year"), year }, { QStringLiteral("holidays"), sortedDates(holidays) },
        { QStringLiteral("workdays"), sortedDates(workdays) } };
}

bool checkNeighbourDays(const CalendarYear &parsed, QString *error)
{
    const QSet<QDate> listed = QSet<QDate>(parsed.holidays).unite(parsed.workdays);
    for (const QDate &day : parsed.neighbourDays()) {
        if (!joinedToNewYear(day, parsed.year, listed)) {
            *error = Tr::tr("%1 belongs to %2 and is not part of a holiday period across New Year; a calendar of %3 "
                            "gives another year's days only there")
                         .arg(day.toString(Qt::ISODate))
                         .arg(day.year())
                         .arg(parsed.year);
            return false;
        }
    }
    return true;
}

bool parseCalendarYear(const QJsonObject &json, CalendarYear *result, QString *error)
{
    const QJsonValue yearValue = json.value(QLatin1String("year"));
    const int year = yearValue.toInt(0);
    if (!yearValue.isDouble() || year < 1949 || year > 2200) {
        *error = Tr::tr("the calendar has no valid \"year\"");
        return false;
    }
    // A key the program does not read would be dropped without a word: a typo, or a second shape.
    const bool holidayCn = json.contains(QLatin1String("days"));
    if (holidayCn && (json.contains(QLatin1String("holidays")) || json.contains(QLatin1String("workdays")))) {
        *error = Tr::tr("give either \"days\" or \"holidays\" and \"workdays\", not both");
        return false;
    }
    const QString unknown = holidayCn
        ? firstUnknownKey(json,
            { QStringLiteral("year"), QStringLiteral("days"), QStringLiteral("$schema"), QStringLiteral("$id"),
                QStringLiteral("papers") })
        : firstUnknownKey(json, { QStringLiteral("year"), QStringLiteral("holidays"), QStringLiteral("workdays") });
    if (!unknown.isEmpty()) {
        *error = Tr::tr("unknown key \"%1\"").arg(unknown);
        return false;
    }
    CalendarYear parsed;
    parsed.year = year;
    if (holidayCn) {
        const QJsonValue days = json.value(QLatin1String("days"));
        if (!days.isArray()) {
            *error = Tr::tr("\"days\" must be a list");
            return false;
        }
        for (const QJsonValue &entry : days.toArray()) {
            const QJsonObject day = entry.toObject();
            QDate date;
            if (!readDate(day.value(QLatin1String("date")), year, &date, error))
                return false;
            const QString unknownOfDay
                = firstUnknownKey(day, { QStringLiteral("name"), QStringLiteral("date"), QStringLiteral("isOffDay") });
            if (!unknownOfDay.isEmpty()) {
                *error = Tr::tr("day %1 has an unknown key \"%2\"").arg(date.toString(Qt::ISODate), unknownOfDay);
                return false;
            }
            const QJsonValue offDay = day.value(QLatin1String("isOffDay"));
            if (!offDay.isBool()) {
                *error = Tr::tr("day %1 has no true/false \"isOffDay\"").arg(date.toString(Qt::ISODate));
                return false;
            }
            (offDay.toBool() ? parsed.holidays : parsed.workdays).insert(date);
        }
    } else if (!readDateList(json.value(QLatin1String("holidays")), year, &parsed.holidays, error)
        || !readDateList(json.value(QLatin1String("workdays")), year, &parsed.workdays, error)) {
        return false;
    }
    const QSet<QDate> both = QSet<QDate>(parsed.holidays).intersect(parsed.workdays);
    if (!both.isEmpty()) {
        *error = Tr::tr("%1 is listed both as a day off and as a working day").arg(both.begin()->toString(Qt::ISODate));
        return false;
    }
    *result = parsed;
    return true;
}

} // namespace bxt
