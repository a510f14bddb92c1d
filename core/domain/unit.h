#pragma once

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

} // namespace bxt
