#include "store/currentuserstore.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace bxt {

namespace {
const QString kKey = QStringLiteral("session_user");
}

QJsonObject CurrentUser::toJson() const
{
    return { { QStringLiteral("id"), actor.userId }, { QStringLiteral("name"), name },
        { QStringLiteral("role"), roleCode(actor.role) },
        { QStringLiteral("unit_id"), actor.unitId.isEmpty() ? QJsonValue() : QJsonValue(actor.unitId) } };
}

std::optional<CurrentUser> CurrentUser::fromJson(const QJsonObject &user, QString *error)
{
    const QString id = user.value(QLatin1String("id")).toString();
    const auto role = roleFromCode(user.value(QLatin1String("role")).toString());
    if (id.isEmpty() || !role) {
        *error = QCoreApplication::translate("CurrentUser", "The portal's user record has no id or an unknown role.");
        return std::nullopt;
    }
    const QString unitId = user.value(QLatin1String("unit_id")).toString();
    if (*role == Role::Liaison && unitId.isEmpty()) {
        *error = QCoreApplication::translate("CurrentUser", "The portal names a liaison without a unit.");
        return std::nullopt;
    }
    return CurrentUser { { id, *role, unitId }, user.value(QLatin1String("name")).toString() };
}

CurrentUserStore::CurrentUserStore(const Database &database)
    : m_db(database.connection())
{ }

bool CurrentUserStore::load(std::optional<CurrentUser> *user, QString *error) const
{
    user->reset();
    std::optional<QString> saved;
    if (!readMetaText(m_db, kKey, &saved, error))
        return false;
    if (!saved)
        return true;
    *user = CurrentUser::fromJson(QJsonDocument::fromJson(saved->toUtf8()).object(), error);
    return user->has_value();
}

bool CurrentUserStore::save(const CurrentUser &user, QString *error)
{
    return writeMetaText(m_db, kKey, compactJson(user.toJson()), error);
}

} // namespace bxt
