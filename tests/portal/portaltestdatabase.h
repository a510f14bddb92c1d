#pragma once

#include "postgrescluster.h"

#include "db/portaldatabase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <memory>

namespace bxt::test {

// A new database of the cluster with the portal's schema, and a connection to it; null and
// *error on failure.
inline std::unique_ptr<portal::PortalDatabase> migratedPortalDatabase(
    PostgresCluster &cluster, const QString &name, QString *connectionString, QString *error)
{
    if (!cluster.createDatabase(name, connectionString, error))
        return nullptr;
    auto database = portal::PortalDatabase::open(*connectionString, error);
    if (!database || !database->migrate(error))
        return nullptr;
    return database;
}

// A post of portal-api.md with an assignment for each unit given, the author's contact set.
inline QJsonObject portalTestPost(
    const QString &id, int version, const QString &category, const QStringList &units = {})
{
    QJsonArray assignments;
    for (const QString &unit : units) {
        assignments.append(QJsonObject { { QStringLiteral("unit_id"), unit },
            { QStringLiteral("dispatched_at"), QStringLiteral("2026-03-02T10:00:00+08:00") },
            { QStringLiteral("status"), QStringLiteral("pending") }, { QStringLiteral("accepted_at"), QJsonValue() },
            { QStringLiteral("returned_at"), QJsonValue() }, { QStringLiteral("return_reason"), QJsonValue() },
            { QStringLiteral("promised_at"), QJsonValue() }, { QStringLiteral("promise_due"), QJsonValue() },
            { QStringLiteral("replies"), QJsonArray() } });
    }
    return { { QStringLiteral("id"), id }, { QStringLiteral("version"), version },
        { QStringLiteral("title"), QStringLiteral("Test title of %1").arg(id) },
        { QStringLiteral("body"), QStringLiteral("A test body.") },
        { QStringLiteral("submitted_at"), QStringLiteral("2026-03-02T08:15:00+08:00") },
        { QStringLiteral("author"),
            QJsonObject { { QStringLiteral("alias"), QStringLiteral("Citizen A") },
                { QStringLiteral("phone"), QStringLiteral("13900000001") },
                { QStringLiteral("email"), QStringLiteral("a@example.org") } } },
        { QStringLiteral("wants_reply"), true },
        { QStringLiteral("category"), category.isEmpty() ? QJsonValue() : QJsonValue(category) },
        { QStringLiteral("status"), units.isEmpty() ? QStringLiteral("triaged") : QStringLiteral("dispatched") },
        { QStringLiteral("forwarded_to"), QJsonValue() }, { QStringLiteral("shield_reason"), QJsonValue() },
        { QStringLiteral("duplicate_of"), QJsonValue() }, { QStringLiteral("views"), 0 },
        { QStringLiteral("satisfaction"), QJsonValue() }, { QStringLiteral("assignments"), assignments },
        { QStringLiteral("supervisions"), QJsonArray() } };
}

} // namespace bxt::test
