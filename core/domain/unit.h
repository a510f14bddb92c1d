#pragma once

#include <QJsonArray>
#include <QString>
#include <optional>

namespace bxt {

// A city government department, or a district, county or county-level city government (R1).
enum class UnitKind { Department, District };

QString unitKindCode(UnitKind kind);
std::optional<UnitKind> unitKindFromCode(const QString &code);

struct Unit
{
    QString id;
    QString name;
    UnitKind kind = UnitKind::Department;
    bool active = true;
};

// Checks the portal's "units" list (GET /units) before it replaces a stored one: not empty (every
// post would get a department's deadlines), each unit with an id, a name and a kind, no id twice.
// Returns an empty string when valid, else a message.
QString validateUnitList(const QJsonArray &units);

} // namespace bxt
