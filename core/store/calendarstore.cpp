#include "store/calendarstore.h"

#include "domain/post.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace bxt {

namespace {
const QString kDeadlineRulesKey = QStringLiteral("deadline_rules");
}

CalendarStore::CalendarStore(const Database &database)
    : m_db(database.connection())
{ }

bool CalendarStore::saveYear(const CalendarYear &year, QString *error)
{
    QSqlQuery upsert(m_db);
    upsert.prepare(
        QStringLiteral("INSERT OR REPLACE INTO calendar_years(year, source, imported_at, data) VALUES(?, ?, ?, ?)"));
    upsert.addBindValue(year.year);
    upsert.addBindValue(year.source);
    upsert.addBindValue(toRfc3339Cst(QDateTime::currentDateTimeUtc()));
    upsert.addBindValue(compactJson(year.toJson()));
    if (!upsert.exec()) {
        *error = sqlError(upsert);
        return false;
    }
    return true;
}

bool CalendarStore::calendar(WorkCalendar *calendar, QString *error) const
{
    *calendar = WorkCalendar::builtIn();
    QSqlQuery select(m_db);
    if (!select.exec(QStringLiteral("SELECT source, data FROM calendar_years"))) {
        *error = sqlError(select);
        return false;
    }
    while (select.next()) {
        CalendarYear year;
        if (!parseCalendarYear(QJsonDocument::fromJson(select.value(1).toByteArray()).object(), &year, error))
            return false;
        year.source = select.value(0).toString();
        calendar->setYear(year);
    }
    return true;
}

bool CalendarStore::deadlineRules(DeadlineRules *rules, QString *error) const
{
    *rules = DeadlineRules::notice();
    std::optional<QString> saved;
    if (!readMetaText(m_db, kDeadlineRulesKey, &saved, error))
        return false;
    if (!saved)
        return true;
    return DeadlineRules::fromJson(QJsonDocument::fromJson(saved->toUtf8()).object(), rules, error);
}

bool CalendarStore::saveDeadlineRules(const DeadlineRules &rules, QString *error)
{
    return writeMetaText(m_db, kDeadlineRulesKey, compactJson(rules.toJson()), error);
}

} // namespace bxt
