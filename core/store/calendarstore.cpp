#include "store/calendarstore.h"

#include "domain/post.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace bxt {

CalendarStore::CalendarStore(const Database &database) : m_db(database.connection()) { }

bool CalendarStore::saveYear(const CalendarYear &year, QString *error)
{
    QSqlQuery upsert(m_db);
    upsert.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO calendar_years(year, source, imported_at, data) VALUES(?, ?, ?, ?)"));
    upsert.addBindValue(year.year);
    upsert.addBindValue(year.source);
    upsert.addBindValue(toRfc3339Cst(QDateTime::currentDateTimeUtc()));
    upsert.addBindValue(QString::fromUtf8(QJsonDocument(year.toJson()).toJson(QJsonDocument::Compact)));
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
    QSqlQuery select(m_db);
    if (!select.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'deadline_rules'"))) {
        *error = sqlError(select);
        return false;
    }
    if (!select.next())
        return true;
    return DeadlineRules::fromJson(QJsonDocument::fromJson(select.value(0).toByteArray()).object(), rules, error);
}

bool CalendarStore::saveDeadlineRules(const DeadlineRules &rules, QString *error)
{
    QSqlQuery upsert(m_db);
    upsert.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('deadline_rules', ?)"));
    upsert.addBindValue(QString::fromUtf8(QJsonDocument(rules.toJson()).toJson(QJsonDocument::Compact)));
    if (!upsert.exec()) {
        *error = sqlError(upsert);
        return false;
    }
    return true;
}

} // namespace bxt
