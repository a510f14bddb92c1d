#include "store/unitstore.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
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
    if (units.isEmpty()) {
        *error = QCoreApplication::translate("UnitStore", "The list holds no units; the units stored are kept.");
        return false;
    }
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("DELETE FROM units"))
        || !query.prepare(QStringLiteral("INSERT INTO units(id, name, kind, active, raw) VALUES(?, ?, ?, ?, ?)"))) {
        *error = sqlError(query);
        return false;
    }
    QSet<QString> ids;
    for (const QJsonValue &value : units) {
        const QJsonObject unit = value.toObject();
        const QString id = unit.value(QLatin1String("id")).toString();
        if (ids.contains(id)) {
            *error = QCoreApplication::translate("UnitStore", "The unit %1 is listed twice.").arg(id);
            return false;
        }
        ids.insert(id);
        const QString name = unit.value(QLatin1String("name")).toString();
        const QString kind = unit.value(QLatin1String("kind")).toString();
        if (id.isEmpty() || name.isEmpty() || !unitKindFromCode(kind)) {
            *error = QCoreApplication::translate("UnitStore",
                "A unit needs an id, a name and a kind "
                "(department or district): %1")
                         .arg(compactJson(unit));
            return false;
        }
        query.addBindValue(id);
        query.addBindValue(name);
        query.addBindValue(kind);
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
