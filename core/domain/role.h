#pragma once

#include <QString>
#include <optional>

namespace bxt {

// portal-api.md "Session": who the logged-in user is (R1, R2, R4, R20–R22).
enum class Role { ColumnStaff, Liaison, Supervisor, Leader, Admin };

std::optional<Role> roleFromCode(const QString &code);
QString roleCode(Role role); // the wire code, e.g. "column_staff"
QString roleDisplayName(Role role);

// The person acting on this machine.
struct Actor
{
    QString userId;
    Role role = Role::ColumnStaff;
    QString unitId; // a liaison's unit; empty otherwise
};

} // namespace bxt
