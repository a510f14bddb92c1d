#include "domain/unit.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace bxt {

QString unitKindCode(UnitKind kind)
{
    return kind == UnitKind::Department ? QStringLiteral("department") : QStringLiteral("district");
}

std::optional<UnitKind> unitKindFromCode(const QString &code)
{
    if (code == QLatin1String("department"))
        return UnitKind::Department;
    if (code == QLatin1String("district"))
        return UnitKind::District;
    return std::nullopt;
}

QString validateUnitList(const QJsonArray &units)
{
    if (units.isEmpty())
        return QCoreApplication::translate("UnitStore", "The list holds no units; the units stored are kept.");
    QSet<QString> ids;
    for (const QJsonValue &value : units) {
        const QJsonObject unit = value.toObject();
        const QString id = unit.value(QLatin1String("id")).toString();
        if (ids.contains(id))
            return QCoreApplication::translate("UnitStore", "The unit %1 is listed twice.").arg(id);
        ids.insert(id);
        const QString name = unit.value(QLatin1String("name")).toString();
        const QString kind = unit.value(QLatin1String("kind")).toString();
        if (id.isEmpty() || name.isEmpty() || !unitKindFromCode(kind))
            return QCoreApplication::translate("UnitStore",
                "A unit needs an id, a name and a kind "
                "(department or district): %1")
                .arg(QString::fromUtf8(QJsonDocument(unit).toJson(QJsonDocument::Compact)));
    }
    return {};
}

} // namespace bxt
