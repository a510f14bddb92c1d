#include "supervision/opensupervisions.h"

#include "domain/post.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace bxt {

bool isOpenSupervision(const QJsonObject &supervision)
{
    const QJsonValue closed = supervision.value(QLatin1String("closed_at"));
    return closed.isNull() || closed.isUndefined();
}

QSet<QString> unitsUnderOpenSupervision(const QJsonArray &supervisions)
{
    QSet<QString> units;
    for (const QJsonValue &value : supervisions) {
        const QJsonObject supervision = value.toObject();
        if (isOpenSupervision(supervision))
            units.insert(supervision.value(QLatin1String("unit_id")).toString());
    }
    return units;
}

OpenSupervisions::OpenSupervisions(const Database &database)
    : m_database(database)
{ }

bool OpenSupervisions::read(const QString &unitId, QList<OpenSupervision> *supervisions, QString *error) const
{
    supervisions->clear();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, title, json_extract(raw, '$.supervisions') FROM posts "
        "WHERE local_id IN (SELECT post FROM supervision_openings WHERE coalesce(?, '') = '' OR unit_id = ?) "
        "AND coalesce(category, '') <> 'report'"));
    query.addBindValue(unitId);
    query.addBindValue(unitId);
    if (!query.exec()) {
        *error = sqlError(query);
        return false;
    }
    while (query.next()) {
        const QJsonArray array = QJsonDocument::fromJson(query.value(2).toByteArray()).array();
        for (const QJsonValue &value : array) {
            const QJsonObject supervision = value.toObject();
            const QString unit = supervision.value(QLatin1String("unit_id")).toString();
            if (!isOpenSupervision(supervision) || (!unitId.isEmpty() && unit != unitId))
                continue;
            const auto text
                = [&supervision](const char *field) { return supervision.value(QLatin1String(field)).toString(); };
            supervisions->append({ query.value(0).toString(), query.value(1).toString(), text("id"), unit,
                text("opened_at"), text("method"), text("reason"), text("note") });
        }
    }
    std::sort(supervisions->begin(), supervisions->end(), [](const OpenSupervision &a, const OpenSupervision &b) {
        if (a.unitId != b.unitId)
            return a.unitId < b.unitId;
        const QDateTime openedA = parseRfc3339(a.openedAt), openedB = parseRfc3339(b.openedAt);
        if (openedA != openedB)
            return openedA < openedB;
        return a.postId != b.postId ? a.postId < b.postId : a.supervisionId < b.supervisionId;
    });
    return true;
}

} // namespace bxt
