#pragma once

#include "domain/role.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

namespace bxt {

class Database;

// The user this store belongs to: the "user" object of portal-api.md's POST /session answer,
// kept in the meta table. Sync writes it at log-in; the demo writes a column staff member.
struct CurrentUser
{
    Actor actor;
    QString name;

    QJsonObject toJson() const;
    // nullopt and *error when the role is unknown or the id missing.
    static std::optional<CurrentUser> fromJson(const QJsonObject &user, QString *error);
};

class CurrentUserStore final
{
public:
    explicit CurrentUserStore(const Database &database);

    // *user is empty when nobody has logged in to this store; false only on a database failure.
    bool load(std::optional<CurrentUser> *user, QString *error) const;
    bool save(const CurrentUser &user, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace bxt
