#include "admin/referenceimport.h"

#include "admin/adminaudit.h"
#include "calendar/calendaryear.h"
#include "db/portaldatabase.h"
#include "domain/unit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace bxt::portal {

namespace {

QString compact(const QJsonValue &value)
{
    return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

ReferenceImport::ReferenceImport(PortalDatabase &database)
    : m_database(database)
{ }

bool ReferenceImport::importUnits(const QJsonObject &body, QString *summary, QString *error)
{
    if (!body.value(QLatin1String("units")).isArray()) {
        *error = tr("The file has no \"units\" list.");
        return false;
    }
    const QJsonArray units = body.value(QLatin1String("units")).toArray();
    if (const QString invalid = validateUnitList(units); !invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    QJsonArray ids;
    for (const QJsonValue &unit : units)
        ids.append(unit.toObject().value(QLatin1String("id")));
    PortalTransaction transaction(m_database.db());
    QSqlQuery query(m_database.db());
    const QString listedIds = compact(ids);
    const QString unlisted = QStringLiteral("id NOT IN (SELECT jsonb_array_elements_text(?::jsonb))");
    query.prepare(QStringLiteral("DELETE FROM units WHERE %1"
                                 " AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.unit_id = units.id)"
                                 " AND NOT EXISTS (SELECT 1 FROM supervisions s WHERE s.unit_id = units.id)"
                                 " AND NOT EXISTS (SELECT 1 FROM users u WHERE u.unit_id = units.id)")
                      .arg(unlisted));
    query.addBindValue(listedIds);
    if (!transaction.started() || !query.exec()) {
        *error = tr("Cannot replace the units: %1").arg(sqlError(query));
        return false;
    }
    const int deleted = query.numRowsAffected();
    // Old positions are distinct, so the kept units stay distinct and in their order.
    query.prepare(QStringLiteral("UPDATE units SET position = ? + position,"
                                 " doc = doc || '{\"active\": false}'::jsonb WHERE %1")
                      .arg(unlisted));
    query.addBindValue(units.size());
    query.addBindValue(listedIds);
    if (!query.exec()) {
        *error = tr("Cannot replace the units: %1").arg(sqlError(query));
        return false;
    }
    const int keptInactive = query.numRowsAffected();
    query.prepare(QStringLiteral("INSERT INTO units (id, position, doc) VALUES (?, ?, ?::jsonb)"
                                 " ON CONFLICT (id) DO UPDATE SET position = excluded.position, doc = excluded.doc"));
    for (qsizetype position = 0; position < units.size(); ++position) {
        const QJsonObject unit = units.at(position).toObject();
        query.addBindValue(unit.value(QLatin1String("id")).toString());
        query.addBindValue(int(position));
        query.addBindValue(compact(unit));
        if (!query.exec()) {
            *error = tr("Cannot replace the units: %1").arg(sqlError(query));
            return false;
        }
    }
    const QJsonObject detail { { QStringLiteral("units"), units.size() }, { QStringLiteral("deleted"), deleted },
        { QStringLiteral("kept_inactive"), keptInactive } };
    if (!recordAdminAction(m_database, QStringLiteral("units_import"), detail, error) || !transaction.commit(error))
        return false;
    *summary = tr("%1 units imported; %2 no longer listed were deleted, %3 still named by posts or users are kept "
                  "inactive.")
                   .arg(units.size())
                   .arg(deleted)
                   .arg(keptInactive);
    return true;
}

bool ReferenceImport::importCalendarYear(const QJsonObject &json, QString *summary, QString *error)
{
    CalendarYear year;
    if (!parseCalendarYear(json, &year, error) || !checkNeighbourDays(year, error))
        return false;
    if (!year.isPublished()) {
        *error = tr("The file lists no weekday off in %1: the holiday arrangement of %1 is not published yet (R18).")
                     .arg(year.year);
        return false;
    }
    PortalTransaction transaction(m_database.db());
    QSqlQuery query(m_database.db());
    query.prepare(QStringLiteral("INSERT INTO calendar_years (year, doc) VALUES (?, ?::jsonb)"
                                 " ON CONFLICT (year) DO UPDATE SET doc = excluded.doc"));
    query.addBindValue(year.year);
    query.addBindValue(compact(year.toJson()));
    if (!transaction.started() || !query.exec()) {
        *error = tr("Cannot store the calendar: %1").arg(sqlError(query));
        return false;
    }
    if (!recordAdminAction(m_database, QStringLiteral("calendar_import"), year.toJson(), error)
        || !transaction.commit(error))
        return false;
    *summary = tr("Calendar %1 imported: %2 days off, %3 make-up working days.")
                   .arg(year.year)
                   .arg(year.holidays.size())
                   .arg(year.workdays.size());
    return true;
}

} // namespace bxt::portal
