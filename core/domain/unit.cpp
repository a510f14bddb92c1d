#include "domain/unit.h"

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

} // namespace bxt
