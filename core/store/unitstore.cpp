#include "store/unitstore.h"

#include "store/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace bxt {

UnitStore::UnitStore(const Database &database)
    : m_db(database.connection())
{ }

bool UnitStore::all(QHash<QString, Unit> *units, QString *error) const
{
    units->clear();
    QSqlQuery select(m_db);
    if (!select.exec(QStringLiteral("SELECT id, name, kind, active FROM units"))) {
        *error = sqlError(select);
        return false;
    }
    while (select.next()) {
        Unit unit { select.value(0).toString(), select.value(1).toString(),
            unitKindFromCode(select.value(2).toString()).value_or(UnitKind::Department), select.value(3).toBool() };
        units->insert(unit.id, unit);
    }
    return true;
}

bool UnitStore::replaceAll(const QJsonArray &units, QString *error)
{
    if (const QString invalid = validateUnitList(units); !invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("DELETE FROM units"))
        || !query.prepare(QStringLiteral("INSERT INTO units(id, name, kind, active, raw) VALUES(?, ?, ?, ?, ?)"))) {
        *error = sqlError(query);
        return false;
    }
    for (const QJsonValue &value : units) {
        const QJsonObject unit = value.toObject();
        query.addBindValue(unit.value(QLatin1String("id")).toString());
        query.addBindValue(unit.value(QLatin1String("name")).toString());
        query.addBindValue(unit.value(QLatin1String("kind")).toString());
        query.addBindValue(unit.value(QLatin1String("active")).toBool(true));
        query.addBindValue(compactJson(unit));
        if (!query.exec()) {
            *error = sqlError(query);
            return false;
        }
    }
    return true;
}

} // namespace bxt
