#pragma once

#include "rules/actioneffect.h"
#include "store/unitstore.h"
#include "storetestsupport.h"

namespace bxt::test {

// Two units of the two kinds (R16: a department answers first within 3 working days, a
// district within 5 days).
inline void storeReportUnits(Database &database)
{
    const QJsonArray units { QJsonObject { { QStringLiteral("id"), QStringLiteral("d-a") },
                                 { QStringLiteral("name"), QStringLiteral("市甲局") },
                                 { QStringLiteral("kind"), QStringLiteral("department") } },
        QJsonObject { { QStringLiteral("id"), QStringLiteral("x-b") },
            { QStringLiteral("name"), QStringLiteral("乙区人民政府") },
            { QStringLiteral("kind"), QStringLiteral("district") } } };
    QString error;
    if (!inTransaction(
            database, [&](QString *failure) { return UnitStore(database).replaceAll(units, failure); }, &error))
        qFatal("cannot store units: %s", qPrintable(error));
}

inline QJsonObject reply(const QString &id, const QString &kind, const QString &publishedAt,
    const QString &text
    = QStringLiteral("经现场核实，供热管网老化导致室温偏低，供热公司已更换管道，室温已达到十八度。"))
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("kind"), kind }, { QStringLiteral("text"), text },
        { QStringLiteral("doc_refs"), QJsonArray() }, { QStringLiteral("visibility"), QStringLiteral("public") },
        { QStringLiteral("published_at"), publishedAt } };
}

// An ASSIGNMENT; fields can be overridden (returned_at, promised_at, promise_due, replies).
inline QJsonObject assignment(
    const QString &unitId, const QString &dispatchedAt, const QString &status, const QJsonObject &overrides = {})
{
    QJsonObject json = pendingAssignment(unitId, dispatchedAt);
    json.insert(QStringLiteral("status"), status);
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

inline QJsonObject dispatchedPost(const QString &id, const QString &category, const QString &submittedAt,
    const QJsonArray &assignments, const QJsonObject &overrides = {})
{
    QJsonObject fields { { QStringLiteral("category"), category },
        { QStringLiteral("status"), QStringLiteral("dispatched") }, { QStringLiteral("submitted_at"), submittedAt },
        { QStringLiteral("assignments"), assignments } };
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        fields.insert(it.key(), it.value());
    return samplePost(
        id, 1, QStringLiteral("道里区安静街供暖温度不达标"), QStringLiteral("室内温度只有十四度。"), fields);
}

} // namespace bxt::test
