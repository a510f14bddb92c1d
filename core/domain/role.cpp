#include "domain/role.h"

#include <QCoreApplication>

namespace bxt {

namespace {
struct RoleInfo
{
    Role role;
    const char *code;
    const char *name;
};
constexpr RoleInfo kRoles[] = {
    { Role::ColumnStaff, "column_staff", QT_TRANSLATE_NOOP("Role", "Column staff") },
    { Role::Liaison, "liaison", QT_TRANSLATE_NOOP("Role", "Unit liaison") },
    { Role::Supervisor, "supervisor", QT_TRANSLATE_NOOP("Role", "Supervisor") },
    { Role::Leader, "leader", QT_TRANSLATE_NOOP("Role", "Leader") },
    { Role::Admin, "admin", QT_TRANSLATE_NOOP("Role", "Administrator") },
};
} // namespace

std::optional<Role> roleFromCode(const QString &code)
{
    for (const auto &entry : kRoles) {
        if (code == QLatin1String(entry.code))
            return entry.role;
    }
    return std::nullopt;
}

QString roleCode(Role role)
{
    return QLatin1String(kRoles[static_cast<int>(role)].code);
}

QString roleDisplayName(Role role)
{
    return QCoreApplication::translate("Role", kRoles[static_cast<int>(role)].name);
}

} // namespace bxt
